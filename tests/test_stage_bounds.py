"""Per-article stages on pathological input: bounded mentions, a finished chain, whitespace
of every kind inside multi-word date phrases, no mention without a letter (issue 12)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.model import Article
from marsad.ner.article import (
    LONG_MENTION_DROPPED,
    MAX_MENTION_CHARS,
    MAX_MENTION_TOKENS,
    MAX_MENTIONS_PER_ARTICLE,
    MENTIONS_CAPPED,
)
from marsad.ner.tokens import tokenize
from marsad.pipeline import Pipeline
from marsad.resolve.within import link_article, make_locals
from marsad.stories.neardup import NearDuplicates, make_doc
from marsad.stories.text import words

PER_ARTICLE = ("segment", "language", "published", "timex", "ner", "resolve_entities", "quotes", "events")
SENTENCE = ("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن "
            "خلال لقائه نظيره الأمريكي أنتوني بلينكن في الرياض يوم الأحد. ")


def _run(text: str, steps: tuple[str, ...] = PER_ARTICLE) -> Article:
    corpus, rejected = Pipeline.build(steps).run([Article(path="x.txt", text=text)])
    assert not rejected, [r.reason for r in rejected]
    return corpus.articles[0]


def _mention_tokens(art: Article) -> list[int]:
    return [len(tokenize(art.text, m.start, m.end)) for m in art.layer("mentions")]


def test_a_name_repeated_ten_thousand_times_gives_bounded_mentions() -> None:
    art = _run("سلمان " * 10_000, ("segment", "language", "ner", "resolve_entities"))
    assert all(n <= MAX_MENTION_TOKENS for n in _mention_tokens(art))
    assert all(m.end - m.start <= MAX_MENTION_CHARS for m in art.layer("mentions"))
    assert len(art.layer("mentions")) <= MAX_MENTIONS_PER_ARTICLE
    assert LONG_MENTION_DROPPED in art.flags


def test_one_word_of_thousands_of_letters_is_no_mention() -> None:
    text = "الرئيس " + "سلمان" * 2_000 + " في الرياض."
    art = _run(text, ("segment", "language", "ner", "resolve_entities"))
    assert all(m.end - m.start <= MAX_MENTION_CHARS for m in art.layer("mentions"))


def test_a_repeated_sentence_of_200_kb_finishes_the_chain() -> None:
    text = SENTENCE * (200_000 // len(SENTENCE.encode("utf-8")) + 1)
    art = _run(text)
    mentions = art.layer("mentions")
    assert 0 < len(mentions) <= MAX_MENTIONS_PER_ARTICLE
    assert all(m.attrs.entity for m in mentions)
    assert all(0 <= s.start <= s.end <= len(text) for layer in art.layers.values() for s in layer)


def test_mentions_per_article_are_capped_and_flagged() -> None:
    text = "التقى بوتين وشي جين بينغ في موسكو. " * (MAX_MENTIONS_PER_ARTICLE // 2)
    art = _run(text, ("segment", "language", "ner"))
    assert len(art.layer("mentions")) == MAX_MENTIONS_PER_ARTICLE
    assert MENTIONS_CAPPED in art.flags
    assert max(m.start for m in art.layer("mentions")) < len(text) // 2 + len(text) // 4


@pytest.mark.parametrize("space", ["\r\n", "\u00a0", "\t", "  ", "\n", "\u2028", " "])
@pytest.mark.parametrize(("phrase", "value"), [("النصف{}الاول", "2024-H1"), ("الربع{}الثالث", "2024-Q3")])
def test_whitespace_inside_a_fraction_of_the_year_gives_a_timex(space: str, phrase: str, value: str) -> None:
    text = f"ارتفعت الصادرات في {phrase.format(space)} من 2024 بنسبة كبيرة"
    values = [t.value for t in extract(text, date(2024, 9, 1))]
    assert value in values


def test_whitespace_inside_a_fraction_does_not_reject_the_article() -> None:
    art = _run("ارتفعت الصادرات في النصف\u00a0\u00a0الاول من 2024 بنسبة كبيرة.\r\n",
               ("segment", "language", "published", "timex"))
    assert [t.attrs.value for t in art.layer("timexes")] == ["2024-H1"]


@pytest.mark.parametrize("mark", ["؟", "{", "&", "?", "›", "۝", "“", "«", "2024"])
def test_punctuation_is_never_a_mention(mark: str) -> None:
    text = (f"{mark} قال الرئيس الروسي فلاديمير بوتين {mark} في موسكو {mark}{mark}{mark} إن روسيا "
            f"{mark} ترحب بزيارة الرئيس الصيني شي جين بينغ.\n{mark * 6}\n{mark}")
    corpus, _ = Pipeline.build(("segment", "language", "ner", "resolve_entities")).run(
        [Article(path="x.txt", text=text)])
    art = corpus.articles[0]
    assert art.layer("mentions")
    for m in art.layer("mentions"):
        assert any(ch.isalpha() for ch in m.slice(text)), m
    assert all(e.name.strip() for e in corpus.entities.values())


def test_within_article_linking_links_every_repeat_of_a_short_form() -> None:
    full = "سيرغي شويغو"
    text = full + " قال. " + "شويغو قال. " * 3000
    spans = [(0, len(full), "PER", full)]
    spans += [(s, e, "PER", w) for w, s, e in tokenize(text, len(full)) if w == "شويغو"]
    locs = link_article(make_locals(spans))
    assert len(locs) == 3001
    assert all(m.head == 0 for m in locs[1:])


def test_tiny_texts_keep_no_sketch_and_still_meet_their_twins() -> None:
    nd = NearDuplicates()
    for i in range(2000):
        nd.add(make_doc(f"k{i}", words(f"خبر قصير رقم {i % 1000} عن الرياض")))
    assert all(len(d.full) == 0 and d.short_id for d in nd.docs.values())
    groups = nd.groups()
    assert groups["k1"] == groups["k1001"] and groups["k1"] != groups["k2"]
