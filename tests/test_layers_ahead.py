"""A run writes its articles' rows and layers while its workers process the next chunk
(`store.layers_ahead.save_ahead`, the pipeline's `collected`) and keeps only what the corpus
steps read of them: the database and the exports are those of a run that writes them all at
the end; a run whose articles are stored already (by id or by origin) or that reads a path
(or a place) twice writes them at the end."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

import marsad
from marsad import app
from marsad.model import Article
from marsad.store.layers_ahead import AHEAD_ROWS, ahead_origins, prepare_rows, save_ahead
from marsad.store.sqlite import connect, origin_of, save_article_rows, save_layer_rows
from tests.test_app import SAMPLE, _dump, _exports

INPUTS = [SAMPLE / "alkhabar", SAMPLE / "wires"]


def _run(out: Path, monkeypatch: pytest.MonkeyPatch, ahead: bool, inputs: list[Path] = INPUTS) -> list[int]:
    """Run `inputs` into `out`, saving layers ahead or not; how many articles each save ahead took."""
    calls: list[int] = []
    real = app.save_ahead

    def spy(con: sqlite3.Connection, arts: list[Article],
            origins: dict[str, str | None] | None = None) -> None:
        calls.append(len(arts))
        real(con, arts, origins)

    with monkeypatch.context() as m:
        m.setattr(app, "save_ahead", spy)
        if not ahead:
            m.setattr(app, "ahead_origins", lambda *_: None)
        marsad.run(inputs, out, jobs=2)
    return calls


@pytest.fixture(scope="module")
def late(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("late") / "out"
    with pytest.MonkeyPatch.context() as m:
        assert _run(out, m, ahead=False) == []
    return out


def test_layers_saved_ahead_make_the_same_database_and_exports(late: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    early = tmp_path / "early"
    saved = _run(early, monkeypatch, ahead=True)
    con = sqlite3.connect(early / "marsad.db")
    try:
        articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    assert saved and sum(saved) == articles
    assert _dump(early / "marsad.db") == _dump(late / "marsad.db")
    assert _exports(early) == _exports(late)


def test_a_later_run_with_new_articles_saves_ahead_the_same_rows(late: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    early, end = tmp_path / "early", tmp_path / "end"
    for out in (early, end):
        out.mkdir()
        (out / "marsad.db").write_bytes((late / "marsad.db").read_bytes())
    assert _run(early, monkeypatch, ahead=True, inputs=[SAMPLE / "alwatan"])
    assert _run(end, monkeypatch, ahead=False, inputs=[SAMPLE / "alwatan"]) == []
    assert _dump(early / "marsad.db") == _dump(end / "marsad.db")
    assert _exports(early) == _exports(end)


def test_a_second_run_over_the_same_inputs_saves_at_the_end(late: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "marsad.db").write_bytes((late / "marsad.db").read_bytes())
    assert _run(out, monkeypatch, ahead=True) == []


def test_layers_go_ahead_only_for_new_articles_read_once(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("نص الخبر", encoding="utf-8")
    a = Article(path=str(f), text="نص الخبر", id="a1")
    newer = Article(path=str(f), text="نص آخر", id="a2")
    other = Article(path=str(tmp_path / "b.txt"), text="خبر", id="b1")
    con = connect(tmp_path / "marsad.db")
    try:
        assert ahead_origins(con, [a, other], []) is not None
        # the origins found once, for `save_ahead`: b.txt does not exist, so it has none
        assert ahead_origins(con, [a, other], []) == {a.path: str(f.resolve()), other.path: None}
        assert ahead_origins(con, [a], [Article(path=a.path, text="x", id="d1")]) is None  # a path read twice
        same = Article(path=str(tmp_path / "." / "a.txt"), text="x", id="d2")
        assert ahead_origins(con, [a], [same]) is None  # one place read under two paths
        con.execute("INSERT INTO articles (id, path, text, body, updated, origin)"
                    " VALUES ('a1', ?, 'x', 'x', 'T', ?)", (a.path, str(f.resolve())))
        assert ahead_origins(con, [a], []) is None  # stored by id
        assert ahead_origins(con, [newer], []) is None  # a newer version of a stored origin
        assert ahead_origins(con, [other], []) is not None
    finally:
        con.close()


def test_articles_saved_ahead_keep_only_what_the_corpus_steps_read(tmp_path: Path) -> None:
    result = marsad.run(INPUTS, tmp_path / "out", jobs=2)
    assert result.corpus.articles
    for a in result.corpus.articles:
        assert a.text == "" and set(a.layers) <= {"events"}
    con = sqlite3.connect(tmp_path / "out" / "marsad.db")
    try:
        stored = dict(con.execute("SELECT id, story FROM articles"))
        assert all(len(text) > 0 for (text,) in con.execute("SELECT text FROM articles"))
    finally:
        con.close()
    assert {a.id: a.story for a in result.corpus.articles}.items() <= stored.items()
    assert any(a.story for a in result.corpus.articles)


def test_articles_saved_ahead_are_indexed_ahead_and_the_end_finds_them_current(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ahead: list[int] = []
    at_end: list[int] = []
    real_ahead, real_update = app.index_ahead, app.update_index

    def spy_ahead(con: sqlite3.Connection, arts: list[Article]) -> int:
        ahead.append(real_ahead(con, arts))
        return ahead[-1]

    def spy_update(con: sqlite3.Connection, *args: object) -> int:
        at_end.append(real_update(con, *args))  # type: ignore[arg-type]
        return at_end[-1]

    monkeypatch.setattr(app, "index_ahead", spy_ahead)
    monkeypatch.setattr(app, "update_index", spy_update)
    marsad.run(INPUTS, tmp_path / "out", jobs=2)
    con = sqlite3.connect(tmp_path / "out" / "marsad.db")
    try:
        indexed = con.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0]
        originals = con.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]
    finally:
        con.close()
    assert indexed == originals == sum(ahead) > 0
    assert at_end == [0]


def test_rows_saved_ahead_are_made_where_the_stages_ran(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers make the rows (`prepare_rows`) and send the articles back without their
    text and written layers: the driver only hands the rows to SQLite."""
    seen: list[tuple[bool, str, set[str]]] = []
    real = app.save_ahead

    def spy(con: sqlite3.Connection, arts: list[Article],
            origins: dict[str, str | None] | None = None) -> None:
        seen.extend((AHEAD_ROWS in a.prepared, a.text, set(a.layers)) for a in arts)
        real(con, arts, origins)

    monkeypatch.setattr(app, "save_ahead", spy)
    marsad.run(INPUTS, tmp_path / "out", jobs=2)
    assert seen and all(made and text == "" and layers <= {"events"} for made, text, layers in seen)


def _table_rows(con: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)  # noqa: S608
            for t in ("segments", "mentions", "timexes", "quotes")} | {
        "articles": sorted(con.execute("SELECT id, path, title, text, body, published_json, flags, meta,"
                                       " origin FROM articles").fetchall(), key=repr)}


def test_rows_made_ahead_or_here_are_the_rows_the_store_writes(tmp_path: Path) -> None:
    texts = ["التقى وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم نظيره الأمريكي.",
             "أعلنت وزارة الصحة يوم الاثنين أن الملك سلمان بن عبدالعزيز افتتح المستشفى في جدة."]
    arts = [marsad.process(t, title=f"خبر {k}", path=str(tmp_path / f"{k}.txt")) for k, t in enumerate(texts)]
    assert any(a.layer("mentions") for a in arts)
    whole = [pickle.loads(pickle.dumps(a)) for a in arts]
    mixed = [pickle.loads(pickle.dumps(a)) for a in arts]
    prepare_rows(mixed[:1])  # the first as a worker sends it back, the second made in `save_ahead`
    app.drop_written(mixed[0])
    found = {}
    for name, batch in (("store", whole), ("ahead", mixed)):
        con = connect(tmp_path / f"{name}.db")
        try:  # read inside the transaction (its mentions' entities are not stored: no commit)
            if name == "store":
                save_article_rows(con, batch, [origin_of(a.path) for a in batch])
                save_layer_rows(con, batch)
            else:
                save_ahead(con, batch, None)
            found[name] = _table_rows(con)
        finally:
            con.rollback()
            con.close()
    assert found["ahead"] == found["store"]
    assert found["store"]["mentions"] and len(found["store"]["articles"]) == 2
