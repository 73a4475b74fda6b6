"""Scoring marsad's output layout against the real-text gold, one measure per function.

Each article of the output (`articles.jsonl`, a dict) is paired with its `GoldArticle` and the
offset `shift` of the gold's content inside the article's text (0 for a record, the title line
for a page). Spans are judged only where the gold speaks: inside the annotated region and in
body text (predictions inside gold junk, captions or past the region are left out; a mention
overlapping a `neutral` span and no gold mention is neither right nor wrong).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from benchmarks.realtext.draw import text_hash
from benchmarks.realtext.gold import GoldArticle, squash
from marsad.model.article import BODY_ROLES

TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Pair:
    """One gold article and marsad's output for it, with pred spans moved into content offsets."""

    gold: GoldArticle
    pred: dict[str, Any]
    shift: int

    def spans(self, layer: str) -> list[dict[str, Any]]:
        out = []
        for x in self.pred.get(layer) or []:
            if not isinstance(x.get("start"), int):
                continue
            y = dict(x)
            y["start"] -= self.shift
            y["end"] -= self.shift
            if y["end"] > 0:
                out.append(y)
        return out

    def scoped(self, layer: str) -> list[dict[str, Any]]:
        return [x for x in self.spans(layer) if self.gold.in_scope(max(x["start"], 0), x["end"])]


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float]:
    p, r = ratio(tp_p, n_p), ratio(tp_g, n_g)
    return {"p": p, "r": r, "f1": f1(p, r), "pred": n_p, "gold": n_g}


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def covered(spans: list[tuple[int, int]], s: int, e: int, text: str) -> float:
    """Share of the non-space characters of text[s:e] inside `spans`."""
    total = hit = 0
    for i in range(s, e):
        if text[i].isspace():
            continue
        total += 1
        hit += any(a <= i < b for a, b in spans)
    return ratio(hit, total)


# What marsad keeps as the article's own text (`Article.body`): body lines and sub-headings.
KEPT_ROLES = BODY_ROLES


def cleaning(pairs: Iterable[Pair]) -> dict[str, Any]:
    """Body units kept (most of their characters in kept segments), junk units dropped."""
    keep = keep_n = drop = drop_n = title = title_n = pub = n = 0
    for pr in pairs:
        g, text = pr.gold, pr.gold.content
        kept = [(x["start"], x["end"]) for x in pr.spans("segments") if x.get("role") in KEPT_ROLES]
        for s, e in g.body_units:
            keep_n += 1
            keep += covered(kept, s, e, text) > 0.5
        for s, e in g.junk_units:
            drop_n += 1
            drop += covered(kept, s, e, text) <= 0.5
        if g.title_hash is not None:
            title_n += 1
            title += text_hash(squash(pr.pred.get("title"))) == g.title_hash
        n += 1
        pub += (pr.pred.get("published") or {}).get("date") in g.published
    return {
        "body_keep": ratio(keep, keep_n),
        "body_units": keep_n,
        "junk_drop": ratio(drop, drop_n),
        "junk_units": drop_n,
        "title": ratio(title, title_n),
        "published": ratio(pub, n),
    }


def ner(pairs: list[Pair]) -> dict[str, Any]:
    """Exact-boundary and overlap precision/recall/F1, overall and per type (the type must
    agree); `any_type`: overlap whatever the type, the reading of the first audit."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for pr in pairs:
        gold = pr.gold.mentions
        for m in pr.scoped("mentions"):
            t = m.get("type")
            hit = [g for g in gold if overlaps(m["start"], m["end"], g.start, g.end)]
            if not hit and any(overlaps(m["start"], m["end"], s, e) for s, e in pr.gold.neutral):
                continue
            for key in (t, "all"):
                counts[key]["pred"] += 1
                counts[key]["strict_p"] += any(
                    (g.start, g.end, g.type) == (m["start"], m["end"], t) for g in hit
                )
                counts[key]["overlap_p"] += any(g.type == t for g in hit)
                counts[key]["anytype_p"] += bool(hit)
        preds = pr.spans("mentions")
        for g in gold:
            same = [m for m in preds if m.get("type") == g.type]
            for key in (g.type, "all"):
                counts[key]["gold"] += 1
                counts[key]["strict_r"] += any((m["start"], m["end"]) == (g.start, g.end) for m in same)
                counts[key]["overlap_r"] += any(overlaps(m["start"], m["end"], g.start, g.end) for m in same)
                counts[key]["anytype_r"] += any(overlaps(m["start"], m["end"], g.start, g.end) for m in preds)
    out: dict[str, Any] = {}
    for key in ("all", *TYPES):
        c = counts[key]
        out[key] = {
            "strict": prf(c["strict_p"], c["pred"], c["strict_r"], c["gold"]),
            "overlap": prf(c["overlap_p"], c["pred"], c["overlap_r"], c["gold"]),
            "any_type": prf(c["anytype_p"], c["pred"], c["anytype_r"], c["gold"]),
        }
    return out


def entity_of(pr: Pair) -> dict[tuple[int, int], str | None]:
    """For each gold mention, the entity id of the prediction of its type that overlaps it most
    (as the seed scorer does: a mention of another type is an NER error, not a linking one)."""
    preds = pr.spans("mentions")
    out: dict[tuple[int, int], str | None] = {}
    for g in pr.gold.mentions:
        best, size = None, 0
        for m in preds:
            ov = min(m["end"], g.end) - max(m["start"], g.start)
            if m.get("type") == g.type and ov > size:
                best, size = m, ov
        if best is not None:
            out[(g.start, g.end)] = best.get("entity")
    return out


def linking(pairs: list[Pair]) -> dict[str, Any]:
    """Pairwise precision/recall of entity ids over gold mentions that marsad found.

    `cross`: pairs of mentions in two different articles (one real entity, one record across
    the corpus); `all`: every pair, within articles too."""
    items: list[tuple[int, str, str | None]] = []
    for pr in pairs:
        ent = entity_of(pr)
        for g in pr.gold.mentions:
            if (g.start, g.end) in ent:
                items.append((pr.gold.line, g.key, ent[(g.start, g.end)]))
    c: dict[str, Counter[str]] = {"cross": Counter(), "all": Counter()}
    for (la, ka, pa), (lb, kb, pb) in combinations(items, 2):
        gs, ps = ka == kb, pa is not None and pa == pb
        for scope in ("cross", "all") if la != lb else ("all",):
            c[scope]["tp"] += gs and ps
            c[scope]["fp"] += ps and not gs
            c[scope]["fn"] += gs and not ps
    out = {}
    for scope, k in c.items():
        p, r = ratio(k["tp"], k["tp"] + k["fp"]), ratio(k["tp"], k["tp"] + k["fn"])
        out[scope] = {"p": p, "r": r, "f1": f1(p, r), "gold_pairs": k["tp"] + k["fn"]}
    return out


DURATION = re.compile(
    r"P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<D>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?"
)
SECONDS = {"W": 7 * 86400, "D": 86400, "h": 3600, "m": 60, "s": 1}


def duration_length(value: str) -> tuple[float, float] | None:
    """A duration's length as (months, seconds), so that PT8.5H and PT8H30M are one value;
    None for anything that is not a fully numeric ISO 8601 duration."""
    m = DURATION.fullmatch(value)
    if m is None or value in ("P", "PT"):
        return None
    parts = {k: float(v) for k, v in m.groupdict().items() if v is not None}
    months = 12 * parts.pop("Y", 0.0) + parts.pop("M", 0.0)
    return round(months, 6), round(sum(SECONDS[k] * v for k, v in parts.items()), 3)


def same_value(predicted: str, gold: str) -> bool:
    """One value: the same string, or two durations of the same length."""
    if predicted == gold:
        return True
    a, b = duration_length(predicted), duration_length(gold)
    return a is not None and a == b


def value_right(accepted: tuple[Any, ...], hit: list[dict[str, Any]]) -> bool:
    """An accepted value among the predictions over a gold date (null wants no value at all)."""
    values = {t.get("value") for t in hit}
    gold = [a for a in accepted if isinstance(a, str)]
    return any(same_value(v, a) for v in values if isinstance(v, str) for a in gold) or (
        None in accepted and all(v is None for v in values)
    )


def timexes(pairs: list[Pair]) -> dict[str, Any]:
    """Span precision and recall by overlap; value accuracy over gold expressions."""
    tp_p = n_p = tp_g = n_g = right = 0
    for pr in pairs:
        preds = pr.spans("timexes")
        for t in pr.scoped("timexes"):
            n_p += 1
            tp_p += any(overlaps(t["start"], t["end"], g.start, g.end) for g in pr.gold.timexes)
        for g in pr.gold.timexes:
            n_g += 1
            hit = [t for t in preds if overlaps(t["start"], t["end"], g.start, g.end)]
            tp_g += bool(hit)
            right += value_right(g.values, hit)
    return {**prf(tp_p, n_p, tp_g, n_g), "value_accuracy": ratio(right, n_g)}


def _keys_of(pr: Pair) -> dict[str, set[str]]:
    """The gold keys each predicted entity id stands for in this article."""
    keys: dict[str, set[str]] = defaultdict(set)
    for m in pr.spans("mentions"):
        for g in pr.gold.mentions:
            if m.get("entity") and overlaps(m["start"], m["end"], g.start, g.end):
                keys[m["entity"]].add(g.key)
    return keys


def scored_events(pr: Pair) -> list[dict[str, Any]]:
    """marsad's events of the five scored types that touch the gold's body text."""
    return [
        e
        for e in pr.spans("events")
        if e.get("type") in ("VISIT", "MEET", "CALL", "AGREE", "EXERCISE")
        and pr.gold.touches_body(e["start"], e["end"])
    ]


def event_matches(pr: Pair, keys: dict[str, set[str]]) -> list[tuple[Any, dict[str, Any] | None]]:
    """Each gold event with the first free prediction of its type whose participants cover all
    the gold's (None: missed); a prediction matches one gold event at most."""
    free = scored_events(pr)
    out: list[tuple[Any, dict[str, Any] | None]] = []
    for g in pr.gold.events:
        hit = None
        for e in free:
            covered = [keys.get(p, set()) for p in e.get("participants") or []]
            if e["type"] == g.type and all(any(k in c for c in covered) for k in g.participants):
                hit = e
                free.remove(e)
                break
        out.append((g, hit))
    return out


def events(pairs: list[Pair]) -> dict[str, Any]:
    """Type + all gold participants, one prediction per gold event (duplicates are false);
    of matched events, place, date and status right where the gold gives them."""
    n_p = n_g = tp = exact = 0
    place_ok = place_n = date_ok = date_n = status_ok = 0
    for pr in pairs:
        keys = _keys_of(pr)
        n_p += len(scored_events(pr))
        n_g += len(pr.gold.events)
        for g, e in event_matches(pr, keys):
            if e is not None:
                covered = [keys.get(p, set()) for p in e.get("participants") or []]
                tp += 1
                exact += all(c & set(g.participants) for c in covered)
                if g.place is not None:
                    place_n += 1
                    place_ok += g.place in keys.get(e.get("place") or "", set())
                if any(d is not None for d in g.dates):
                    date_n += 1
                    date_ok += e.get("date") in g.dates
                status_ok += (e.get("status") or "happened") == g.status
    return {
        **prf(tp, n_p, tp, n_g),
        "exact_participants_p": ratio(exact, n_p),
        "place_right": ratio(place_ok, place_n),
        "place_n": place_n,
        "date_right": ratio(date_ok, date_n),
        "date_n": date_n,
        "status_right": ratio(status_ok, tp),
    }


def speaker_right(pr: Pair, g: Any, q: dict[str, Any], keys: dict[str, set[str]]) -> bool:
    """The prediction `q` names the gold quote `g`'s speaker: none for an unnamed one; for a
    named one, an entity with a mention over one of that speaker's gold mentions, or, for a
    body the text describes without a name («وقالت الشرطة»: `speaker_at`), those very words
    over one of them (the gold marks such a body's words as its mention)."""
    if g.speaker is None:
        return q.get("speaker") is None
    if g.speaker in keys.get(q.get("speaker") or "", set()):
        return True
    at = q.get("speaker_at")
    return bool(at) and q.get("speaker") is None and any(
        m.key == g.speaker and overlaps(at[0], at[1], m.start, m.end) for m in pr.gold.mentions)


def quotes(pairs: list[Pair]) -> dict[str, Any]:
    """Span precision and recall by overlap; the speaker right over gold quotes found."""
    tp_p = n_p = tp_g = n_g = spk = 0
    for pr in pairs:
        keys = _keys_of(pr)
        preds = pr.spans("quotes")
        for q in [q for q in preds if pr.gold.touches_body(q["start"], q["end"])]:
            n_p += 1
            tp_p += any(overlaps(q["start"], q["end"], g.start, g.end) for g in pr.gold.quotes)
        for g in pr.gold.quotes:
            n_g += 1
            hit = [q for q in preds if overlaps(q["start"], q["end"], g.start, g.end)]
            tp_g += bool(hit)
            spk += any(speaker_right(pr, g, q, keys) for q in hit)
    return {
        **prf(tp_p, n_p, tp_g, n_g),
        "speaker_right": ratio(spk, tp_g),
        "speaker_right_of_gold": ratio(spk, n_g),
    }


def score(pairs: list[Pair]) -> dict[str, Any]:
    return {
        "articles": len(pairs),
        "cleaning": cleaning(pairs),
        "ner": ner(pairs),
        "linking": linking(pairs),
        "timex": timexes(pairs),
        "events": events(pairs),
        "quotes": quotes(pairs),
    }
