"""`benchmarks.realtext.intervals`: bootstrap intervals over articles and the change between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.realtext.intervals import (
    EVENT_FIGURES,
    NER_FIGURES,
    Figure,
    Gold,
    draws,
    event_counts,
    interval,
    main,
    report,
    total,
    verdict,
)

P, R = EVENT_FIGURES[0], EVENT_FIGURES[1]


def _rows(hits: list[int], pred: int = 2, gold: int = 2) -> list[dict[str, int]]:
    return [{"tp": h, "pred": pred, "gold": gold} for h in hits]


def test_a_figure_is_its_summed_counts_ratio_not_an_average_of_articles() -> None:
    rows = [{"tp": 1, "pred": 1, "gold": 4}, {"tp": 0, "pred": 3, "gold": 0}]
    assert P.of(total(rows, [0, 1])) == 0.25
    assert R.of(total(rows, [0, 1])) == 0.25
    assert P.of(total(rows, [0, 0])) == 1.0


def test_f1_figure_from_four_counts() -> None:
    f1 = NER_FIGURES[0]
    assert f1.of({"tp_p": 3, "pred": 4, "tp_g": 3, "gold": 6}) == pytest.approx(2 * 0.75 * 0.5 / 1.25)


def test_interval_is_the_central_share() -> None:
    values = [i / 100 for i in range(101)]
    assert interval(values, 0.9) == (0.05, 0.95)


def test_draws_are_repeatable_and_with_replacement() -> None:
    a, b = draws(10, 50, seed=3), draws(10, 50, seed=3)
    assert a == b
    assert any(len(set(d)) < 10 for d in a)
    assert draws(10, 50, seed=4) != a


def test_identical_runs_are_unchanged_and_the_interval_holds_the_figure() -> None:
    gold = Gold("g", lambda _: [], lambda _: {}, (P,))
    rows = _rows([2, 1, 0, 2, 1, 1, 2, 0])
    lines = report(gold, rows, rows, draws(len(rows), 200, 0), 0.9)
    assert lines[1].startswith("- P: 0.562 [")
    lo, hi = (float(x) for x in lines[1].split("[")[1].split("]")[0].split(", "))
    assert lo <= 0.5625 <= hi and lo < hi
    assert lines[1].endswith("unchanged")


def test_a_gain_on_many_articles_is_a_gain_and_one_article_is_within_chance() -> None:
    gold = Gold("g", lambda _: [], lambda _: {}, (P,))
    before = _rows([1] * 40)
    everywhere = _rows([2] * 40)
    once = _rows([2] + [1] * 39)
    picks = draws(40, 300, 0)
    assert report(gold, everywhere, before, picks, 0.9)[1].endswith(": a gain")
    assert report(gold, before, everywhere, picks, 0.9)[1].endswith(": a loss")
    assert report(gold, once, before, picks, 0.9)[1].endswith(": within chance")


def test_verdict() -> None:
    assert verdict(0.0, 0.0) == "unchanged"
    assert verdict(-0.01, 0.02) == "within chance"
    assert verdict(0.001, 0.02) == "a gain"
    assert verdict(-0.02, -0.001) == "a loss"


def test_event_counts_come_back_from_the_measure() -> None:
    class Article:
        events: list[object] = []
        mentions: list[object] = []

        def touches_body(self, s: int, e: int) -> bool:
            return True

    class Pair:
        gold = Article()

        def spans(self, layer: str) -> list[dict[str, object]]:
            return [{"type": "VISIT", "start": 0, "end": 3, "participants": []}] if layer == "events" else []

    counts = event_counts(Pair())  # type: ignore[arg-type]
    assert (counts["tp"], counts["pred"], counts["gold"]) == (0, 1, 0)


def test_not_a_kept_run_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a kept run" in err


def test_a_figure_over_nothing_is_zero() -> None:
    assert Figure("x", "a", "b").of({"a": 1, "b": 0}) == 0.0
