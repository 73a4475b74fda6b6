"""Which events to keep: features of each event marsad emits on the events-dev gold, and how a
keep gate chosen on dev scores on the held-out strata (issue 15, round 6).

    python3 -m benchmarks.realtext.event_keep OUT

OUT is the folder given to `python3 -m benchmarks.realtext --keep` (its `events-dev` run). Each
scored event gets a few features (type, verbal or noun trigger, how many participants and of
which kinds, inside a direct or reported quotation, paragraph, distance from trigger to its
nearest participant, place, date of its own); a naive-Bayes score is fitted on the dev rows
(never the held-out ones) and the precision/recall curve is printed for dev and, as figures
only, for the held-out strata. Nothing of a held-out article is printed but the counts.
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.realtext.errors import pairs_of
from benchmarks.realtext.events_dev import EVENTS_DEV, HELD_OUT_STRATA
from benchmarks.realtext.gold import load
from benchmarks.realtext.measure import _keys_of, event_matches, scored_events

RUN = "record-orig-out"
FAR = 80  # characters from the trigger to its nearest participant's mention
THRESHOLDS = (-99.0, -3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


@dataclass(frozen=True)
class Candidate:
    """One scored event marsad emitted, its features and whether it matched a gold event."""

    stratum: str
    right: bool
    type: str
    noun: bool
    kinds: tuple[str, ...]
    quote: str | None  # direct, indirect or None
    paragraph: int
    distance: int
    place: bool
    own_date: bool


FEATURES: dict[str, Callable[[Candidate], bool]] = {
    "direct quote": lambda c: c.quote == "direct",
    "any quote": lambda c: c.quote is not None,
    "only places as parties": lambda c: all(k == "LOC" for k in c.kinds),
    "a place among parties": lambda c: "LOC" in c.kinds,
    "one party, no visit": lambda c: len(c.kinds) == 1 and c.type != "VISIT",
    "one party": lambda c: len(c.kinds) == 1,
    "paragraph 5 or later": lambda c: c.paragraph >= 5,
    "lead paragraph": lambda c: c.paragraph == 0,
    "agreement noun": lambda c: c.type == "AGREE" and c.noun,
    "noun trigger": lambda c: c.noun,
    "party far from trigger": lambda c: c.distance >= FAR,
    "an organisation party": lambda c: "ORG" in c.kinds,
    "a place of its own": lambda c: c.place,
    "a date of its own": lambda c: c.own_date,
    "visit": lambda c: c.type == "VISIT",
}


def _triggers(out: Path) -> dict[tuple[str, int, str], tuple[str, int]]:
    db = sqlite3.connect(f"file:{out / RUN / 'marsad.db'}?mode=ro", uri=True)
    found = {}
    for art, start, typ, attrs in db.execute("select article, start, type, attrs from event_mentions"):
        a = json.loads(attrs)
        found[(art, start, typ)] = (a.get("trigger") or "", a.get("trigger_start") or start)
    db.close()
    return found


def candidates(out: Path) -> tuple[list[Candidate], dict[str, int]]:
    """Every scored event on the dev rows of the events-dev gold, and the gold events by stratum."""
    trig = _triggers(out)
    found: list[Candidate] = []
    gold: dict[str, int] = {}
    for pr in pairs_of(out, load(EVENTS_DEV), RUN):
        if pr.gold.split == "test":
            continue
        gold[pr.gold.stratum] = gold.get(pr.gold.stratum, 0) + len(pr.gold.events)
        keys = _keys_of(pr)
        right = [_key(e) for _, e in event_matches(pr, keys) if e is not None]
        art: dict[str, Any] = pr.pred
        mentions = art.get("mentions") or []
        label = {m["entity"]: m.get("type") or "" for m in reversed(mentions) if m.get("entity")}
        paras = [s for s in art.get("segments") or [] if s.get("role") in ("title", "body", "heading")]
        quotes = art.get("quotes") or []
        published = str((art.get("published") or {}).get("date") or "")[:10]
        for e in scored_events(pr):
            word, at = trig.get((art["id"], e["start"], e["type"]), ("", e["start"]))
            parts = e.get("participants") or []
            near = [abs(m["start"] - at) for m in mentions
                    if m.get("entity") in parts and e["start"] <= m["start"] < e["end"]]
            found.append(Candidate(
                stratum=pr.gold.stratum, right=_key(e) in right, type=e["type"],
                noun=word.lstrip("وفبل").startswith(("ال", "زيار", "لقاء", "اتصال", "اتفاق", "توقيع", "مباحث",
                                                     "محادث", "مذكر", "اجتماع", "مناور", "وصول", "إبرام")),
                kinds=tuple(label.get(p, "") for p in parts),
                quote=next((q.get("kind") for q in quotes if q["start"] <= at < q["end"]), None),
                paragraph=next((i for i, s in enumerate(paras) if s["start"] <= e["start"] < s["end"]), -1),
                distance=min(near, default=999), place=e.get("place") is not None,
                own_date=(e.get("date") or "")[:10] != published))
    return found, gold


def _key(e: dict[str, Any]) -> tuple[int, str, tuple[str, ...]]:
    return (e["start"], e["type"], tuple(e.get("participants") or ()))


def _figures(cands: list[Candidate], n_gold: int) -> str:
    right = sum(c.right for c in cands)
    p = right / len(cands) if cands else 0.0
    return f"P {p:.3f} R {right / n_gold if n_gold else 0.0:.3f} ({right}/{len(cands)})"


def weights(dev: list[Candidate]) -> dict[str, tuple[float, float]]:
    """Log-odds of right vs false for each feature present and absent (add-one smoothing)."""
    n_right = sum(c.right for c in dev)
    n_false = len(dev) - n_right
    out = {}
    for name, f in FEATURES.items():
        a = sum(1 for c in dev if c.right and f(c))
        b = sum(1 for c in dev if not c.right and f(c))
        on = math.log((a + 1) / (n_right + 2)) - math.log((b + 1) / (n_false + 2))
        off = math.log((n_right - a + 1) / (n_right + 2)) - math.log((n_false - b + 1) / (n_false + 2))
        out[name] = (on, off)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the folder given to `python3 -m benchmarks.realtext --keep`")
    args = ap.parse_args(argv)
    folder = args.out / "events-dev"
    if not (folder / RUN / "marsad.db").exists():
        print(f"{folder / RUN} holds no kept run", file=sys.stderr)
        return 2
    cands, gold = candidates(folder)
    dev = [c for c in cands if c.stratum not in HELD_OUT_STRATA]
    held = [c for c in cands if c.stratum in HELD_OUT_STRATA]
    n_dev = sum(n for s, n in gold.items() if s not in HELD_OUT_STRATA)
    n_held = sum(n for s, n in gold.items() if s in HELD_OUT_STRATA)
    print(f"all kept: dev {_figures(dev, n_dev)} | held-out {_figures(held, n_held)}\n")
    print("| drop when | dev right / false dropped | dev after | held-out after |\n| --- | --- | --- | --- |")
    for name, f in FEATURES.items():
        gone = [c for c in dev if f(c)]
        after_dev = _figures([c for c in dev if not f(c)], n_dev)
        after_held = _figures([c for c in held if not f(c)], n_held)
        dropped = f"{sum(c.right for c in gone)} / {sum(not c.right for c in gone)}"
        print(f"| {name} | {dropped} | {after_dev} | {after_held} |")
    w = weights(dev)

    def score(c: Candidate) -> float:
        return sum(w[n][0] if f(c) else w[n][1] for n, f in FEATURES.items())

    print("\nnaive-Bayes keep score fitted on dev: keep when score >= t\n")
    for t in THRESHOLDS:
        print(f"- t={t:+.1f}: dev {_figures([c for c in dev if score(c) >= t], n_dev)} | "
              f"held-out {_figures([c for c in held if score(c) >= t], n_held)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
