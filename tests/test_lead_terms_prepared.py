"""Lead terms made in the workers (`app.prepare_writing`) and used by stories.jsonl: the
same terms the export makes from the stored title and opening, used only where they were
made from that title and opening."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

import marsad
from marsad.app import LEAD_TERMS, prepare_writing, prepared_leads
from marsad.model import Article, SegmentAttrs, Span
from marsad.reading.stories import lead_terms, story_summaries
from marsad.store.read import open_readonly
from marsad.stories.summary import (
    LEAD_CHARS,
    article_terms,
    lead_text,
    packed_lead_terms,
    terms_of,
    unpacked_terms,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"

TEXT = "مقدمة الموقع\nاستقبل خادم الحرمين الشريفين وزير الخارجية الأمريكي في الرياض اليوم وبحثا العلاقات."


def _article(title: str | None = "لقاء في الرياض") -> Article:
    art = Article(path="a.txt", text=TEXT, title=title)
    start = TEXT.index("\n") + 1
    art.layers["segments"] = [Span(0, start - 1, "chrome", SegmentAttrs()),
                              Span(start, len(TEXT), "body", SegmentAttrs())]
    return art


def test_packed_terms_unpack_to_the_article_terms_for_its_own_lead() -> None:
    art = _article()
    assert art.body and art.body != art.text  # the opening is the body, not the whole text
    got = unpacked_terms(packed_lead_terms(art), art.title, art.body[:LEAD_CHARS])
    assert got == article_terms(art) == terms_of(lead_text(art.title, art.body))
    assert got  # not trivially empty


def test_packed_terms_are_refused_for_another_title_or_opening() -> None:
    packed = packed_lead_terms(_article())
    assert unpacked_terms(packed, "عنوان آخر", _article().body) is None
    assert unpacked_terms(packed, "لقاء في الرياض", TEXT) is None  # the whole text, not the body


def test_an_article_without_terms_packs_to_the_empty_set() -> None:
    art = Article(path="b.txt", text="١٢٣", title=None)
    assert unpacked_terms(packed_lead_terms(art), None, art.text) == frozenset() == article_terms(art)


def test_prepare_writing_leaves_the_terms_and_the_search_document_on_the_article() -> None:
    art = _article()
    prepare_writing([art])
    assert set(art.prepared) == {"search", LEAD_TERMS}
    leads = prepared_leads([art])
    assert list(leads) == [art.id] and LEAD_TERMS not in art.prepared


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    out = tmp_path_factory.mktemp("leads") / "out"
    marsad.run([str(CORPUS)], out)
    return out


def test_lead_terms_use_what_was_made_only_where_the_stored_lead_matches(sample: Path) -> None:
    con = open_readonly(sample / "marsad.db")
    try:
        ids = [aid for (aid,) in con.execute("SELECT id FROM articles ORDER BY id LIMIT 3")]
        fresh = lead_terms(con, ids)
        # packed terms made from the stored lead but holding a marker: used as made
        rows = {aid: (title, own) for aid, title, own in con.execute(
            f"SELECT id, title, CASE WHEN body != '' THEN body ELSE text END FROM articles"  # noqa: S608
            f" WHERE id IN ({','.join('?' * len(ids))})", ids)}
        marked = {aid: (packed_lead_terms(_stand_in(*rows[aid]))[0], _packed(["علامة"])) for aid in ids}
        assert lead_terms(con, ids, marked) == {aid: frozenset({"علامة"}) for aid in ids}
        # made from another lead (a stale digest): the stored lead is tokenized again
        stale = {aid: (b"0" * 16, _packed(["علامة"])) for aid in ids}
        assert lead_terms(con, ids, stale) == fresh
    finally:
        con.close()


def _stand_in(title: str | None, own: str) -> Article:
    """An article whose title and own text are these (a text with no segments is its own)."""
    return Article(path="x", text=own, title=title)


def _packed(terms: list[str]) -> bytes:
    return zlib.compress("\n".join(terms).encode("utf-8"), 1)


def test_stories_jsonl_matches_the_summaries_made_from_the_database_alone(sample: Path) -> None:
    con = open_readonly(sample / "marsad.db")
    try:
        from_db = [s.record() for s in story_summaries(con)]
    finally:
        con.close()
    with (sample / "stories.jsonl").open(encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == from_db
