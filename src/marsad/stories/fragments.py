"""Fragments of one happening merged: after a day's articles are linked (`bestfirst`), two
stories that day touched merge, best pair first, when they match as wholes.

The whole-fit rule (`StoryClusterer.same_happening`) keeps a story from drifting, but it
also leaves one happening in two stories when each grew before the other could join it.
Two stories merge when their days fit each other's window, neither is a daily genre nor
another part of a series, their centroids score `merge_bar` with each other, their leads'
centroids are close (`merge_lead`), and `merge_share` of the pairs of their members' leads
are linked. A pair is checked again against the stories as they are when its turn comes.
A story of an earlier run is never merged away: a fragment of this run may join it.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.stories.cluster import INDEXED, TOP, Story, StoryClusterer, Vectors, _unit, cosine, strongest


def mergeable(sc: StoryClusterer, a: Story, b: Story) -> float | None:
    """The score of `a` and `b` as one story, or None when they may not merge."""
    for x, y in ((a, b), (b, a)):
        if not (x.near(y.first, sc.window, sc.span) and x.near(y.last, sc.window, sc.span)):
            return None
    if a.daily or b.daily or (a.parts and b.parts and a.parts != b.parts):
        return None
    a.unpack()
    b.unpack()
    if cosine(a.lead, b.lead) < sc.merge_lead:
        return None
    score = sc.score(Vectors(b.text, b.entities, list(b.events), b.lead), a)
    if score < sc.merge_bar:
        return None
    if sc.merge_share and a.leads and b.leads:
        pairs = sum(sc.linked(x, b.leads) for x in a.leads)
        if pairs < sc.merge_share * len(a.leads) * len(b.leads):
            return None
    return score


def candidate_pairs(sc: StoryClusterer, touched: set[str]) -> Iterator[tuple[float, str, str]]:
    """(-score, a, b) for the pairs of `touched` stories that share a strongest feature."""
    by_feature: dict[str, list[str]] = {}
    for sid in sorted(touched):
        st = sc.stories[sid]
        st.unpack()
        for k in strongest(Vectors(st.text, st.entities, list(st.events)), INDEXED):
            by_feature.setdefault(k, []).append(sid)
    seen: set[tuple[str, str]] = set()
    for sids in by_feature.values():
        for i, a in enumerate(sids):
            for b in sids[i + 1:]:
                if (a, b) not in seen:
                    seen.add((a, b))
                    score = mergeable(sc, sc.stories[a], sc.stories[b])
                    if score is not None:
                        yield -score, a, b


def merge_fragments(sc: StoryClusterer, touched: set[str], stored: set[str]) -> None:
    """Merge the `touched` stories that fit each other as wholes, best pair first; a story
    of `stored` (an earlier run's) is kept, never merged into another."""
    if not sc.merge_bar:
        return
    into: dict[str, str] = {}

    def now(s: str) -> str:
        while s in into:
            s = into[s]
        return s

    for _, a, b in sorted(candidate_pairs(sc, touched)):
        ra, rb = now(a), now(b)
        if ra == rb or (ra in stored and rb in stored):
            continue
        if mergeable(sc, sc.stories[ra], sc.stories[rb]) is None:
            continue
        keep, gone = sorted((sc.stories[ra], sc.stories[rb]),
                            key=lambda s: (s.id not in stored, -s.size, s.id))
        absorb(sc, keep, gone)
        into[gone.id] = keep.id


def absorb(sc: StoryClusterer, keep: Story, gone: Story) -> None:
    """`gone`'s members, centroids and counts into `keep`; `gone` is no more."""
    n, m = keep.size, gone.size
    for k in strongest(Vectors(gone.text, gone.entities, list(gone.events)), INDEXED):
        sc.postings.get(k, {}).pop(gone.id, None)
    for name in ("text", "entities", "lead"):
        merged = {k: x * n for k, x in getattr(keep, name).items()}
        for k, x in getattr(gone, name).items():
            merged[k] = merged.get(k, 0.0) + x * m
        setattr(keep, name, _unit(merged, TOP))
    keep.events.update(gone.events)
    keep.mentions.update(gone.mentions)
    keep.parts |= gone.parts
    keep.dated = keep.dated or gone.dated
    keep.size += m
    keep.members.extend(gone.members)
    keep.leads.extend(gone.leads)
    days = [d for d in (keep.first, keep.last, gone.first, gone.last) if d is not None]
    keep.first, keep.last = (min(days), max(days)) if days else (None, None)
    for k in gone.members:
        sc.story_of[k] = keep.id
    for g, sid in sc.group_story.items():
        if sid == gone.id:
            sc.group_story[g] = keep.id
    del sc.stories[gone.id]
    sc.forget(gone.id)
    sc.index(keep)
