"""Cross-document event merge: one corpus-level event per real-world event.

Fills `corpus.events` (id -> merged event dict) and sets attrs["id"] on article events.
(Stub: each article event its own corpus event.)"""

from __future__ import annotations

from marsad.model.article import content_id
from marsad.stages.base import Corpus, corpus_step


@corpus_step("merge_events", requires=("events",), provides=("event_ids",))
def merge_events(corpus: Corpus) -> None:
    for art in corpus.articles:
        for ev in art.layer("events"):
            eid = content_id(art.id, str(ev.start), ev.label, prefix="e")
            ev.attrs["id"] = eid
            corpus.events[eid] = {
                "id": eid, "type": ev.label,
                "participants": ev.attrs.get("participants", []),
                "place": ev.attrs.get("place"), "date": ev.attrs.get("date"),
                "round": ev.attrs.get("round"), "articles": [art.id],
            }
