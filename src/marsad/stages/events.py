"""Events: layer `events`, spans over the evidence sentence with label = type and attrs
`{"participants": [ids], "place": id|None, "date": str|None, "round": int|None,
  "series": str|None, "status": str, "roles": {id: role}, "id": corpus event id}`. (Stub.)"""

from __future__ import annotations

from marsad.model import Article
from marsad.stages.base import stage


@stage("events", requires=("segments", "mentions", "entity_ids", "timexes"), provides=("events",))
def events(art: Article) -> None:
    art.set_layer("events", [])
