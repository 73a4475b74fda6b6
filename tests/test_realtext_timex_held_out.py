"""The held-out dates batch (timex-dev-29, annotated blind; timex-dev-4 to -28 were held out and are dev
now): the benchmark scores it, `benchmarks.realtext.errors` never lists it; it loads hash-checked
against ../shared, dev only, every date inside its region."""

from __future__ import annotations

import pytest
from benchmarks.realtext import errors, timex_dev
from benchmarks.realtext.gold import load
from benchmarks.realtext.measure import Pair

from tests.conftest import need_shared

pytestmark = pytest.mark.shared


def test_the_later_batches_are_held_out() -> None:
    assert {"timex-dev-29"} == timex_dev.HELD_OUT_STRATA
    assert timex_dev.HELD_OUT_STRATA <= errors.HELD_OUT
    assert {s for _, s, _ in timex_dev.BATCHES.values()} >= timex_dev.HELD_OUT_STRATA


@pytest.mark.parametrize("batch", [29])
def test_no_error_of_a_held_out_batch_is_listed(batch: int) -> None:
    need_shared("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    path, stratum, _ = timex_dev.BATCHES[batch]
    gold = load(path)
    assert gold and {g.stratum for g in gold} == {stratum} and {g.split for g in gold} == {"dev"}
    assert errors.listable([Pair(g, {}, 0) for g in gold]) == []
    for g in gold:
        assert all(0 <= t.start < t.end <= g.region_end for t in g.timexes)
