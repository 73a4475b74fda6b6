"""The application shell (`marsad.app`): one library call per run, one transaction per
run. A corpus step that fails leaves the database and the exports exactly as they were;
`marsad.process` analyses one text in memory."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

import marsad
from marsad import app
from marsad.pipeline import DEFAULT_STEPS, get_step
from marsad.steps import base
from marsad.steps.base import CorpusStep, registered

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "corpus"
CORPUS_STEPS = [n for n in DEFAULT_STEPS if isinstance(get_step(n), CorpusStep)]
TEXT = ("الرياض 12 مارس 2024 (واس) - استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض "
        "اليوم نظيره التركي هاكان فيدان، وبحث الجانبان العلاقات الثنائية.\n"
        "وقال فيدان إن بلاده تدعم الحل السياسي في اليمن.")


_STAMP = re.compile(r"'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^']*'")  # when a row was written


def _dump(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [_STAMP.sub("'T'", line) for line in con.iterdump() if "schema_version" not in line]
    finally:
        con.close()


def _exports(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in (".jsonl", ".html")}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("app") / "out"
    result = marsad.run([SAMPLE / "alkhabar", SAMPLE / "wires"], out)
    assert result.corpus.articles and not result.skipped
    return out


def test_the_corpus_steps_are_the_ones_that_keep_state() -> None:
    assert {"dedup", "stories", "merge_events", "resolve_entities"} <= set(CORPUS_STEPS)


@pytest.mark.parametrize("step", CORPUS_STEPS)
def test_a_failing_corpus_step_writes_nothing(first_run: Path, step: str, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("marsad.db",):
        (out / name).write_bytes((first_run / name).read_bytes())
    for name, data in _exports(first_run).items():
        (out / name).write_bytes(data)
    before_db, before_files = _dump(out / "marsad.db"), _exports(out)

    real = registered()[step]

    def boom(corpus: object) -> None:
        raise RuntimeError("injected failure")

    monkeypatch.setitem(base._REGISTRY, step, CorpusStep(real.name, real.requires, real.provides, boom))
    with pytest.raises(app.RunFailed, match=step):
        marsad.run([SAMPLE / "alwatan", SAMPLE / "archive"], out)
    assert _dump(out / "marsad.db") == before_db
    assert _exports(out) == before_files


def test_a_run_after_a_failed_one_is_the_run_it_would_have_been(first_run: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    failed, clean = tmp_path / "failed", tmp_path / "clean"
    for out in (failed, clean):
        out.mkdir()
        (out / "marsad.db").write_bytes((first_run / "marsad.db").read_bytes())
    real = registered()["stories"]

    def boom(corpus: object) -> None:
        raise RuntimeError("injected failure")

    with monkeypatch.context() as m:
        m.setitem(base._REGISTRY, "stories", CorpusStep(real.name, real.requires, real.provides, boom))
        with pytest.raises(app.RunFailed):
            marsad.run([SAMPLE / "alwatan"], failed)
    marsad.run([SAMPLE / "alwatan"], failed)
    marsad.run([SAMPLE / "alwatan"], clean)
    assert _dump(failed / "marsad.db") == _dump(clean / "marsad.db")


def test_process_analyses_one_text_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    art = marsad.process(TEXT, title="فيصل بن فرحان يستقبل فيدان", published="2024-03-12")
    names = {art.text[m.start:m.end] for m in art.layer("mentions")}
    assert "هاكان فيدان" in names and "الرياض" in names
    assert art.published.date == "2024-03-12"
    assert any(q.label in ("direct", "indirect") for q in art.layer("quotes"))
    assert art.layer("events") and art.layer("timexes")
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_process_needs_no_title_and_keeps_the_text_untouched() -> None:
    art = marsad.process(TEXT)
    assert art.text == TEXT and art.segments("body")


TABLES = {
    "entities": "SELECT id, type, name, qid FROM entities",
    "variants": "SELECT entity, variant, count FROM entity_variants",
    "mentions": "SELECT a.path, m.start, m.end, m.entity FROM mentions m JOIN articles a ON a.id = m.article",
    "events": "SELECT id, type, date, place, status FROM events",
    "participants": "SELECT event, entity, role FROM event_participants",
    "event_mentions": "SELECT event, article, start FROM event_mentions",
    "stories": "SELECT article, story FROM story_members",
}


def _tables(db: Path) -> dict[str, set[tuple[object, ...]]]:
    con = sqlite3.connect(db)
    try:
        return {name: set(con.execute(sql)) for name, sql in TABLES.items()}
    finally:
        con.close()


def test_runs_a_then_b_give_what_one_run_over_a_and_b_gives(tmp_path: Path) -> None:
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is absent")
    marsad.run([seeds], tmp_path / "ab")
    marsad.run([SAMPLE], tmp_path / "ab")
    marsad.run([seeds, SAMPLE], tmp_path / "both")
    ab, both = _tables(tmp_path / "ab" / "marsad.db"), _tables(tmp_path / "both" / "marsad.db")
    assert ab["events"] and ab["variants"]
    for name in TABLES:
        assert ab[name] == both[name], (name, sorted(ab[name] ^ both[name], key=str)[:5])


def test_the_issue_one_liner_reads_mentions_from_process() -> None:
    seed = ROOT.parent / "shared" / "seeds" / "000_10f54bb9372ef622.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is absent")
    art = marsad.process(seed.read_text(encoding="utf-8"))
    assert art.mentions[:3] == art.layer("mentions")[:3] and len(art.mentions) >= 3
    assert art.events == art.layer("events") and art.quotes == art.layer("quotes")


def test_a_renaming_is_one_to_one_between_old_and_new_entity_ids() -> None:
    """An earlier article whose entities only changed ids has its quotes and events renamed;
    one whose entities split, merged or lost an id has them found again."""
    from marsad.steps.resolve import renaming

    assert renaming(["a", "b", "a"], ["x", "y", "x"]) == {"a": "x", "b": "y"}
    assert renaming(["a", "b"], ["b", "a"]) == {"a": "b", "b": "a"}  # swapped: renamed at once
    assert renaming(["a", "b"], ["a", "y"]) == {"b": "y"}
    assert renaming(["a", "a"], ["x", "y"]) is None  # split
    assert renaming(["a", "b"], ["x", "x"]) is None  # merged
    assert renaming([None, "b"], ["x", "y"]) is None  # read by its text before
    assert renaming(["a", "b"], [None, "y"]) is None
    assert renaming([None, "b"], [None, "y"]) == {"b": "y"}
