"""What incremental runs keep: sketches, story centroids, frequencies, as rows.

A run that writes into a folder whose `marsad.db` already holds this state loads it,
assigns only its new articles, and saves the changes. The SQL is `store.corpus_state`'s;
this module turns its rows into the clusterers' objects and back.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

from marsad.model.story_rows import MemberRow, SketchRow, StoryRow
from marsad.stories.cluster import Story, StoryClusterer
from marsad.stories.neardup import NearDuplicates, stored_doc, stored_values

MENTIONS_KEPT = 50  # a stored story keeps the mention counts of its most mentioned entities


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def load_neardup(rows: list[SketchRow], nd: NearDuplicates) -> NearDuplicates:
    for key, group, day, size, lead_size, full, lead in rows:
        nd.group_of[key] = group
        nd.add(stored_doc(key, size, lead_size, full, lead, day))
    return nd


def neardup_rows(nd: NearDuplicates, keys: list[str]) -> tuple[list[SketchRow], list[tuple[str, str]]]:
    """The sketch rows of `keys`, and (group, article) for every stored article regrouped."""
    groups = nd.groups()
    rows = [(k, groups[k], None if nd.docs[k].order[0] == "~" else nd.docs[k].order[0],
             nd.docs[k].size, nd.docs[k].lead_size, *stored_values(nd.docs[k])) for k in keys]
    regrouped = [(g, k) for k, g in groups.items() if nd.group_of.get(k, g) != g]
    return rows, regrouped


def load_clusterer(n_docs: int, df: list[tuple[str, int]], members: list[MemberRow],
                   stories: Iterable[StoryRow], sc: StoryClusterer) -> StoryClusterer:
    sc.n_docs = n_docs
    sc.df = Counter(dict(df))
    by_story: dict[str, list[str]] = {}
    for art, sid, group in members:
        by_story.setdefault(sid, []).append(art)
        sc.story_of[art] = sid
        if group:
            sc.group_story.setdefault(group, sid)
    for sid, size, first, last, centroid in stories:
        c = json.loads(centroid)
        st = Story(sid, c["text"], c["entities"], Counter(c["events"]), size, _day(first), _day(last),
                   by_story.get(sid, []), set(c.get("parts", [])), bool(c.get("daily")), c.get("lead", {}),
                   Counter(c.get("mentions", {})), bool(c.get("dated", True)))
        sc.stories[sid] = st
        sc.index(st)
    return sc


def story_row(st: Story) -> StoryRow:
    first = st.first.isoformat() if st.first else None
    last = st.last.isoformat() if st.last else None
    text, entities, lead = st.centroids()  # packed or not
    return (st.id, st.size, first, last,
            json.dumps({"text": text, "entities": entities, "events": st.events,
                        "parts": sorted(st.parts), "daily": st.daily, "lead": lead,
                        "mentions": dict(st.mentions.most_common(MENTIONS_KEPT)),
                        "dated": st.dated},
                       ensure_ascii=False))


def clusterer_rows(sc: StoryClusterer, touched: set[str], groups: dict[str, str]
                   ) -> tuple[list[tuple[str, int]], Iterator[StoryRow], list[MemberRow]]:
    """(document frequencies, rows of the stories touched, their member rows). The story rows
    are made as they are read, so writing them never holds every story's centroid as JSON at
    once (at 31k articles, about as much as the clusterer)."""
    ids = list(touched)
    members: list[MemberRow] = []
    for sid in ids:
        members.extend((a, sid, groups.get(a)) for a in sc.stories[sid].members)
    return list(sc.df.items()), (story_row(sc.stories[sid]) for sid in ids), members
