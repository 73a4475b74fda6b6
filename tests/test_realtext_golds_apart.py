"""No article is in two real-text golds: each dev gold measures articles no other gold tuned on.

Draws made at the same time cannot see each other, so this is what keeps them apart; a later
draw that takes an annotated article fails here."""

import json
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "realtext"
GOLDS = ("gold.jsonl", "events_dev.jsonl", "junk_dev.jsonl", "quotes_dev.jsonl", "timex_dev.jsonl",
         "timex_dev_2.jsonl", "timex_dev_3.jsonl", "timex_dev_4.jsonl", "timex_dev_5.jsonl",
         "timex_dev_6.jsonl", "timex_dev_7.jsonl", "junk_test.jsonl",
         "events_test.jsonl")


def lines_of(name: str) -> set[int]:
    rows = [json.loads(ln) for ln in (ROOT / name).read_text(encoding="utf-8").splitlines()]
    return {int(r["line"]) for r in rows if "line" in r}


def test_every_gold_holds_articles() -> None:
    assert all(lines_of(name) for name in GOLDS)


def test_no_article_is_in_two_golds() -> None:
    for a, b in combinations(GOLDS, 2):
        assert not lines_of(a) & lines_of(b), (a, b, sorted(lines_of(a) & lines_of(b)))
