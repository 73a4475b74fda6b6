"""The outlet neighbours the benchmark runs beside a dates gold batch (`--timex-neighbours`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmarks.realtext import errors, measure, runs, timex_dev, timex_neighbours
from benchmarks.realtext.gold import GoldArticle


def gold(line: int, url: str) -> GoldArticle:
    record = {"url": url, "content": "نص"}
    return GoldArticle(line, "aawsat", "dev", "timex-dev", 0, record, None, [], [], [], [], [], [], [])


def rec(number: int) -> dict[str, Any]:
    return {"url": f"http://aawsat.com/home/article/{number}/x", "content": "افتتح المعرض مطلع يونيو الجاري."}


def test_a_batch_gets_its_numbered_outlets_dated_pages_less_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = {"aawsat.com": [(1, rec(400100)), (2, rec(400200)), (7, rec(400300))],
             "aleqt.com": [(3, {"url": "http://www.aleqt.com/2015/07/20/article_999999.html"})]}
    monkeypatch.setattr(timex_neighbours, "dated_pages", lambda: pages)
    batch = [gold(7, "http://aawsat.com/home/article/400300/x"),  # its own line is not run twice
             gold(9, "http://www.aleqt.com/2015/07/21/article_999998.html"),  # a URL day: no neighbours
             gold(11, "http://sabq.org/PHGKif")]  # no number
    assert timex_neighbours.outlet_neighbours(batch) == [rec(400100), rec(400200)]


def test_errors_skip_the_neighbours_run_after_the_gold(tmp_path: Path) -> None:
    run = tmp_path / "record-orig-out"
    run.mkdir()
    rows = [{"path": "records.jsonl#0", "timexes": []}, {"path": "records.jsonl#1", "timexes": []}]
    (run / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pairs = errors.pairs_of(tmp_path, [gold(7, "http://aawsat.com/home/article/400300/x")])
    assert [p.pred["path"] for p in pairs] == ["records.jsonl#0"]


@pytest.mark.parametrize("neighbours", [True, False])
def test_a_batch_is_scored_with_its_neighbours_run_beside_it_when_asked(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, neighbours: bool) -> None:
    batch = [gold(7, "http://aawsat.com/home/article/400300/x")]
    seen: list[list[dict[str, Any]] | None] = []

    def run_form(g: list[GoldArticle], form: str, layout: str, work: Path,
                 beside: list[dict[str, Any]] | None = None) -> list[measure.Pair]:
        seen.append(beside)
        return [measure.Pair(a, {"timexes": []}, 0) for a in g]

    monkeypatch.setattr(timex_dev, "load", lambda path: batch)
    monkeypatch.setattr(runs, "run_form", run_form)
    monkeypatch.setattr(timex_neighbours, "outlet_neighbours", lambda b: [rec(400100)] if b == batch else [])
    monkeypatch.setattr(timex_dev.measure, "timexes",
                        lambda pairs: {"p": 1.0, "r": 1.0, "pred": 0, "gold": 0, "value_accuracy": 1.0})
    timex_dev.score(tmp_path, errors=False, batch=1, neighbours=neighbours)
    assert seen == [[rec(400100)] if neighbours else None]
