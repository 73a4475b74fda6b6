"""Persons read from the listed Arabic given names (`ner/given_names.py`), round 26 of issues 15
and 16: a given name whose first letter is also a proclitic is not cut («وليام» is no و + «ليام»),
neither in the mention nor in its matching form; a name-only given name with a family name after
it is a person without a word describing one before it; verbs of visiting and meeting open no
name. Invented sentences."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk, family_names
from marsad.ner.crf import NerModel
from marsad.ner.given_names import described_given_names, listed_persons, son_chains, whole_given_name
from marsad.ner.persons import NameSigns
from marsad.ner.proclitics import name_norm


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def tagged(text: str) -> list[tuple[str, str]]:
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    return [(s.label, text[s.start:s.end]) for s in spans]


def listed(text: str, chunks: list[Chunk] | None = None) -> list[tuple[str, str]]:
    words = text.split()
    norms = [normalize(w) for w in words]
    got = listed_persons(norms, words, chunks or [], set(), signs())
    return [(c.type, " ".join(words[c.start:c.end])) for c in got]


@pytest.mark.parametrize("name", ["وليام", "وليد", "وائل", "بسام"])
def test_a_given_name_keeps_its_first_letter_in_the_matching_form(name: str) -> None:
    assert whole_given_name(name)
    assert name_norm([name, "الحربي"]) == f"{normalize(name)} الحربي"


def test_a_proclitic_before_another_word_is_still_cut_from_the_matching_form() -> None:
    assert not whole_given_name("ومحمد")
    assert name_norm(["ومحمد", "الحربي"]) == "محمد الحربي"


def test_william_is_no_conjunction_before_liam() -> None:
    assert ("PER", "وليام الحربي") in tagged("وقال وليام الحربي إن الشركة تخسر كثيرا.")


def test_wendy_is_no_conjunction_before_nada() -> None:
    assert ("PER", "وندي شيرمان") in tagged("وقالت وندي شيرمان إن المفاوضات مستمرة.")
    assert whole_given_name("وندي") and not whole_given_name("وندى")  # «وندى»: «و» + «ندى»
    assert ("PER", "ندى العتيبي") in tagged("وشاركت سارة الحربي وندى العتيبي في الحفل.")


def test_a_name_only_given_name_before_a_family_name_is_a_person() -> None:
    assert listed("وقالت صانعة الفخار زهراء الكاظمي إن العمل صعب") == [("PER", "زهراء الكاظمي")]


def test_a_given_name_that_is_also_a_common_word_opens_no_name_alone() -> None:
    assert listed("وقال إن وفاء الأصدقاء نادر") == []  # «وفاء»: loyalty (kind word)


def test_a_name_already_found_is_left_as_it_is() -> None:
    got = listed("وقالت زهراء الكاظمي إن العمل صعب", [Chunk(1, 3, "PER")])
    assert got == [("PER", "زهراء الكاظمي")]


def test_a_given_name_without_a_family_name_after_it_is_no_person_here() -> None:
    assert listed("وقالت زهراء إن العمل صعب") == []


def test_a_verb_of_visiting_is_not_read_into_a_name() -> None:
    got = tagged("ومن المقرر أن يزور الكاظمي موسكو الأسبوع المقبل.")
    assert all(not text.startswith("يزور") for _, text in got)


def test_a_given_name_behind_a_proclitic_letter_is_no_verb_of_arriving() -> None:
    assert ("PER", "فيصل الكاظمي") in tagged("وأوضح مدير الجمعية فيصل الكاظمي أن الدورة مهمة.")


def test_a_one_word_family_name_typed_a_place_after_a_verb_is_the_person() -> None:
    got = tagged("وقال الوزير عادل الجبير إنه مستعد. ومن المقرر أن يزور الجبير موسكو الأسبوع المقبل.")
    assert got.count(("PER", "الجبير")) == 1 and ("LOC", "موسكو") in got


def test_a_listed_place_ending_a_persons_name_keeps_its_type() -> None:
    norms = ["جورج", "ليون", "الى", "ليون"]
    chunks = family_names(norms, [Chunk(0, 2, "PER"), Chunk(3, 4, "LOC", 0.5)])
    assert chunks[1].type == "LOC"


def test_a_confident_place_is_the_family_name_of_a_confident_persons_name() -> None:
    # «نافاس» read as a place with confidence: the article's sure «كيلور نافاس» holds it
    norms = ["كيلور", "نافاس", "تغلب", "نافاس"]
    chunks = family_names(norms, [Chunk(0, 2, "PER", 0.95), Chunk(3, 4, "LOC", 0.9)])
    assert chunks[1].type == "PER"
    # a person's name the tagger is unsure of vouches for no confident place («لباس النينجا»)
    chunks = family_names(norms, [Chunk(0, 2, "PER", 0.6), Chunk(3, 4, "LOC", 0.9)])
    assert chunks[1].type == "LOC"
    # a confident definite word is the group named after him («ميليشيات الحوثي»), not he
    norms = ["عبدالملك", "الحوثي", "ميليشيات", "الحوثي"]
    chunks = family_names(norms, [Chunk(0, 2, "PER", 0.95), Chunk(3, 4, "ORG", 0.9)])
    assert chunks[1].type == "ORG"


def described(text: str, chunks: list[Chunk] | None = None) -> list[tuple[str, str]]:
    words = text.split()
    norms = [normalize(w) for w in words]
    got = described_given_names(norms, words, chunks or [], set(), signs())
    return [(c.type, " ".join(words[c.start:c.end])) for c in got]


def test_a_listed_given_name_the_spelling_model_knows_not_opens_a_name_after_a_person_word() -> None:
    assert described("واختتم الأمسية الشاعر مفرح العتيبي بقصيدة") == [("PER", "مفرح العتيبي")]
    assert described("وقال المواطن مطلق الزهراني إن الطريق مغلق") == [("PER", "مطلق الزهراني")]
    assert described("واختتم الأمسية شاعر مفرح بقصيدة") == []  # no definite word describing a person
    assert described("وقالت المدرسة مطلق الزهراني") == []  # «المدرسة»: a school, no person word


def test_a_listed_given_name_opens_a_name_after_a_title_phrase_of_several_words() -> None:
    assert described("وقال المدير العام مطلق الخمعلي إن العمل مستمر") == [("PER", "مطلق الخمعلي")]
    assert described("وأكدت الأمينة العامة مطلق الزهراني") == []  # no listed phrase: «الأمينة العامة»
    assert described("وقال المتحدث باسم مطلق الزهراني") == []  # the phrase ends in no definite word


def test_a_name_only_given_name_alone_after_a_person_word_is_the_person() -> None:
    assert described("وتعرضت الطفلة زينب ، لإصابة بسيطة") == [("PER", "زينب")]
    assert described("ويظهر في الحلقة الطفل راكان في دور صغير") == [("PER", "راكان")]


def test_a_one_word_name_needs_a_person_word_and_no_possible_family_name_after_it() -> None:
    assert described("وصل الأمير راكان ، إلى المدينة") == []  # a title: left to the tagger
    assert described("وقالت الدكتورة موضي تشرح الدرس") == []  # «تشرح» might be her family name
    assert described("وتعرضت الطفلة وفاء ، لإصابة") == []  # «وفاء»: kind word, never alone


def test_a_given_name_joins_the_one_word_family_name_the_tagger_found() -> None:
    words = ["ولفت", "المواطن", "عائض", "القحطاني", "إلى", "أن", "الجميع", "حضروا"]
    norms = [normalize(w) for w in words]
    got = described_given_names(norms, words, [Chunk(3, 4, "PER")], set(), signs())
    assert [(c.start, c.end, c.type) for c in got] == [(2, 4, "PER")]


def test_a_described_given_name_in_a_whole_article() -> None:
    got = tagged("وشارك في الأمسية الشاعر مطلق الزهراني والشاعر مفرح العتيبي بقصائد وطنية.")
    assert ("PER", "مطلق الزهراني") in got and ("PER", "مفرح العتيبي") in got


@pytest.mark.parametrize(
    ("text", "at", "want"),
    [
        ("وشدد قائد المقاومة الشيخ عبدالواحد الدعام على وحدة الصف", 4, "عبدالواحد الدعام"),  # «عبد» + God
        ("وأوضح المواطن مروان الحذيفي أن الطريق مغلق", 2, "مروان الحذيفي"),  # a listed given name
        ("وقال المدير العام مطلق الخمعلي إن العمل مستمر", 3, "مطلق الخمعلي"),  # a title phrase
    ],
)
def test_a_given_name_the_tagger_took_alone_after_a_describing_word_takes_its_family_name(
    text: str, at: int, want: str,
) -> None:
    assert described(text, [Chunk(at, at + 1, "PER", 0.9)]) == [("PER", want)]


@pytest.mark.parametrize(
    ("text", "at", "why"),
    [
        ("وشدد القائد عبدالواحد أمس على وحدة الصف", 2, "no family name after it"),
        ("وشدد قائد عبدالواحد الدعام على وحدة الصف", 2, "no definite word describing a person"),
        ("وقال المواطن مروان الإعلامي إن الطريق مغلق", 2, "a word describing a person is no family name"),
        ("وقالت الوزيرة عبدالمحسن", 2, "nothing after it"),
        ("وأعلن الشيخ عبدالعزيز الاتفاق على الموعد", 2, "a verbal noun: what he did"),
        ("وبدأ الملك عبدالعزيز الزيارة من جدة", 2, "a noun of an act"),
    ],
)
def test_a_given_name_the_tagger_took_alone_keeps_its_span_without_those_signs(
    text: str, at: int, why: str,
) -> None:
    words = text.split()
    assert described(text, [Chunk(at, at + 1, "PER", 0.9)]) == [("PER", words[at])], why


def test_through_the_tagger_a_servant_given_name_takes_its_family_name() -> None:
    text = "فيما شدد قائد المقاومة في المدينة الشيخ عبدالواحد الدعام ان على الحوثيين تسليم السلاح."
    assert ("PER", "عبدالواحد الدعام") in tagged(text)


def test_a_name_of_a_given_name_and_son_of_typed_a_place_is_a_person() -> None:
    words = ["فعن", "سويد", "بن", "قيس", "قال", ":", "جلبت", "بزا", "من", "هجر"]
    norms = [normalize(w) for w in words]
    got = son_chains(norms, [Chunk(1, 4, "LOC", 0.9), Chunk(9, 10, "LOC", 0.9)], signs())
    assert [(c.type, " ".join(words[c.start:c.end])) for c in got] == [("PER", "سويد بن قيس"), ("LOC", "هجر")]


@pytest.mark.parametrize(
    "text",
    ["وزار مستشفى بن جلوي أمس", "صلى في جامع الإمام تركي بن عبدالله", "وفاز بكأس الأمير فيصل بن فهد"],
)
def test_a_place_or_body_named_after_a_son_of_keeps_its_type(text: str) -> None:
    words = text.split()
    norms = [normalize(w) for w in words]
    start = next(i for i, w in enumerate(words) if w in ("مستشفى", "جامع", "بكأس"))
    chunk = Chunk(start, len(words) - (1 if words[-1] == "أمس" else 0), "LOC", 0.9)
    assert [c.type for c in son_chains(norms, [chunk], signs())] == ["LOC"]


def test_through_the_tagger_a_narrator_is_a_person() -> None:
    assert ("PER", "سويد بن قيس") in tagged("فعن سويد بن قيس قال: جلبت أنا ومخرفة العبدي بزا من هجر.")
