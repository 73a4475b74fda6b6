"""The exports (articles.jsonl, entities.jsonl, events.jsonl, stories.jsonl, timeline.html) are
written from marsad.db after each run (`store/exports.py`): after runs over A then B into one
folder they hold what one run over A and B writes, record for record and in the same order;
an article's line keeps the layout `store/layout.article_record` gives it in memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.app import RunResult, run
from marsad.store.events_read import timeline_records
from marsad.store.exports import write_exports
from marsad.store.files import read_jsonl
from marsad.store.layout import article_record
from marsad.store.read import open_readonly
from marsad.stories.publish import page
from tests.conftest import ROOT, SEEDS, need_shared

CORPUS = ROOT / "examples" / "corpus"
JSONL = ("articles.jsonl", "entities.jsonl", "events.jsonl", "stories.jsonl")


def _exports(out: Path) -> dict[str, Any]:
    files: dict[str, Any] = {name: read_jsonl(out / name) for name in JSONL}
    files["timeline.html"] = (out / "timeline.html").read_text(encoding="utf-8")
    return files


def _runs(tmp_path: Path, *batches: list[Path]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The exports of runs over each batch in turn into one folder, and of one run over all."""
    apart, together = tmp_path / "apart", tmp_path / "together"
    for batch in batches:
        run(batch, apart)
    run([p for batch in batches for p in batch], together)
    return _exports(apart), _exports(together)


def _assert_same(apart: dict[str, Any], together: dict[str, Any]) -> None:
    for name in (*JSONL, "timeline.html"):
        assert apart[name] == together[name], name


def test_runs_a_then_b_export_what_one_run_over_a_and_b_does(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    first = [CORPUS / "alwatan", CORPUS / "alkhabar"]
    second = [CORPUS / "wires", CORPUS / "archive", CORPUS / "legacy"]
    apart, together = _runs(tmp_path, first, second)
    _assert_same(apart, together)
    arts = apart["articles.jsonl"]
    order = [(a["path"], a["id"]) for a in arts]
    assert len(arts) == 10 and order == sorted(order)
    # A story of the first run took members of the second: one line for it, with all of them.
    old = {a["id"] for a in arts if a["path"].startswith((str(first[0]), str(first[1])))}
    assert any(old & set(s["articles"]) and set(s["articles"]) - old for s in apart["stories.jsonl"])
    mentioned = {m["article"] for e in apart["entities.jsonl"] for m in e["mentions"]}
    assert old <= mentioned and mentioned - old


def test_seed_runs_one_then_four_export_what_one_run_over_five_does(tmp_path: Path) -> None:
    need_shared("seeds")
    files = sorted(SEEDS.glob("*.txt"))
    apart, together = _runs(tmp_path, files[3:4], files[:3] + files[4:])
    _assert_same(apart, together)
    assert len(apart["articles.jsonl"]) == len(files)


@pytest.mark.xfail(strict=True, reason="not the exports: resolved against entities stored by an earlier run, "
                   "the spellings of Shoigu in seeds 002 and 004 go to other entities than in one run "
                   "over the five, so marsad.db itself differs (issue 18)")
def test_seed_runs_three_then_two_export_what_one_run_over_five_does(tmp_path: Path) -> None:
    need_shared("seeds")
    files = sorted(SEEDS.glob("*.txt"))
    _assert_same(*_runs(tmp_path, files[:3], files[3:]))


def _memory_records(res: RunResult) -> list[dict[str, Any]]:
    """The lines the run's articles in memory make (`layout.article_record`), JSON-parsed."""
    recs = [json.loads(json.dumps(article_record(a), ensure_ascii=False)) for a in res.corpus.articles]
    return sorted(recs, key=lambda r: (r["path"], r["id"]))


def test_a_fresh_run_exports_its_articles_as_they_are_in_memory(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    res = run([CORPUS], tmp_path / "out")
    exported = read_jsonl(tmp_path / "out" / "articles.jsonl")
    expected = _memory_records(res)
    assert exported == expected
    assert all(list(e) == list(m) for e, m in zip(exported, expected, strict=True))  # fields in order
    assert any(a["events"] and a["mentions"] and a["quotes"] and a["segments"] for a in exported)


def test_an_export_is_the_database_whatever_is_in_memory(tmp_path: Path) -> None:
    """Runs write every export from the database, so exporting again changes nothing, and
    timeline.html is the page `marsad timeline` writes."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    out = tmp_path / "out"
    run([CORPUS / "alwatan"], out)
    run([CORPUS / "legacy"], out)
    before = _exports(out)
    again = tmp_path / "again"
    write_exports(again, out / "marsad.db")
    assert _exports(again) == before
    con = open_readonly(out / "marsad.db")
    try:
        recs = timeline_records(con)
    finally:
        con.close()
    assert before["timeline.html"] == page(recs.events, recs.articles, recs.entities, recs.n_stories)
    assert len(before["articles.jsonl"]) == 3
