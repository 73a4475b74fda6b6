"""Entity resolution: one entity per real-world name across spellings and scripts.

Fills `corpus.entities` (id -> `Entity`: id, type, name, variants {spelling: count},
qid, mentions, articles) and sets attrs.entity on every mention of every
article. The shipped catalogue (`lang/kb/`) and the user's (`corpus.options["kb"]`, from
`marsad run --kb FILE`) seed and name entities; see `marsad.resolve`.

With a database, the mentions of earlier runs' articles are resolved again with this run's,
the earlier articles first in the order they were stored: runs A then B resolve as one run
over A then B does, whatever names they share. `corpus.entities` then holds every entity of
the database. An earlier article whose mentions changed entity (or the reason given for one)
is `restated`: its quotes and events are found again from its stored layers, as this run
finds its own (the speakers and participants are entities), and saved again with its mentions.

Keyed by blocking key: the engine scores the names of each (type, blocking key) pair by pair
(`engines.Keyed.group`, `resolve.cluster.block_matches`); the rest runs on the driver: the
per-article pass reads counts over the whole corpus and the catalogue, and the merges are
replayed in the local order (a merge checks the clusters' names as they stand). On the local
engine the per-article first pass is its `map` too (processes forked from the run's, which
read the articles where they lie); on Spark it stays on the driver, for a map there would ship
every article's text and mentions to the executors once more.
"""

from __future__ import annotations

from typing import Any

from marsad.engines import LocalEngine, forked, keyed
from marsad.model import Article, Corpus
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import load
from marsad.steps.base import Stage, corpus_step
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from marsad.store.sqlite import corpus_db, load_layers, stored_mention_articles

# The per-article stages after resolution that read entity ids, in the order they run.
FOUND_AGAIN: tuple[Stage, ...] = (quotes, events)
# What resolution sets on a mention: its entity, resolved_by and state_body.
Resolved = tuple[str | None, str | None, str | None]


def _take_resolved(art: Article) -> list[Resolved]:
    """Remove what resolution set on the article's mentions; returns it, mention by mention."""
    out = _resolved(art)
    for m in art.layer("mentions"):
        m.attrs.entity = m.attrs.resolved_by = m.attrs.state_body = None
    return out


def _resolved(art: Article) -> list[Resolved]:
    return [(m.attrs.entity, m.attrs.resolved_by, m.attrs.state_body) for m in art.layer("mentions")]


def renaming(old: list[Any], new: list[Any]) -> dict[str, str] | None:
    """The entity ids of an article's mentions before and after: old id -> new id when each
    old one became one new one and no two became one (a renaming), else None. The quote and
    event finders compare entity ids only for equality, so what they find under a renaming
    is what they found before, renamed."""
    ahead: dict[Any, Any] = {}
    back: dict[Any, Any] = {}
    for o, n in zip(old, new, strict=True):
        if ahead.setdefault(o, n) != n or back.setdefault(n, o) != o:
            return None
    if ahead.get(None) is not None or back.get(None) is not None:
        return None  # a mention without an entity is read by its text
    return {o: n for o, n in ahead.items() if o is not None and o != n}


def _rename(art: Article, ids: dict[str, str]) -> None:
    """Rename the entities in the article's quotes (speaker) and events (participants, place, roles)."""
    def renamed(eid: str) -> str:
        return ids.get(eid, eid)

    for q in art.layer("quotes"):
        if q.attrs.speaker is not None:
            q.attrs.speaker = renamed(q.attrs.speaker)
    for ev in art.layer("events"):
        ev.attrs.participants = [renamed(p) for p in ev.attrs.participants]
        if ev.attrs.place is not None:
            ev.attrs.place = renamed(ev.attrs.place)
        ev.attrs.roles = {renamed(p): r for p, r in ev.attrs.roles.items()}


@corpus_step("resolve_entities", requires=("mentions",), provides=("entity_ids",))
def resolve_entities(corpus: Corpus) -> None:
    entries = load(corpus.options.get("kb"))
    engine = forked(keyed(corpus))
    per_article = engine.map if isinstance(engine, LocalEngine) else None  # see the module docstring
    with corpus_db(corpus) as con:
        if con is None:
            corpus.entities = resolve_mentions(corpus.articles, entries, engine.group, per_article)
            return
        earlier = stored_mention_articles(con, corpus.articles)
        before = [_take_resolved(a) for a in earlier]
        corpus.entities = resolve_mentions([*earlier, *corpus.articles], entries, engine.group, per_article)
        corpus.entities_complete = True
        changed = [(a, old) for a, old in zip(earlier, before, strict=True) if _resolved(a) != old]
        corpus.restated = [a for a, _ in changed]
        load_layers(con, corpus.restated)
        steps = corpus.options.get("steps")
        again = [st for st in FOUND_AGAIN if steps is None or st.name in steps]
        for art, old in changed:
            ids = renaming([o[0] for o in old], [n[0] for n in _resolved(art)])
            if ids is not None:
                _rename(art, ids)
                continue
            for st in again:
                st.func(art)
