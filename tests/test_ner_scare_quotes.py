"""A common word set in quotation marks is no name (`ner/scare_quotes.py`): on chunk lists of our
own sentences (the marks written apart, as the tokenizer splits them), and through the whole tagger."""

from __future__ import annotations

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.scare_quotes import MAX_CONFIDENCE, drop_scare_quotes


def kept(text: str, word: str, confidence: float = 0.5, source: str = "crf", size: int = 1) -> bool:
    """Whether a chunk of `size` words from `word` of `text`, of `confidence`, survives."""
    norms = [normalize(w) for w in text.split()]
    at = text.split().index(word)
    chunk = Chunk(at, at + size, "ORG", confidence, source)
    return chunk in drop_scare_quotes(norms, [chunk], NerModel.default().features.translit)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('سيكون شكله أكثر " شياكة " من قبل', "شياكة"),
        ('كتب المقال بدون " هزار " أو مجاملة', "هزار"),
        ("ما نتج عنه « استشهاد » أحد الجنود", "استشهاد"),
    ],
)
def test_an_unsure_quoted_common_word_is_no_name(text: str, word: str) -> None:
    assert not kept(text, word)


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        ('تقدمت القوات في محافظة " حيس " أمس', "حيس", "a head word before the mark"),
        ('عرض فيلم " مدغشقر " أمس', "مدغشقر", "a title word before the mark"),
        ('وصل الوفد إلى " الرياض " أمس', "الرياض", "a listed place"),
        ('وقال " محمد " إنه سيحضر', "محمد", "a name spelling"),
    ],
)
def test_a_quoted_word_something_else_vouches_for_stays(text: str, word: str, why: str) -> None:
    assert kept(text, word), why


def test_only_the_tagger_s_unsure_one_word_quoted_names_go() -> None:
    text = 'سيكون شكله أكثر " شياكة " من قبل'
    assert kept(text, "شياكة", confidence=MAX_CONFIDENCE + 0.1)  # the tagger is sure
    assert kept(text, "شياكة", source="head")  # a rule made it
    assert kept('سيكون شكله أكثر شياكة من قبل', "شياكة")  # not quoted
    assert kept('صدر كتاب " مشاكل وحلول " أمس', "مشاكل", size=2)  # several words


def test_through_the_tagger_the_columnist_s_quoted_words_are_no_names() -> None:
    from marsad.ner.article import tag_article

    text = 'وأتمنى أن يكون الاستديو هذه المرة أكثر "شياكة" من استديوهات الموسم الماضي، بدون "هزار" طبعا.'
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert [text[s.start : s.end] for s in spans if text[s.start : s.end] in ("شياكة", "هزار")] == []
