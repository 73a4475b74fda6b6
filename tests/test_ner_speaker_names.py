"""A person's name in a speaker's place (`ner/speaker_names.py`): right after a verb of saying,
vouched for by the apposition or the reported clause after it. «وكشف [دخيل الطيار] مدير الصالة
أن». On chunk lists of our own sentences, and through the whole tagger."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.persons import NameSigns
from marsad.ner.speaker_names import speaker_names


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def persons(text: str, chunks: list[Chunk] | None = None, breaks: set[int] | None = None) -> list[str]:
    words = text.split()
    norms = [normalize(w) for w in words]
    out = speaker_names(norms, words, list(chunks or []), breaks or set(), signs())
    return [" ".join(words[c.start : c.end]) for c in out if c.type == "PER"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وكشف دخيل الطيار مدير الصالة أن الرحلات زادت", ["دخيل الطيار"]),  # an office after it
        ("وقال علي الحرقان ، أحد وجهاء البلدة ، إن العيد جميل", ["علي الحرقان"]),  # an apposition
        ("وذكر عمر السومه بأن المفاوضات انتهت", ["عمر السومه"]),  # the reported clause
        ("ويقول حامد رافع الخيالي عميد البلدية إن الوضع هادئ", ["حامد رافع الخيالي"]),  # three words
        ("وأضاف فهد العتيبي لـ«الصحيفة» أن الموسم بدأ", ["فهد العتيبي"]),  # the outlet
    ],
)
def test_a_name_after_a_verb_of_saying_and_before_its_apposition_is_a_person(
    text: str, want: list[str],
) -> None:
    assert persons(text) == want


def test_a_given_name_the_tagger_took_alone_is_completed() -> None:
    text = "وقال علي غريب ، أحد كبار المشايخ ، إن الوضع محوري"
    assert persons(text, [Chunk(1, 2, "PER", 0.9)]) == ["علي غريب"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("وقال علي الحرقان في حديثه إن العيد جميل", "no apposition: «في» may open anything"),
        ("وقال أوباما الأربعاء إن المفاوضات مستمرة", "no listed given name"),
        ("كما يرى بيت الإعلام أن الخطاب محرض", "a noun in construct state, no given name"),
        ("ولهذا يعتقد أحمد بان أنه لا مستقبل لذلك", "«بأن» written without its hamza"),
        ("وقالت هند المحررة ، إن العدد صدر", "after a feminine verb «المحررة» is her job"),
        ("وأكد علي أهمية التعاون بين البلدين", "«على» written with ya, and no family name"),
        ("وهنأ علي الحرقان ، أحد وجهاء البلدة", "no verb of saying"),
    ],
)
def test_no_speaker_name_without_its_signs(text: str, why: str) -> None:
    assert persons(text) == [], why


def test_words_of_another_name_and_a_sentence_break_are_never_taken() -> None:
    text = "وقال علي الحرقان ، إن"
    assert persons(text, [Chunk(2, 3, "LOC", 0.9)]) == []
    assert persons(text, breaks={1}) == []


def test_through_the_tagger_the_speaker_is_found() -> None:
    text = "وكشف دخيل الطيار مدير الصالة الرئيسة للمجموعة أن الرحلات زادت."
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert [(text[s.start : s.end], s.label) for s in spans] == [("دخيل الطيار", "PER")]
