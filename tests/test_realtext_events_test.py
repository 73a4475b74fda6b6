"""The events test batches (stratum events-test-2, tests/data/realtext/events_test.jsonl; stratum
events-test-3, events_test_3.jsonl) are test data: their rows are split test, no tool lists their
errors (`errors` has no gold for them and drops test rows of any gold), and the benchmark prints
their figures only, each apart and pooled with the main gold's test split."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from benchmarks.realtext import errors, events_dev
from benchmarks.realtext import extra_golds as bench
from benchmarks.realtext.gold import Event, GoldArticle, Mention, build_units
from benchmarks.realtext.measure import Pair

CONTENT = "استقبل الأمير فيصل الوزير خالد في الرياض أمس.\n"


# batch -> (gold file, stratum)
BATCHES = {n: (path, stratum) for n, (path, stratum, _) in events_dev.TEST_BATCHES.items()}


def _rows(batch: int = 2) -> list[dict]:
    lines = BATCHES[batch][0].read_text(encoding="utf-8").splitlines()
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


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_the_batch_is_test_rows_of_its_own_stratum(batch: int) -> None:
    rows = _rows(batch)
    arts = [r for r in rows if r.get("kind") == "article"]
    assert len(arts) == 40
    assert {r["split"] for r in arts} == {"test"}
    assert {r["stratum"] for r in arts} == {BATCHES[batch][1]}
    assert "TEST" in rows[0]["text"] and "blind" in rows[0]["text"] and f"batch {batch}" in rows[0]["text"]
    assert sum(len(r["events"]) for r in arts) >= 30
    assert not any(r["quotes"] or r["timexes"] for r in arts)


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_no_row_of_the_batch_is_listable(batch: int) -> None:
    arts = [_article(r["line"], r["split"], r["stratum"]) for r in _rows(batch) if "line" in r]
    dev = _article(1, "dev", "events-dev")
    assert [p.gold.line for p in errors.listable([Pair(a, {}, 0) for a in [dev, *arts]])] == [1]


@pytest.mark.parametrize("name", ["events-test", "events-test-3"])
def test_errors_has_no_gold_for_the_batches(name: str) -> None:
    assert all(path not in {events_dev.EVENTS_TEST, events_dev.EVENTS_TEST_3}
               for _, path, _ in errors.EXTRA_GOLDS.values())
    with pytest.raises(SystemExit):
        errors.main(["/nonexistent", "--gold", name])


def test_the_batches_are_drawn_with_their_own_stratum() -> None:
    text = "زار الوزير الرياض واستقبل الأمير الضيف في قصره. " * 3
    records = [{"source": s, "content": text} for s in ["a", "b"] * 6]
    rows = events_dev.draw_test(records, 263, 4, set(), events_dev.STRATUM_TEST_3)
    assert {r["stratum"] for r in rows} == {events_dev.STRATUM_TEST_3}
    assert {r["split"] for r in rows} == {"test"}
    # a registered stratum that is no test batch is refused before any record is read
    assert events_dev.main(["draw", "--test", "4", "--stratum", "events-dev-fresh3"]) == 2


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


def test_the_benchmark_prints_batch_3_and_every_test_batch_pooled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Batch 3 is printed as batch 2 is; the pooled line measures the main test split's pairs and
    each batch's at once (not an average of the figures)."""
    two = [_article(777, "test", events_dev.STRATUM_TEST)]
    three = [_article(n, "test", events_dev.STRATUM_TEST_3) for n in (888, 999)]
    meet = {"type": "MEET", "start": 0, "end": 6, "participants": ["e1", "e2"], "place": None}
    ments = [{"start": 14, "end": 18, "entity": "e1"}, {"start": 26, "end": 30, "entity": "e2"}]
    hit, miss = {"events": [meet], "mentions": ments}, {"events": [], "mentions": []}
    golds = {events_dev.EVENTS_TEST: two, events_dev.EVENTS_TEST_3: three}
    outs = {777: hit, 888: hit, 999: miss}
    monkeypatch.setattr(bench, "load", lambda path=None: golds[path])
    monkeypatch.setattr(bench, "run_form", lambda gold, *a: [Pair(g, outs[g.line], 0) for g in gold])
    pooled = [Pair(_article(1, "test", "random"), miss, 0)]
    r2 = bench.events_test_batch(tmp_path, 2, pooled)
    r3 = bench.events_test_batch(tmp_path, 3, pooled)
    assert (r2["r"], r3["r"], r3["gold"]) == (1.0, 0.5, 2)
    r = bench.events_test_pooled(pooled, [2, 3])
    assert (r["p"], r["r"], r["pred"], r["gold"]) == (1.0, 0.5, 2, 4)
    out = [ln for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    assert out[2] == "## events, test batch 3 (2 articles, annotated blind; test: figures only)"
    assert out[4] == (
        "## events, all test batches pooled (main test split + batch 2 + batch 3; 4 articles; "
        "test: figures only)"
    )
    assert out[5].startswith("- P / R (pred, gold): 1.000 / 0.500 (2, 4); place right ")
    assert len(out) == 6 and not any(n in ln for ln in out for n in ("777", "888", "999", "استقبل"))
