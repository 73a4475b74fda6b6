"""Entity resolution: one entity per real-world name across spellings and scripts.

Fills `corpus.entities` (id -> Entity) and sets attrs["entity"] on every mention. (Stub.)
"""

from __future__ import annotations

from marsad.stages.base import Corpus, corpus_step


@corpus_step("resolve_entities", requires=("mentions",), provides=("entity_ids",))
def resolve_entities(corpus: Corpus) -> None:
    return None
