"""The quotations test batch (stratum quotes-test-2, tests/data/realtext/quotes_test_2.jsonl) is test
data: its rows are split test, no tool lists their errors (`errors` has no gold for it and drops test
rows of any gold; `quotes_rerun --errors` lists dev rows only), and the benchmark and `quotes_rerun`
print its figures only, apart and pooled with the main gold's test split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.realtext import errors, quotes_dev, quotes_rerun
from benchmarks.realtext import extra_golds as bench
from benchmarks.realtext.gold import GoldArticle, Mention, Quote, build_units
from benchmarks.realtext.measure import Pair

CONTENT = "قال الوزير خالد إن الاجتماع كان ناجحا.\n"
SAID = (CONTENT.index("الاجتماع"), CONTENT.index("ناجحا") + len("ناجحا"))
KHALID = (CONTENT.index("خالد"), CONTENT.index("خالد") + len("خالد"))
# A prediction with the quotation and its speaker right, and one with nothing.
HIT = {"quotes": [{"start": SAID[0], "end": SAID[1], "speaker": "e1"}],
       "mentions": [{"start": KHALID[0], "end": KHALID[1], "entity": "e1"}]}
MISS: dict = {"quotes": [], "mentions": []}


def _rows() -> list[dict]:
    lines = quotes_dev.QUOTES_TEST_2.read_text(encoding="utf-8").splitlines()
    return [json.loads(ln) for ln in lines if ln.strip()]


def _article(line: int, split: str, stratum: str) -> GoldArticle:
    """A gold article with one indirect quotation of a named minister."""
    art = GoldArticle(
        line=line, source="was", split=split, stratum=stratum, region_end=len(CONTENT),
        record={"content": CONTENT, "title": "t"}, title_hash=None, published=[None],
        segments=[(0, len(CONTENT) - 1, "body")], mentions=[Mention(*KHALID, "PER", "khalid")],
        neutral=[], timexes=[], events=[], quotes=[Quote(*SAID, "khalid", "indirect")],
    )
    build_units(art)
    return art


def test_the_batch_is_registered_once() -> None:
    assert bench.QUOTES_TEST_BATCHES == {2: (quotes_dev.QUOTES_TEST_2, quotes_dev.STRATUM_TEST_2)}
    assert set(quotes_dev.TEST_STRATA) == {quotes_dev.STRATUM_TEST_2}


def test_the_batch_is_test_rows_of_its_own_stratum() -> None:
    rows = _rows()
    arts = [r for r in rows if r.get("kind") == "article"]
    assert len(arts) == 30
    assert {r["split"] for r in arts} == {"test"}
    assert {r["stratum"] for r in arts} == {quotes_dev.STRATUM_TEST_2}
    assert rows[0]["text"] == quotes_dev.ABOUT_TEST_2
    assert "TEST" in rows[0]["text"] and "blind" in rows[0]["text"] and "batch 2" in rows[0]["text"]
    assert sum(len(r["quotes"]) for r in arts) >= 150
    assert not any(r["events"] or r["timexes"] for r in arts)


def test_no_row_of_the_batch_is_listable() -> None:
    arts = [_article(r["line"], r["split"], r["stratum"]) for r in _rows() if "line" in r]
    dev = _article(1, "dev", "quotes-dev")
    assert [p.gold.line for p in errors.listable([Pair(a, {}, 0) for a in [dev, *arts]])] == [1]


def test_errors_has_no_gold_for_the_batch() -> None:
    assert all(path != quotes_dev.QUOTES_TEST_2 for _, path, _ in errors.EXTRA_GOLDS.values())
    with pytest.raises(SystemExit):
        errors.main(["/nonexistent", "--gold", "quotes-test-2"])


def test_a_test_stratum_draws_test_rows_and_every_other_more_draw_dev_rows() -> None:
    text = "قال الوزير وأكد المسؤول وأوضح المتحدث وأضاف المصدر وصرح مسؤول. " * 2
    records = [{"source": s, "content": text} for s in ["a", "b"] * 4]
    test = quotes_dev.draw_more(records, 269, 4, {0}, quotes_dev.STRATUM_TEST_2)
    assert {r["split"] for r in test} == {"test"} and {r["stratum"] for r in test} == {"quotes-test-2"}
    assert 0 not in {r["line"] for r in test}
    dev = quotes_dev.draw_more(records, 269, 4, {0}, "quotes-dev-fresh17")
    assert {r["split"] for r in dev} == {"dev"}
    assert [r["line"] for r in dev] == [r["line"] for r in test]  # the label alone differs


def test_the_benchmark_prints_the_batch_and_every_test_batch_pooled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The batch's line and the pooled line, figures only; the pool measures the main test split's
    pairs and the batch's at once (not an average of the figures)."""
    batch = [_article(n, "test", quotes_dev.STRATUM_TEST_2) for n in (777, 888)]
    outs = {777: HIT, 888: MISS}
    monkeypatch.setattr(bench, "load", lambda path=None: batch if path == quotes_dev.QUOTES_TEST_2 else [])
    monkeypatch.setattr(bench, "run_form", lambda gold, *a: [Pair(g, outs[g.line], 0) for g in gold])
    pooled = [Pair(_article(1, "test", "random"), HIT, 0), Pair(_article(2, "test", "random"), HIT, 0)]
    r = bench.quotes_test_batch(tmp_path, 2, pooled)
    assert (r["p"], r["r"], r["pred"], r["gold"], r["speaker_right"]) == (1.0, 0.5, 1, 2, 1.0)
    rp = bench.quotes_test_pooled(pooled, [2])
    assert (rp["p"], rp["r"], rp["pred"], rp["gold"]) == (1.0, 0.75, 3, 4)
    out = [ln for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    assert out == [
        "## quotes, test batch 2 (2 articles, annotated blind; test: figures only)",
        "- span P / R (pred, gold): 1.000 / 0.500 (1, 2); speaker right 1.000",
        "## quotes, all test batches pooled (main test split + batch 2; 4 articles; test: figures only)",
        "- span P / R (pred, gold): 1.000 / 0.750 (3, 4); speaker right 1.000",
    ]


def test_quotes_rerun_prints_the_batch_and_never_lists_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main_gold = [_article(1, "dev", "random"), _article(2, "test", "random")]
    extra = [_article(3, "dev", "quotes-dev")]
    batch = [_article(777, "test", quotes_dev.STRATUM_TEST_2)]
    golds = {quotes_dev.QUOTES_TEST_2: batch, quotes_dev.QUOTES_DEV: extra}
    monkeypatch.setattr(quotes_rerun, "load", lambda path: golds.get(path, main_gold))
    monkeypatch.setattr(quotes_rerun, "rerun", lambda run, gold, start=None: [Pair(g, MISS, 0) for g in gold])
    run = tmp_path / quotes_dev.STRATUM_TEST_2 / "record-orig-out"
    run.mkdir(parents=True)
    (run / "marsad.db").write_bytes(b"")
    listing = tmp_path / "errors.txt"
    assert quotes_rerun.main([str(tmp_path), "--errors", str(listing)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-3].startswith("test batch 2 (figures only)") and "(0, 1)" in out[-3]
    assert out[-2].startswith("all test pooled (figures only)") and "(0, 2)" in out[-2]
    assert out[-1].startswith("cost ") and out[-1].endswith(" s (steps run again: quotes)")
    listed = listing.read_text(encoding="utf-8")
    assert "3 MISSED" in listed and "1 MISSED" in listed
    assert "777" not in listed and "2 MISSED" not in listed
