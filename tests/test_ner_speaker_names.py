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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وكان الوزير أكرم شهيب ، وهو عضو في الحزب ، حاضرا", ["أكرم شهيب"]),  # a spelling seen once
        ("وأوضح الدكتور عادل باناعمة رئيس اللجنة أن الدورة بدأت", ["عادل باناعمة"]),  # a title after it
        ("وحل في المركز الثاني يوسف الضيف . وشهدت المنافسات حضورا", ["يوسف الضيف"]),  # a full stop
        ("ضمت القائمة سامي الزهراني ، علي الاحسائي ، وآخرين", ["سامي الزهراني", "علي الاحسائي"]),
    ],
)
def test_a_given_name_the_tagger_took_alone_is_completed_anywhere(text: str, want: list[str]) -> None:
    words = text.split()
    first = next(i for i, w in enumerate(words) if w == want[-1].split()[0])
    others = [Chunk(i, i + 2, "PER", 0.9) for i, w in enumerate(words) if w == "سامي"]
    assert persons(text, [Chunk(first, first + 1, "PER", 0.9), *others]) == want


@pytest.mark.parametrize(
    ("text", "at", "why"),
    [
        ("تعاون البلدان وفقا لمبادئ حسن الجوار ، وعدم التدخل", 4, "«حسن» also a noun: no nisba after"),
        ("واحة طبيعية ذات جمال ساحر . وتأسس الفندق", 3, "an adjective before a mere stop"),
        ("فلما شاهد عمر طلب أن يصوره", 2, "a three-letter word: the next clause's verb"),
        ("لتحقيق قضاء عادل وناجز ، وإيصال الحقوق", 2, "a conjunction before the word"),
        ("ونعى خالد شقيقته ، عبر صفحته", 1, "a noun with its pronoun before a mere comma"),
        ("ووصل الوزير بدر اليوم إلى عدن", 2, "no apposition after the family word"),
    ],
)
def test_a_given_name_the_tagger_took_alone_keeps_a_word_that_is_no_family_name(
    text: str, at: int, why: str,
) -> None:
    words = text.split()
    assert persons(text, [Chunk(at, at + 1, "PER", 0.9)]) == [words[at]], why


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("فيقول مروان الإسحاكي : نحن جميعا مع رجال الأمن", ["مروان الإسحاكي"]),  # a colon: the words
        ("وقال سامي الحمدي المتحدث باسم الهيئة إن الطريق مغلق", ["سامي الحمدي"]),  # a definite title
        ("وأوضح فهد الخلفي الناطق الرسمي للشركة أن الموسم بدأ", ["فهد الخلفي"]),
    ],
)
def test_a_colon_and_a_definite_title_vouch_for_the_speaker_name(text: str, want: list[str]) -> None:
    assert persons(text) == want


def test_a_given_name_the_tagger_took_alone_after_a_verb_of_saying_is_completed() -> None:
    text = "وقال مروان الإسحاكي : اللهم ارحمهم"
    assert persons(text, [Chunk(1, 2, "PER", 0.9)]) == ["مروان الإسحاكي"]
    text = "وقال وحيد الحمدي المتحدث الرسمي للهيئة إن الطريق مغلق"
    assert persons(text, [Chunk(1, 2, "PER", 0.9)]) == ["وحيد الحمدي"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("وقال علي الحرقان في حديثه : إن العيد جميل", "a colon after «في حديثه», not after the name"),
        ("وأكد الوزير أهمية التعاون : وهو ما ننشده", "no given name after the verb"),
    ],
)
def test_a_colon_or_title_vouches_only_right_after_the_name(text: str, why: str) -> None:
    assert persons(text) == [], why
