"""What incremental runs keep in `marsad.db`: sketches, story centroids, frequencies.

A run that writes into a folder whose `marsad.db` already holds these tables loads
them, assigns only its new articles, and saves the changes (schema 0002_stories.sql).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date

from marsad.stories.cluster import Story, StoryClusterer
from marsad.stories.neardup import NearDuplicates, stored_doc, stored_values


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def load_neardup(con: sqlite3.Connection, nd: NearDuplicates) -> NearDuplicates:
    rows = con.execute("SELECT article, dup_group, day, size, lead_size, full, lead FROM story_sketches")
    for key, group, day, size, lead_size, full, lead in rows:
        nd.group_of[key] = group
        nd.add(stored_doc(key, size, lead_size, full, lead, day))
    return nd


def save_neardup(con: sqlite3.Connection, nd: NearDuplicates, keys: list[str]) -> None:
    groups = nd.groups()
    with con:
        con.executemany(
            "INSERT OR REPLACE INTO story_sketches VALUES (?,?,?,?,?,?,?)",
            [(k, groups[k], None if nd.docs[k].order[0] == "~" else nd.docs[k].order[0],
              nd.docs[k].size, nd.docs[k].lead_size, *stored_values(nd.docs[k])) for k in keys],
        )
        con.executemany("UPDATE story_sketches SET dup_group = ? WHERE article = ?",
                        [(g, k) for k, g in groups.items() if nd.group_of.get(k, g) != g])


def load_clusterer(con: sqlite3.Connection, sc: StoryClusterer) -> StoryClusterer:
    meta = dict(con.execute("SELECT key, value FROM story_meta"))
    sc.n_docs = int(meta.get("n_docs", 0))
    sc.df = Counter(dict(con.execute("SELECT feature, df FROM story_df")))
    members: dict[str, list[str]] = {}
    for art, sid, group in con.execute("SELECT article, story, dup_group FROM story_members"):
        members.setdefault(sid, []).append(art)
        sc.story_of[art] = sid
        if group:
            sc.group_story.setdefault(group, sid)
    rows = con.execute("SELECT id, size, first, last, centroid FROM story_state ORDER BY last")
    for sid, size, first, last, centroid in rows:
        c = json.loads(centroid)
        st = Story(sid, c["text"], c["entities"], Counter(c["events"]), size, _day(first), _day(last),
                   members.get(sid, []))
        sc.stories[sid] = st
        sc.index(st)
    return sc


def save_clusterer(con: sqlite3.Connection, sc: StoryClusterer, touched: set[str],
                   groups: dict[str, str]) -> None:
    with con:
        con.execute("INSERT OR REPLACE INTO story_meta VALUES ('n_docs', ?)", (str(sc.n_docs),))
        con.executemany("INSERT OR REPLACE INTO story_df VALUES (?,?)", list(sc.df.items()))
        for sid in touched:
            st = sc.stories[sid]
            con.execute(
                "INSERT OR REPLACE INTO story_state VALUES (?,?,?,?,?)",
                (sid, st.size, st.first and st.first.isoformat(), st.last and st.last.isoformat(),
                 json.dumps({"text": st.text, "entities": st.entities, "events": st.events},
                            ensure_ascii=False)),
            )
            con.executemany("INSERT OR REPLACE INTO story_members VALUES (?,?,?)",
                            [(a, sid, groups.get(a)) for a in st.members])
