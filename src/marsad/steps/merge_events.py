"""Cross-document event merge: one corpus-level event per real-world event.

Fills `corpus.events` (id -> `MergedEvent`, `marsad.stories.merge`) and sets
attrs.id on every article event span. With a database, the event spans of earlier runs
are loaded (`corpus.earlier`) and merged again with this run's, and `corpus.events` holds
every event: runs A then B give the events one run over A and B gives. An earlier article
whose entities were resolved again (`corpus.restated`) brings its event spans as found again.

Keyed by block (`stories.merge.blocks`: one type and one participant component): each block's
mentions are merged by the engine (`engines.Keyed.group`); the driver makes the records.
"""

from __future__ import annotations

from marsad.engines import keyed
from marsad.model import Corpus
from marsad.resolve.catalogue import listed_entities, load, state_entities
from marsad.steps.base import corpus_step
from marsad.store.sqlite import corpus_db, stored_event_articles
from marsad.stories.merge import merge_events as merge


def side_entities(corpus: Corpus) -> None:
    """A state an event names only by a side of it (`events/state_sides.py`: «الحكومة الأفغانية»,
    a mention the events step added with the state's id) is an entity of the corpus even where
    resolution met no name of it, and so is a group named only by its formula («دول 5+1»,
    `events/formula_groups.py`) and the holder of an office named by its title alone («العاهل
    السعودي», `events/title_holders.py`): any catalogue entry a party is."""
    unmet = {p for art in corpus.articles for ev in art.layer("events") for p in ev.attrs.participants
             if p not in corpus.entities}
    if unmet:
        entries = load(corpus.options.get("kb"))
        known = state_entities(entries) | listed_entities(entries, unmet)
        corpus.entities.update({p: known[p] for p in unmet if p in known})


@corpus_step("merge_events", requires=("events", "story"), provides=("event_ids",))
def merge_events(corpus: Corpus) -> None:
    side_entities(corpus)
    with corpus_db(corpus) as con:
        if con is not None:  # the events of earlier runs are merged again with this run's
            # (those of articles whose entities were resolved again as found again: `resolve`)
            again = [a for a in corpus.restated if a.layer("events")]
            stored = stored_event_articles(con, {a.id for a in [*corpus.articles, *corpus.restated]})
            corpus.earlier = sorted([*stored, *again], key=lambda a: a.id)
            corpus.events_complete = True
    corpus.events = merge([*corpus.articles, *corpus.earlier], group=keyed(corpus).group)
