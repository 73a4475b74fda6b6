"""The hand-annotated timex gold (tests/data/timex_gold_*): value accuracy and span F1."""

from __future__ import annotations

import json

import pytest
from benchmarks.dates import load_gold, marsad_predict, score

from tests.conftest import ROOT, need_shared

# Pinned floors on the hand-annotated gold (only ever raise them).
GOLD_VALUE_ACCURACY = 0.95
GOLD_SPAN_F1_OVERLAP = 0.96


def test_gold_rows_are_well_formed() -> None:
    for ln in (ROOT / "tests" / "data" / "timex_gold_own.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(ln)
        for t in row["timexes"]:
            assert row["sentence"][t["start"]:t["end"]] == t["text"]
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET")


def test_own_sentences_resolve() -> None:
    golds = load_gold(with_shared=False)
    res = score(golds, [marsad_predict(c) for c in golds], lambda v, g: v)
    assert res["value_accuracy"] >= 0.93, res


@pytest.mark.shared
def test_full_gold_reaches_its_floor() -> None:
    need_shared("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    golds = load_gold()
    assert sum(len(c["timexes"]) for c in golds) >= 300
    res = score(golds, [marsad_predict(c) for c in golds], lambda v, g: v)
    assert res["value_accuracy"] >= GOLD_VALUE_ACCURACY, res
    assert res["span_f1_overlap"] >= GOLD_SPAN_F1_OVERLAP, res
