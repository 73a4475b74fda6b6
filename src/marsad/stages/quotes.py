"""Quotations: layer `quotes`, spans with label `direct|indirect` and attrs
`{"speaker": entity id | None}`. (Stub.)"""

from __future__ import annotations

from marsad.model import Article
from marsad.stages.base import stage


@stage("quotes", requires=("segments", "mentions", "entity_ids"), provides=("quotes",))
def quotes(art: Article) -> None:
    art.set_layer("quotes", [])
