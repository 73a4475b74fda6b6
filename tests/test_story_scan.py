"""`stories.scan.article_words`: one scan of an article's title and own text gives the words
each story reader cut on its own before (the compared text, the title, the lead text)."""

from __future__ import annotations

from marsad.model import Article, Span
from marsad.model.layers import SegmentAttrs
from marsad.stories.scan import article_words
from marsad.stories.summary import LEAD_CHARS, lead_text
from marsad.stories.text import article_text, words

SENTENCE = "قال وزير الخارجية إن المملكة ستدعم الحل في الرياض. "


def _article(text: str, title: str | None, roles: list[tuple[int, int, str]],
             flags: list[str] | None = None) -> Article:
    art = Article(id="a1", path="a1.txt", text=text, title=title, flags=list(flags or []))
    art.layers["segments"] = [Span(s, e, role, SegmentAttrs()) for s, e, role in roles]
    return art


def _cases() -> list[Article]:
    long = SENTENCE * 60  # past LEAD_CHARS: the opening ends inside a word
    assert len(long) > LEAD_CHARS and long[LEAD_CHARS - 1] != " " != long[LEAD_CHARS]
    chrome = "اقرأ أيضا\n"
    return [
        _article(long, "زيارة رسمية", [(0, len(long), "body")]),  # the title before the text
        _article(long, "قال وزير الخارجية", [(0, len(long), "body")]),  # the text opens with it
        _article(chrome + long, None, [(0, len(chrome) - 1, "related"),
                                       (len(chrome), len(chrome) + 500, "body"),
                                       (len(chrome) + 500, len(chrome) + 900, "heading")]),
        _article(chrome + SENTENCE, "عنوان", [(0, len(chrome) - 1, "related"),
                                             (len(chrome), len(chrome) + 10, "heading")]),  # no body segment
        _article(SENTENCE, "عنوان", []),  # never segmented
        _article(chrome, "عنوان", [(0, len(chrome) - 1, "related")], ["no_article_text"]),
        _article("", None, []),
    ]


def test_article_words_are_the_words_each_reader_cut_before() -> None:
    for art in _cases():
        got = article_words(art)
        assert got.text == words(article_text(art))
        assert got.title == words(art.title or "")
        assert got.lead == words(lead_text(art.title, art.body or art.text))
    first, opened = article_words(_cases()[0]), article_words(_cases()[1])
    assert first.text[:3] == ["زياره", "رسميه", "قال"] and first.title == ["زياره", "رسميه"]
    assert opened.text[:3] == ["قال", "وزير", "الخارجيه"] and opened.title == opened.text[:3]
    assert first.lead[-1] != first.text[len(first.lead) - 1]  # the opening ends inside a word
