"""The exports (articles.jsonl, entities.jsonl, events.jsonl, stories.jsonl, timeline.html) are
written from marsad.db after each run (`report/exports.py`): after runs over A then B into one
folder they hold what one run over A and B writes, record for record and in the same order;
an article's line keeps the layout `report/layout.article_record` gives it in memory."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from marsad import app
from marsad.app import RunResult, run
from marsad.exporting import write_exports
from marsad.report.files import read_jsonl
from marsad.report.layout import article_record
from marsad.report.publish import page
from marsad.store.events_read import timeline_records
from marsad.store.read import open_readonly
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


# What entity resolution gives, as marsad.db holds it: the entities with their variants and
# counts, every mention's entity, the quotes' speakers, the events' participants and places.
ENTITY_TABLES = {
    "entities": "SELECT id, type, name, qid, attrs FROM entities",
    "variants": "SELECT entity, variant, norm, count FROM entity_variants",
    "mentions": "SELECT article, start, end, type, entity, attrs FROM mentions",
    "quotes": "SELECT article, start, end, kind, speaker, attrs FROM quotes",
    "events": "SELECT id, type, plover, place, date, series, round, status FROM events",
    "participants": "SELECT event, entity, role FROM event_participants",
    "event_mentions": "SELECT event, article, start, end, type, attrs FROM event_mentions",
}


def _entity_tables(out: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(out / "marsad.db")
    try:
        return {name: sorted(con.execute(sql), key=repr) for name, sql in ENTITY_TABLES.items()}
    finally:
        con.close()


def _assert_same_entities(tmp_path: Path) -> None:
    apart, together = _entity_tables(tmp_path / "apart"), _entity_tables(tmp_path / "together")
    assert apart["mentions"] and apart["quotes"] and apart["participants"]
    for name in ENTITY_TABLES:
        differ = sorted(set(apart[name]) ^ set(together[name]), key=repr)
        assert apart[name] == together[name], (name, differ[:4])


def test_seed_runs_three_then_two_export_what_one_run_over_five_does(tmp_path: Path) -> None:
    """Seed 002's «سيرجي» is resolved with the second run's evidence too."""
    need_shared("seeds")
    files = sorted(SEEDS.glob("*.txt"))
    _assert_same(*_runs(tmp_path, files[:3], files[3:]))
    _assert_same_entities(tmp_path)


def _without_story(records: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != key} for r in records]


def test_seed_runs_with_shared_names_resolve_what_one_run_does(tmp_path: Path) -> None:
    """Seeds 000, 002 and 003 then 001 and 004: «سيرجي» in 002 (an earlier run's) joins another
    entity with the second run's evidence; the earlier article's events and quotes follow its mentions.
    (000, 002, 004 then 001, 003 no longer restate 002: since «ب.» stays one word, «نيكولاي ب.
    باتروشيف» is one mention that resolves alone.) Story ids are not compared: stories are assigned
    in date order run by run, and a story is named after the first article it was given (001
    comes before 002 by date)."""
    need_shared("seeds")
    files = sorted(SEEDS.glob("*.txt"))
    first, second = [files[0], files[2], files[3]], [files[1], files[4]]
    run(first, tmp_path / "apart")
    again = run(second, tmp_path / "apart")
    run(first + second, tmp_path / "together")
    assert {a.path for a in again.corpus.restated} >= {str(files[2])}  # resolved again, and changed
    _assert_same_entities(tmp_path)
    apart, together = _exports(tmp_path / "apart"), _exports(tmp_path / "together")
    assert apart["entities.jsonl"] == together["entities.jsonl"]
    for name, key in (("articles.jsonl", "story"), ("events.jsonl", "stories")):
        assert _without_story(apart[name], key) == _without_story(together[name], key), name


def _memory_records(res: RunResult) -> list[dict[str, Any]]:
    """The lines the run's articles in memory make (`layout.article_record`), JSON-parsed."""
    recs = [json.loads(json.dumps(article_record(a), ensure_ascii=False)) for a in res.corpus.articles]
    return sorted(recs, key=lambda r: (r["path"], r["id"]))


def test_a_fresh_run_exports_its_articles_as_they_are_in_memory(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    # Saved at the end, its articles stay whole in memory (saved ahead, they are kept compact:
    # the same database and exports, tests/test_layers_ahead.py).
    monkeypatch.setattr(app, "ahead_origins", lambda *_: None)
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
