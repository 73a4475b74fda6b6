"""Cross-document event merge: one corpus-level event per real-world event.

Fills `corpus.events` (id -> merged event dict, `marsad.stories.merge`) and sets
attrs["id"] on every article event span.
"""

from __future__ import annotations

from marsad.stages.base import Corpus, corpus_step
from marsad.stories.merge import merge_events as merge


@corpus_step("merge_events", requires=("events", "story"), provides=("event_ids",))
def merge_events(corpus: Corpus) -> None:
    corpus.events = merge(corpus.articles)
