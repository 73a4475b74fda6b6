"""In which order the real-text golds' strata were drawn, and what each draw left out.

No article is in two golds (tests/test_realtext_golds_apart.py): each draw left out every article
annotated before it. To reproduce a draw once later strata are in the gold files, it must leave
out those and only those, so the order is written down once, here, and every draw asks
`annotated_before(stratum)` for its skip.

`ROUNDS` lists the rounds in the order they were drawn; the strata of one round were drawn at the
same time (in worktrees apart) and none saw the others. A draw saw every stratum of an earlier
round, less its `UNSEEN` ones: strata drawn before it on another branch, not yet merged where it
was drawn. The older events and timex golds (`draw.OLDER_GOLDS`) come before every round.

A new draw is registered by adding its stratum to `ROUNDS` (a new round at the end, or the last
round when it is drawn at the same time as that round's) before it is drawn; a stratum not listed
here cannot be drawn (`annotated_before` raises).

One page may stand under two lines (almadina serves a page under a second «?weekly» URL too): a
draw apart by lines can take an article whose text a gold already holds. The rounds from
`TEXT_APART_FROM` on also leave out every record whose text is that of an article they saw
(`draw_skip`, `twins`: the test of tests/test_realtext_golds_apart.py); the earlier ones drew
without that rule and reproduce what they drew. The rounds from `NEAR_APART_FROM` on leave out
the near twins of those articles as well (`near_twins`: one story in nearly the same words).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from benchmarks.realtext.draw import older_gold_lines, text_hash
from benchmarks.realtext.near_twins import near_twins, region

ROOT = Path(__file__).resolve().parents[2]
REALTEXT = ROOT / "tests" / "data" / "realtext"
# Every gold file whose rows carry a stratum drawn from SaudiNewsNet.
DEV_GOLDS = tuple(
    REALTEXT / name
    for name in (
        "gold.jsonl",
        "events_dev.jsonl",
        "junk_dev.jsonl",
        "quotes_dev.jsonl",
        "timex_dev.jsonl",
        "timex_dev_2.jsonl",
        "junk_test.jsonl",
        "timex_dev_3.jsonl",
        "events_test.jsonl",
        "events_test_3.jsonl",
        "quotes_test_2.jsonl",
        "timex_dev_4.jsonl",
        "timex_dev_5.jsonl",
        "timex_dev_6.jsonl",
        "timex_dev_7.jsonl",
        "timex_dev_8.jsonl",
        "timex_dev_9.jsonl",
        "timex_dev_10.jsonl",
        "timex_dev_11.jsonl",
        "timex_dev_12.jsonl",
        "timex_dev_13.jsonl",
        "timex_dev_14.jsonl",
        "timex_dev_15.jsonl",
        "timex_dev_16.jsonl",
        "timex_dev_17.jsonl",
        "timex_dev_18.jsonl",
        "timex_dev_19.jsonl",
        "timex_dev_20.jsonl",
        "timex_dev_21.jsonl",
        "timex_dev_22.jsonl",
        "timex_dev_23.jsonl",
        "timex_dev_24.jsonl",
        "timex_dev_25.jsonl",
        "timex_dev_26.jsonl",
        "timex_dev_27.jsonl",
        "timex_dev_28.jsonl",
        "timex_dev_29.jsonl",
    )
)
ROUNDS: tuple[tuple[str, ...], ...] = (
    ("random", "events"),  # gold.jsonl, `python3 -m benchmarks.realtext.draw`
    ("events-dev",),
    ("junk-dev", "junk-dev-shaped"),
    ("junk-dev-wide", "quotes-dev", "events-dev-more"),
    ("quotes-dev-more", "junk-dev-more"),
    ("quotes-dev-fresh",),
    ("timex-dev",),
    ("junk-dev-fresh", "quotes-dev-fresh2", "timex-dev-2"),
    ("junk-dev-fresh2", "quotes-dev-fresh3", "timex-dev-3", "events-dev-fresh"),
    ("junk-test-2", "events-dev-fresh2"),  # junk-test-2: junk_test.jsonl, a blind TEST batch
    ("events-test-2",),  # events_test.jsonl, a blind TEST batch
    # drawn at the same time, in worktrees apart
    ("events-dev-fresh3", "timex-dev-4", "junk-dev-fresh3", "quotes-dev-fresh4"),
    ("events-dev-fresh4",),
    ("quotes-dev-interviews",),  # quotes_dev.jsonl: interviews, a blind held-out check (issue 15, round 7)
    # drawn at the same time, in worktrees apart: blind held-out checks (issues 15 and 16, round 8)
    ("events-dev-fresh5", "quotes-dev-fresh5", "timex-dev-5"),
    # drawn at once (issues 15 and 16, round 9): events_dev.jsonl blind held-out; quotes_dev.jsonl interviews,
    # a dev batch; junk_dev.jsonl a blind batch (held-out estimate first, dev since)
    ("events-dev-fresh6", "quotes-dev-interviews2", "junk-dev-fresh4"),
    # round 10: two blind held-out batches drawn at once, apart by golds-apart
    ("events-dev-fresh7", "quotes-dev-fresh6"),
    ("timex-dev-6",),  # timex_dev_6.jsonl: a blind held-out dates batch (issue 16, round 11)
    ("events-dev-fresh8",),  # events_dev.jsonl: an eighth blind held-out events batch (issue 15, round 11)
    # round 14: three blind held-out batches drawn at once, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh9", "quotes-dev-fresh7", "timex-dev-7"),
    # round 15: three blind held-out batches drawn at once, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh10", "quotes-dev-fresh8", "timex-dev-8"),
    # round 16: three blind held-out batches drawn at once, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh11", "quotes-dev-fresh9", "timex-dev-9"),
    # round 17: three blind held-out batches, the first drawn with `draw_skip` (no twin of a gold article)
    ("events-dev-fresh12", "quotes-dev-fresh10", "timex-dev-10"),
    # round 18: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh13", "quotes-dev-fresh11", "timex-dev-11"),
    # round 19: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh14", "quotes-dev-fresh12", "timex-dev-12"),
    # round 20: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh15", "quotes-dev-fresh13", "timex-dev-13"),
    # round 21: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh16", "quotes-dev-fresh14", "timex-dev-14"),
    # round 22: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh17", "quotes-dev-fresh15", "timex-dev-15"),
    # round 23: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh18", "quotes-dev-fresh16", "timex-dev-16"),
    # round 24: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16)
    ("events-dev-fresh19", "quotes-dev-fresh17", "timex-dev-17"),
    # round 25: events_test_3.jsonl, a blind TEST batch (issue 15), drawn with `draw_skip`
    ("events-test-3",),
    # round 26: quotes_test_2.jsonl, a blind quotations TEST batch (issue 15), drawn with `draw_skip`
    ("quotes-test-2",),
    # round 28: two blind held-out batches drawn with `draw_skip`, in worktrees apart (issue 15); the
    # round-23/24 events and quotes held-out strata, seen a little in round 27, are dev from this round
    ("events-dev-fresh20", "quotes-dev-fresh18"),
    # round 30: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16);
    # the round-28 events and quotes held-out strata and timex-dev-16/-17 are dev from this round
    ("events-dev-fresh21", "quotes-dev-fresh19", "timex-dev-18"),
    # round 32: three blind held-out batches drawn with `draw_skip`, in worktrees apart (issues 15 and 16);
    # the round-30 held-out strata (events-dev-fresh21, quotes-dev-fresh19, timex-dev-18) are dev from
    # this round
    ("events-dev-fresh22", "quotes-dev-fresh20", "timex-dev-19"),
    # round 34: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-32 held-out strata (events-dev-fresh22, quotes-dev-fresh20,
    # timex-dev-19) are dev from this round
    ("events-dev-fresh23", "quotes-dev-fresh21", "timex-dev-20"),
    # round 36: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-34 held-out strata (events-dev-fresh23, quotes-dev-fresh21,
    # timex-dev-20) are dev from this round
    ("events-dev-fresh24", "quotes-dev-fresh22", "timex-dev-21"),
    # round 38: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-36 held-out strata (events-dev-fresh24, quotes-dev-fresh22,
    # timex-dev-21) are dev from this round
    ("events-dev-fresh25", "quotes-dev-fresh23", "timex-dev-22"),
    # round 40: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-38 held-out strata (events-dev-fresh25, quotes-dev-fresh23,
    # timex-dev-22) are dev from this round
    ("events-dev-fresh26", "quotes-dev-fresh24", "timex-dev-23"),
    # round 42: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-40 held-out strata (events-dev-fresh26, quotes-dev-fresh24,
    # timex-dev-23) are dev from this round
    ("events-dev-fresh27", "quotes-dev-fresh25", "timex-dev-24"),
    # round 44: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-42 held-out strata (events-dev-fresh27, quotes-dev-fresh25,
    # timex-dev-24) are dev from this round
    ("events-dev-fresh28", "quotes-dev-fresh26", "timex-dev-25"),
    # round 46: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-44 held-out strata (events-dev-fresh28, quotes-dev-fresh26,
    # timex-dev-25) are dev from this round
    ("events-dev-fresh29", "quotes-dev-fresh27", "timex-dev-26"),
    # round 48: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-46 held-out strata (events-dev-fresh29, quotes-dev-fresh27,
    # timex-dev-26) are dev from this round
    ("events-dev-fresh30", "quotes-dev-fresh28", "timex-dev-27"),
    # round 50: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-48 held-out strata (events-dev-fresh30, quotes-dev-fresh28,
    # timex-dev-27) are dev from this round
    ("events-dev-fresh31", "quotes-dev-fresh29", "timex-dev-28"),
    # round 52: three blind held-out batches drawn with `draw_skip` (near twins left out too), in worktrees
    # apart (issues 15 and 16); the round-50 held-out strata (events-dev-fresh31, quotes-dev-fresh29,
    # timex-dev-28) are dev from this round
    ("events-dev-fresh32", "quotes-dev-fresh30", "timex-dev-29"),
)
# The first round (index into `ROUNDS`) whose draws leave out the twins of the articles they saw
# (`draw_skip`): the rounds up to round 16 drew without that rule (events-dev-fresh10 took lines
# 1106 and 29973, twins of dev lines; events-dev-fresh11 drew line 7619 and withdrew it).
TEXT_APART_FROM = 22
# The first round whose draws also leave out the near twins of every article annotated before them
# (`near_twins`): round 32's draws (index 34) took near twins of dev articles (events-dev-fresh22 lines
# 13972, 14220, 14927, 17071 and 28155, quotes-dev-fresh20 16140, timex-dev-19 20540), so every round
# registered after it draws without them.
NEAR_APART_FROM = 35
UNSEEN: dict[str, frozenset[str]] = {
    "events-dev-more": frozenset({"junk-dev", "junk-dev-shaped"}),
    "quotes-dev-fresh": frozenset({"junk-dev-more"}),
    "quotes-dev-fresh2": frozenset({"junk-dev-more", "timex-dev"}),
    "junk-test-2": frozenset({"quotes-dev-fresh3", "timex-dev-3", "events-dev-fresh"}),
    "events-dev-fresh2": frozenset({"junk-dev-fresh2", "quotes-dev-fresh3", "timex-dev-3"}),
    "events-test-2": frozenset({"quotes-dev-fresh3", "timex-dev-3"}),
}
# Articles a stratum drew and then withdrew from its gold, because a stratum drawn in the same
# round (which could not see it) kept them: line -> (stratum that withdrew it, why). Later draws
# that saw the withdrawing stratum still leave them out.
WITHDRAWN: dict[int, tuple[str, str]] = {
    2361: ("junk-dev-fresh2", "timex-dev-3 drew it at the same time and keeps it (its 2 dates)"),
    6534: ("events-dev-fresh", "the junk TEST batch junk-test-2 drew it at the same time and keeps it"),
    14406: ("junk-dev-fresh3", "events-dev-fresh3 drew it at the same time and keeps it (its events)"),
    1106: ("timex-dev-8", "events-dev-fresh10 drew it at the same time and keeps it (its events)"),
    7619: ("events-dev-fresh11", "its text is line 7491's (events-dev-fresh8, dev), the same almadina page "
           "under a «?weekly» URL: a held-out article must not be one the dev strata tuned on"),
    23603: ("quotes-dev-fresh12", "events-dev-fresh14 drew it at the same time and keeps it (its events)"),
}


def round_of(stratum: str) -> int:
    for k, strata in enumerate(ROUNDS):
        if stratum in strata:
            return k
    raise KeyError(f"stratum {stratum!r} is not in draw_order.ROUNDS: register it before drawing")


def seen_by(stratum: str) -> frozenset[str]:
    """The strata annotated before `stratum` was drawn, which its draw left out."""
    k = round_of(stratum)
    earlier = {s for strata in ROUNDS[:k] for s in strata}
    return frozenset(earlier - UNSEEN.get(stratum, frozenset()))


def rows_before(stratum: str, golds: Sequence[Path] = DEV_GOLDS) -> Iterator[dict]:
    """The article rows of `golds` whose stratum `stratum`'s draw saw."""
    seen = seen_by(stratum)
    for gold in golds:
        if gold.exists():
            for ln in gold.read_text(encoding="utf-8").splitlines():
                row = json.loads(ln)
                if "line" in row and row.get("stratum") in seen:
                    yield row


def annotated_before(stratum: str, golds: Sequence[Path] = DEV_GOLDS) -> set[int]:
    """Lines of every article annotated before `stratum` was drawn: its draw's skip."""
    seen = seen_by(stratum)
    withdrawn = {line for line, (by, _) in WITHDRAWN.items() if by in seen}
    return older_gold_lines() | {int(row["line"]) for row in rows_before(stratum, golds)} | withdrawn


def twins(rows: Iterable[dict], of: Iterable[dict]) -> set[int]:
    """Lines of `rows` whose text is that of an article of `of`: the same `hash` (`text_hash`
    of the record's content), whatever its line."""
    texts = {r["hash"] for r in of}
    return {int(r["line"]) for r in rows if r["hash"] in texts}


def draw_skip(stratum: str, records: Sequence[dict], golds: Sequence[Path] = DEV_GOLDS) -> set[int]:
    """What `stratum`'s draw of `records` leaves out: `annotated_before`, from round
    `TEXT_APART_FROM` on every record with the text of an article it saw (`twins`), and from round
    `NEAR_APART_FROM` on every near twin of an article it left out (`near_twins`)."""
    skip = annotated_before(stratum, golds)
    if round_of(stratum) < TEXT_APART_FROM:
        return skip
    rows = ({"line": i, "hash": text_hash(r["content"])} for i, r in enumerate(records)
            if i not in skip and r.get("content"))
    skip |= twins(rows, rows_before(stratum, golds))
    if round_of(stratum) < NEAR_APART_FROM:
        return skip
    seen = [(line, region(records[line].get("content") or "")) for line in sorted(skip)
            if line < len(records)]
    pool = ((i, region(r["content"])) for i, r in enumerate(records) if i not in skip and r.get("content"))
    return skip | set(near_twins(pool, seen))
