"""The events test batch (stratum events-test-2, tests/data/realtext/events_test.jsonl) is test
data: its rows are split test, no tool lists their errors (`errors` has no gold for it and drops
test rows of any gold), and the benchmark prints its figures only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from benchmarks.realtext import __main__ as bench
from benchmarks.realtext import errors, events_dev
from benchmarks.realtext.gold import Event, GoldArticle, Mention, build_units
from benchmarks.realtext.measure import Pair

CONTENT = "استقبل الأمير فيصل الوزير خالد في الرياض أمس.\n"


def _rows() -> list[dict]:
    lines = events_dev.EVENTS_TEST.read_text(encoding="utf-8").splitlines()
    return [json.loads(ln) for ln in lines if ln.strip()]


def _article(line: int, split: str, stratum: str) -> GoldArticle:
    """A gold article with one MEET between two named people."""
    art = GoldArticle(
        line=line, source="was", split=split, stratum=stratum, region_end=len(CONTENT),
        record={"content": CONTENT, "title": "t"}, title_hash=None, published=[None],
        segments=[(0, len(CONTENT) - 1, "body")],
        mentions=[Mention(14, 18, "PER", "faisal"), Mention(26, 30, "PER", "khalid")], neutral=[],
        timexes=[], quotes=[],
        events=[Event((0, 6), "MEET", ("faisal", "khalid"), None, (None,), "happened")],
    )
    build_units(art)
    return art


def test_the_batch_is_test_rows_of_its_own_stratum() -> None:
    rows = _rows()
    arts = [r for r in rows if r.get("kind") == "article"]
    assert len(arts) == 40
    assert {r["split"] for r in arts} == {"test"}
    assert {r["stratum"] for r in arts} == {events_dev.STRATUM_TEST}
    assert "TEST" in rows[0]["text"] and "blind" in rows[0]["text"]
    assert sum(len(r["events"]) for r in arts) >= 30
    assert not any(r["quotes"] or r["timexes"] for r in arts)


def test_no_row_of_the_batch_is_listable() -> None:
    arts = [_article(r["line"], r["split"], r["stratum"]) for r in _rows() if "line" in r]
    dev = _article(1, "dev", "events-dev")
    assert [p.gold.line for p in errors.listable([Pair(a, {}, 0) for a in [dev, *arts]])] == [1]


def test_errors_has_no_gold_for_the_batch() -> None:
    assert all(path != events_dev.EVENTS_TEST for _, path, _ in errors.EXTRA_GOLDS.values())
    with pytest.raises(SystemExit):
        errors.main(["/nonexistent", "--gold", "events-test"])


def test_the_test_draw_gives_test_rows_half_random_half_by_source() -> None:
    text = "زار الوزير الرياض واستقبل الأمير الضيف في قصره. " * 3
    records = [{"source": s, "content": text} for s in ["a", "b"] * 6]
    rows = events_dev.draw_test(records, 53, 6, {0})
    assert len(rows) == 6 and len({r["line"] for r in rows}) == 6 and 0 not in {r["line"] for r in rows}
    assert {r["split"] for r in rows} == {"test"}
    assert {r["stratum"] for r in rows} == {events_dev.STRATUM_TEST}
    by_source = [records[r["line"]]["source"] for r in rows[3:]]
    assert by_source == ["a", "b", "a"]  # the second half taken source by source
    dev = events_dev.draw_more(records, 53, 2, set())
    assert {r["split"] for r in dev} == {"dev"}


def test_the_benchmark_prints_the_batch_as_figures_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    arts = [_article(777, "test", events_dev.STRATUM_TEST), _article(888, "test", events_dev.STRATUM_TEST)]
    meet = {"type": "MEET", "start": 0, "end": 6, "participants": ["e1", "e2"], "place": None}
    ments = [{"start": 14, "end": 18, "entity": "e1"}, {"start": 26, "end": 30, "entity": "e2"}]
    got = [{"events": [meet], "mentions": ments}, {"events": [], "mentions": []}]
    monkeypatch.setattr(bench, "load", lambda path=None: arts if path == events_dev.EVENTS_TEST else [])
    monkeypatch.setattr(
        bench, "run_form", lambda gold, *a: [Pair(g, o, 0) for g, o in zip(gold, got, strict=True)]
    )
    r = bench.events_test_batch(tmp_path)
    assert (r["p"], r["r"], r["pred"], r["gold"]) == (1.0, 0.5, 1, 2)
    out = [ln for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    assert out[0] == "## events, test batch 2 (2 articles, annotated blind; test: figures only)"
    assert re.fullmatch(
        r"- P / R \(pred, gold\): 1\.000 / 0\.500 \(1, 2\); place right \d\.\d{3} \(0\), "
        r"date right \d\.\d{3} \(0\), status right 1\.000", out[1]
    ), out[1]
    assert len(out) == 2 and not any("777" in ln or "888" in ln or "استقبل" in ln for ln in out)
