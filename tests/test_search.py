"""Full-text search: Arabic folding and clitics (`marsad.search`), the FTS5 index kept current
with the articles (`marsad.search_index`, `store/search.py`) and `marsad index`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad import search_index
from marsad.cli.main import app
from marsad.model import Article, Corpus, Entity, MentionAttrs, Outcome, Published, SegmentAttrs, Span
from marsad.pipeline import Pipeline
from marsad.reading.search import Filters, entity_ids, search
from marsad.search.document import Document, document, kept_spans
from marsad.search.highlight import hits, snippet
from marsad.search.query import fts_expression, parse
from marsad.search.words import forms, key, matches, tokens
from marsad.search_index import PREPARED, prepare, prepared_documents, rebuild_index, update_index
from marsad.store.sqlite import connect, save_corpus


@pytest.mark.parametrize(("written", "searched"), [
    ("أحمد", "احمد"), ("إبراهيم", "ابراهيم"), ("آمال", "امال"),  # hamza and madda on alef
    ("مدرسة", "مدرسه"), ("مصطفى", "مصطفي"),  # ta marbuta, alef maqsura
    ("مُحَمَّدٌ", "محمد"), ("الـريـاض", "الرياض"),  # diacritics, tatweel
    ("Reuters", "reuters"), ("٢٠٢٤", "2024"),
])
def test_spelling_variants_fold_to_one_word(written: str, searched: str) -> None:
    assert tokens(written) == tokens(searched)
    assert len(tokens(written)) == 1


@pytest.mark.parametrize("written", ["بالرياض", "للرياض", "والرياض", "فالرياض", "وبالرياض", "الرياض"])
def test_a_word_is_found_behind_its_proclitics(written: str) -> None:
    assert matches(tokens(written)[0], "الرياض")
    assert key("الرياض") in forms(tokens(written)[0]) or tokens(written)[0] == "الرياض"


def test_a_bare_name_is_found_behind_a_conjunction_but_another_word_is_not() -> None:
    assert matches("وبوتين", "بوتين") and matches("لبوتين", "بوتين")
    assert not matches("رياضه", "الرياض")  # رياضة (sport) is not الرياض
    assert not matches("الرياض", "رياضه")
    assert forms("ولد") == frozenset()  # too short to carry a clitic


def test_a_query_reads_words_and_phrases_and_never_passes_syntax_through() -> None:
    q = parse('الملك «ولي العهد» AND "مجلس الأمن NEAR(')
    assert [t.words for t in q.terms] == [("الملك",), ("ولي", "العهد"), ("and",), ("مجلس", "الامن", "near")]
    expr = fts_expression(q)
    assert '"ولي العهد" OR ' in expr and '"لولي العهد"' in expr
    assert '(forms : "ملك")' in expr.replace('{title body} : "الملك" OR ', "")
    assert parse('"  ""  ،،').empty


def test_hits_land_on_the_original_text_exactly() -> None:
    text = "عنوان\nزار الرئيسُ مدينةَ الـرياضِ أمس، وقال إنّ بالرياض مُستقبلاً.\nروابط ذات صلة: الرياض"
    body = (6, text.index("\nروابط"))
    found = hits(text, [body], parse("الرياض"))
    assert [text[s:e] for s, e in found] == ["الـرياضِ", "بالرياض"]  # the related line is not kept text
    phrase = hits(text, [body], parse('"مدينة الرياض"'))
    assert [text[s:e] for s, e in phrase] == ["مدينةَ الـرياضِ"]
    behind = hits(text, [body], parse('"الرئيس مدينة"'))
    assert [text[s:e] for s, e in behind] == ["الرئيسُ مدينةَ"]


def test_an_article_never_cut_into_segments_is_searched_whole() -> None:
    assert kept_spans([], 12) == [(0, 12)]
    assert document(None, "زار الرياض", []).body == "زار الرياض"
    assert document(None, "زار الرياض", [(0, 3, "boilerplate")]).body == ""


def test_a_snippet_is_about_thirty_words_around_the_first_hit() -> None:
    words = [f"كلمة{i}" for i in range(100)]
    words[60] = "القاهرة"
    text = " ".join(words)
    found = hits(text, [(0, len(text))], parse("القاهرة"))
    snip = snippet(text, [(0, len(text))], found)
    assert snip.cut_before and snip.cut_after
    assert [p for p, hit in snip.pieces if hit] == ["القاهرة"]
    assert 25 <= len(snip.text.split()) <= 30
    assert snip.text.split().index("القاهرة") == 8


def _article(path: str, title: str, body: str, junk: str = "", source: str = "وكالة",
             date: str = "2024-05-01", entity: str | None = None) -> Article:
    text = f"{title}\n{body}" + (f"\n{junk}" if junk else "")
    art = Article(path=path, text=text, title=title, source=source)
    spans = [Span(0, len(title), "title", SegmentAttrs()),
             Span(len(title) + 1, len(title) + 1 + len(body), "body", SegmentAttrs())]
    if junk:
        spans.append(Span(len(title) + 2 + len(body), len(text), "related", SegmentAttrs()))
    art.set_layer("segments", spans)
    art.published = Published(date=date, source="test")
    if entity:
        at = text.index(entity)
        art.set_layer("mentions", [Span(at, at + len(entity), "PER", MentionAttrs(entity="e1"))])
    return art


def _save(con: sqlite3.Connection, arts: list[Article]) -> None:
    corpus = Corpus(articles=arts)
    corpus.entities["e1"] = Entity("e1", "PER", "محمد بن سلمان", {"ابن سلمان": 1})
    save_corpus(con, corpus, [Outcome(a.path, "ok") for a in arts])


@pytest.fixture()
def con(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    monkeypatch.chdir(tmp_path)  # the inputs exist, so a changed one replaces its old version
    for name in ("a.txt", "b.txt", "c.txt"):
        Path(name).write_text("an input", encoding="utf-8")
    con = connect(tmp_path / "marsad.db")
    con.row_factory = sqlite3.Row
    _save(con, [
        _article("a.txt", "ولي العهد يستقبل الوفد", "استقبل ولي العهد ابن سلمان الوفد بالرياض اليوم.",
                 junk="اقرأ أيضا: القاهرة تستضيف القمة", date="2024-05-02", entity="ابن سلمان"),
        _article("b.txt", "قمة في القاهرة", "تستضيف القاهرة قمة عربية، وقال الوزير إن الرياض تشارك.",
                 source="صحيفة", date="2024-06-10"),
        _article("c.txt", "Reuters report", "قال مسؤولون لرويترز إن المحادثات مستمرة في جدة",
                 date="2023-01-01"),
    ])
    update_index(con)
    con.commit()
    return con


def _ids(con: sqlite3.Connection, q: str, f: Filters | None = None, entity: str | None = None) -> list[str]:
    page = search(con, q, f or Filters(), entity, 20, 0)
    return [r.title for r in page.results]


def test_search_finds_by_folded_words_clitics_and_phrases(con: sqlite3.Connection) -> None:
    assert sorted(_ids(con, "الرياض")) == ["قمة في القاهرة", "ولي العهد يستقبل الوفد"]
    assert _ids(con, "القاهره") == ["قمة في القاهرة"]  # the related line of a.txt is not indexed
    assert _ids(con, '"ولي العهد" الوفد') == ["ولي العهد يستقبل الوفد"]
    assert _ids(con, '"العهد ولي"') == []
    assert _ids(con, '"الوزير إن الرياض"') == ["قمة في القاهرة"]
    assert _ids(con, '"وزير إن الرياض"') == ["قمة في القاهرة"]  # its first word behind the article
    assert _ids(con, '"الوزير الرياض"') == []
    assert _ids(con, "reuters") == ["Reuters report"]
    assert _ids(con, "الرياض جدة") == []  # every word must match


def test_filters_narrow_the_results_and_browse_goes_newest_first(con: sqlite3.Connection) -> None:
    assert _ids(con, "الرياض", Filters(first="2024-06-01")) == ["قمة في القاهرة"]
    assert _ids(con, "الرياض", Filters(last="2024-05-31")) == ["ولي العهد يستقبل الوفد"]
    assert _ids(con, "الرياض", Filters(outlet="صحيفة")) == ["قمة في القاهرة"]
    assert _ids(con, "الرياض", entity="e1") == ["ولي العهد يستقبل الوفد"]
    assert _ids(con, "", entity="محمد بن سلمان") == ["ولي العهد يستقبل الوفد"]
    assert _ids(con, "", entity="لا أحد بهذا الاسم") == []
    assert _ids(con, "", Filters(first="2023-06-01")) == ["قمة في القاهرة", "ولي العهد يستقبل الوفد"]
    page = search(con, "", Filters(), None, 2, 2)
    assert page.total == 3 and [r.title for r in page.results] == ["Reuters report"]


def test_the_index_follows_a_rerun_that_changes_or_removes_an_article(con: sqlite3.Connection) -> None:
    assert update_index(con) == 0  # current: nothing to do
    body = "تستضيف القاهرة قمة عربية، وقال الوزير إن الرياض تشارك."
    _save(con, [_article("b.txt", "قمة في القاهرة", body, source="صحيفة", date="2024-06-10")])
    con.execute("UPDATE articles SET updated = '2999-01-01' WHERE path = 'b.txt'")
    assert update_index(con) == 0  # saved again unchanged: only marked current
    assert con.execute("SELECT d.updated FROM search_docs d JOIN articles a ON a.id = d.article"
                       " WHERE a.path = 'b.txt'").fetchone()[0] == "2999-01-01"
    _save(con, [_article("b.txt", "قمة في القاهرة", "تستضيف القاهرة قمة عربية في جدة", source="صحيفة")])
    assert update_index(con) >= 2  # the old version dropped, the new one indexed
    assert _ids(con, "الرياض") == ["ولي العهد يستقبل الوفد"]
    assert sorted(_ids(con, "جدة")) == ["Reuters report", "قمة في القاهرة"]
    con.execute("DELETE FROM articles WHERE path = 'c.txt'")
    assert update_index(con) == 1
    assert _ids(con, "جدة") == ["قمة في القاهرة"]
    n_docs = con.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    assert n_docs == con.execute("SELECT count(*) FROM search_fts").fetchone()[0] == 2
    assert rebuild_index(con) == 2


def test_marsad_index_rebuilds_the_index_of_an_existing_database(con: sqlite3.Connection,
                                                                 tmp_path: Path) -> None:
    con.execute("DELETE FROM search_fts")
    con.execute("DELETE FROM search_docs")
    con.commit()
    assert _ids(con, "الرياض") == []
    assert not search(con, "الرياض", Filters(), None, 20, 0).indexed  # the page says to run marsad index
    assert len(_ids(con, "")) == 3  # browsing needs no index
    result = CliRunner().invoke(app, ["index", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "3 articles indexed" in result.output
    assert len(_ids(con, "الرياض")) == 2
    missing = CliRunner().invoke(app, ["index", "--out", str(tmp_path / "nothing")])
    assert missing.exit_code == 2


def test_the_cached_name_lookup_sees_a_later_write(con: sqlite3.Connection) -> None:
    assert entity_ids(con, "محمد بن سلمان").ids == ["e1"]
    assert entity_ids(con, "عبد الله الثاني").ids == []
    con.execute("INSERT INTO entities (id, type, name) VALUES ('e2', 'PER', 'عبد الله الثاني')")
    con.commit()
    assert entity_ids(con, "عبد الله الثاني").ids == ["e2"]


def _indexed(con: sqlite3.Connection, path: str) -> tuple[str, str, str]:
    row = con.execute("SELECT f.title, f.body, f.forms FROM search_fts f"
                      " JOIN search_docs d ON d.rowid = f.rowid JOIN articles a ON a.id = d.article"
                      " WHERE a.path = ?", (path,)).fetchone()
    return tuple(row)


def test_a_document_prepared_in_a_worker_is_indexed_only_while_it_is_current(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = connect(tmp_path / "marsad.db")
    made = _article("a.txt", "قمة في القاهرة", "تستضيف القاهرة قمة عربية في جدة")
    prepare([made])
    writing: list[str | None] = []  # the documents the writing step makes itself

    def made_at_writing(title: str | None, text: str, segments: list[tuple[int, int, str]]) -> Document:
        writing.append(title)
        return document(title, text, segments)
    monkeypatch.setattr(search_index, "document", made_at_writing)
    digest, _ = made.prepared[PREPARED]
    expected = document(made.title, made.text, [(s.start, s.end, s.label) for s in made.layer("segments")])
    assert digest == expected.digest
    # a prepared document stands in for the one the writing step would make: the same columns
    _save(con, [made])
    update_index(con, prepared_documents([made]))
    assert made.prepared == {}  # taken off the article
    assert writing == []
    assert _indexed(con, "a.txt") == (expected.title, expected.body, expected.forms)
    # one prepared from another text (its digest is not the stored article's) is not used
    other = _article("b.txt", "قمة في القاهرة", "تستضيف القاهرة قمة عربية في الرياض")
    fresh = document(other.title, other.text, [(s.start, s.end, s.label) for s in other.layer("segments")])
    stale = _article("b.txt", "عنوان آخر", "نص آخر تماما")
    prepare([stale])  # as in a worker
    writing.clear()
    _save(con, [other])
    update_index(con, {other.id: stale.prepared[PREPARED]})
    assert writing == ["قمة في القاهرة"]
    assert _indexed(con, "b.txt") == (fresh.title, fresh.body, fresh.forms)


def test_the_pipeline_finishes_the_articles_of_its_last_per_article_stages_only() -> None:
    seen: list[str] = []
    arts = [Article(path="a.txt", text="استقبل ولي العهد الوفد في الرياض اليوم.")]
    Pipeline.build(["segment", "language", "site_chrome", "published"]).run(
        arts, finish=lambda done: seen.extend(a.path for a in done))
    assert seen == ["a.txt"]  # once: after "published", not after "segment, language"
