"""Temporal expressions: layer `timexes`, spans with label = TIMEX3 type
(`DATE`, `TIME`, `DURATION`, `SET`) and attrs `{"value": str | None}`. (Stub.)"""

from __future__ import annotations

from marsad.model import Article
from marsad.stages.base import stage


@stage("timex", requires=("segments", "published"), provides=("timexes",))
def timex(art: Article) -> None:
    art.set_layer("timexes", [])
