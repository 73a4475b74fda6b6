"""`timex_dev score` runs marsad in a temporary folder and removes it once scored."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from benchmarks.realtext import runs, timex_dev
from benchmarks.realtext.gold import GoldArticle


def fake_run(gold: list[GoldArticle], form: str, layout: str, work: Path, beside: object = None) -> list:
    out = work / f"{form}-{layout}-out"
    out.mkdir(parents=True)
    (out / "articles.jsonl").write_text("", encoding="utf-8")
    return []


def test_a_score_without_keep_leaves_nothing_behind(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(runs, "run_form", fake_run)
    monkeypatch.setattr(timex_dev, "load", lambda path: [])
    timex_dev.score(None, errors=False, batch=2)
    assert list(tmp_path.iterdir()) == []


def test_a_score_with_keep_keeps_its_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(runs, "run_form", fake_run)
    monkeypatch.setattr(timex_dev, "load", lambda path: [])
    timex_dev.score(tmp_path / "kept", errors=False, batch=2)
    assert (tmp_path / "kept" / "timex-dev-2" / "record-orig-out" / "articles.jsonl").exists()
