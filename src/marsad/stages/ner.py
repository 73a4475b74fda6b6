"""Named entities: layer `mentions`, spans with label = `PER|ORG|LOC|MISC` and attrs
`{"entity": None, "norm": <normalised name without clitics>}`. (Stub.)"""

from __future__ import annotations

from marsad.model import Article
from marsad.stages.base import stage


@stage("ner", requires=("segments", "segment_lang"), provides=("mentions",))
def ner(art: Article) -> None:
    art.set_layer("mentions", [])
