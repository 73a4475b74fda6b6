"""The junk test batch (stratum junk-test-2, tests/data/realtext/junk_test.jsonl) is test data:
its rows are split test, and no tool lists a test row's errors (`errors`, `junk_dev score`):
they print figures only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from benchmarks.realtext import errors, gold, junk_dev
from benchmarks.realtext.gold import GoldArticle, build_units
from benchmarks.realtext.measure import Pair
from benchmarks.realtext.quotes_dev import HELD_OUT_STRATA

CONTENT = "الرياض - واس\nقال الوزير إن المشروع اكتمل. سمات مشروع وزير\n"
JUNK_LINE = "الرياض - واس"


def _article(line: int, split: str, stratum: str = "junk-dev") -> GoldArticle:
    """A gold article whose first line is junk (a dateline) and second line body."""
    art = GoldArticle(
        line=line, source="was", split=split, stratum=stratum, region_end=len(CONTENT),
        record={"content": CONTENT, "title": "t"}, title_hash=None, published=[None],
        segments=[(0, len(JUNK_LINE), "junk:dateline"), (len(JUNK_LINE) + 1, len(CONTENT) - 1, "body")],
        mentions=[], neutral=[], timexes=[], events=[], quotes=[],
    )
    build_units(art)
    return art


def _kept_run(folder: Path, arts: list[GoldArticle], run: str = "record-orig-out") -> None:
    """A kept run in which marsad kept every character (the dateline too): one error each."""
    out = folder / run
    out.mkdir(parents=True)
    rows = [
        {"path": f"records.jsonl#{i}", "title": None,
         "segments": [{"start": 0, "end": len(CONTENT), "role": "body"}]}
        for i, _ in enumerate(arts)
    ]
    (out / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_the_batch_is_test_rows_of_its_own_stratum() -> None:
    rows = [json.loads(ln) for ln in junk_dev.JUNK_TEST.read_text(encoding="utf-8").splitlines()]
    arts = [r for r in rows if r.get("kind") == "article"]
    assert len(arts) == 100
    assert {r["split"] for r in arts} == {"test"}
    assert {r["stratum"] for r in arts} == {junk_dev.TEST2}
    assert "split test" in rows[0]["text"].lower()


def test_a_test_stratum_draws_test_rows() -> None:
    records = [{"source": s, "content": f"نص {i}"} for i, s in enumerate(["a", "b"] * 3)]
    rows = junk_dev.draw_fresh(records, 47, 2, set(), junk_dev.TEST2, 1500)
    assert {r["split"] for r in rows} == {"test"}
    assert {r["split"] for r in junk_dev.draw_fresh(records, 47, 2, set(), junk_dev.FRESH2)} == {"dev"}


def test_listable_keeps_dev_rows_only() -> None:
    dev, test = _article(1, "dev"), _article(2, "test", junk_dev.TEST2)
    held = _article(3, "dev", next(iter(HELD_OUT_STRATA)))
    pairs = [Pair(a, {}, 0) for a in (dev, test, held)]
    assert [p.gold.line for p in errors.listable(pairs)] == [1]


def test_errors_refuses_the_test_split(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert errors.main([str(tmp_path), "--split", "test", "--layer", "junk"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "never listed" in err


def test_errors_lists_no_test_row_of_a_dev_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    arts = [_article(11, "dev"), _article(22, "test", junk_dev.TEST2)]
    _kept_run(tmp_path / "junk-dev", arts)
    monkeypatch.setattr(errors, "load", lambda path=None: arts)
    assert errors.main([str(tmp_path), "--gold", "junk-dev", "--layer", "junk"]) == 0
    out = capsys.readouterr().out
    assert "11 KEPT JUNK" in out  # the dev row's error is listed
    assert "22 " not in out  # the test row's is not


def test_junk_dev_score_prints_the_test_batch_as_figures_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    arts = [_article(33, "test", junk_dev.TEST2), _article(44, "test", junk_dev.TEST2)]
    for run in ("record-orig-out", "record-flat-out"):
        _kept_run(tmp_path / junk_dev.TEST_FOLDER, arts, run)
    monkeypatch.setattr(gold, "load", lambda path=None: arts if path == junk_dev.JUNK_TEST else [])
    assert junk_dev.score_parts(tmp_path) == 0
    lines = capsys.readouterr().out.splitlines()
    figures = re.compile(
        r"^(orig|flat) test batch 2 \(figures only\): junk drop \d\.\d{3} \(\d+\), "
        r"body keep \d\.\d{3} \(\d+\), title \d\.\d{3}$"
    )
    assert len(lines) == 2
    assert all(figures.match(ln) for ln in lines), lines
    assert "junk drop 0.000 (2)" in lines[0]  # both datelines kept: the figure says so, nothing more
    assert not any(JUNK_LINE in ln or "33" in ln or "44" in ln for ln in lines)


@pytest.mark.shared
def test_the_batch_loads_hash_checked_over_every_outlet() -> None:
    from tests.conftest import need_shared

    need_shared("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    batch = gold.load(junk_dev.JUNK_TEST)
    assert len({g.source for g in batch}) == 14
    for g in batch:
        for s, e, role in g.segments:
            piece = g.content[s:e]
            assert 0 <= s < e <= g.region_end and piece.strip() == piece, (g.line, role)
    assert sum(len(g.junk_units) for g in batch) >= 25 and sum(len(g.body_units) for g in batch) >= 500
    assert all(g.title_hash is not None for g in batch)
    assert not any(g.mentions or g.events or g.quotes or g.timexes for g in batch)
