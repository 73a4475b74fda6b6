"""A person's family name alone where the article named the person in full
(`ner/surnames.py`): on chunk lists of our own sentences, with the tagger's word signs taken
from the shipped model, and through the whole article tagger."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.persons import NameSigns
from marsad.ner.surnames import family_recurrences


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def added(text: str, chunks: list[Chunk], breaks: set[int] | None = None) -> list[str]:
    words = text.split()
    norms = [normalize(w) for w in words]
    out = family_recurrences(norms, words, chunks, breaks or set(), signs())
    return [" ".join(words[c.start : c.end]) for c in out if c.source == "family"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قال مطر الكواري إن المستشفى جيد . وأضاف الكواري أن", ["الكواري"]),
        ("قال مطر الكواري إن المستشفى جيد . وقال اللواء الكواري إن", ["الكواري"]),  # after a title
        ("قال مطر الكواري إن المستشفى جيد . ويقول الكواري إن", ["الكواري"]),
        ("قال مطر الكواري إن المستشفى جيد . وأضاف للكواري أن", ["للكواري"]),  # behind a proclitic
        ("قال شاهين قبادي إن الأزمة خانقة . وأضاف قبادي أن", ["قبادي"]),  # indefinite family name
    ],
)
def test_a_family_name_after_a_verb_of_saying_or_a_title_is_the_person(text: str, want: list[str]) -> None:
    assert added(text, [Chunk(1, 3, "PER", 0.5)]) == want


@pytest.mark.parametrize(
    "text",
    [
        "قال مطر الكواري إن المستشفى جيد . في المسجد الكواري أمس",  # no verb nor title before it
        "قال مطر الكواري إن المستشفى جيد . وأضاف سعد الكواري أن",  # another person of the family
        "قال مطر الكواري إن المستشفى جيد . الكواري أضاف أن",  # a sentence's first word
    ],
)
def test_a_family_name_elsewhere_is_left_alone(text: str) -> None:
    assert added(text, [Chunk(1, 3, "PER", 0.5)], {7}) == []


def test_only_a_persons_name_that_looks_like_one_is_repeated() -> None:
    text = "رن جرس الباب ثم قال نادية الباب إن . وأضاف الباب أن"
    # a one-word person, or a name of another type, has no family name to repeat
    assert added(text, [Chunk(5, 6, "PER", 0.5)]) == []
    assert added(text, [Chunk(5, 7, "ORG", 0.5)]) == []
    text = "وقال وإرث الدار إن الساعة جديدة . وتشير الدار إلى"
    assert added(text, [Chunk(1, 3, "PER", 0.5)]) == []  # the tagger's name opens with no given name
    text = "وقال إسماعيل هنية القيادي إن الحركة . كما شدد القيادي في"
    assert added(text, [Chunk(1, 4, "PER", 0.5)]) == []  # a word describing a person
    # a name a rule added needs no given name first
    text = "وقال المهندس عامر المشاري إن الوعود . وتابع المشاري قائلا"
    assert added(text, [Chunk(2, 4, "PER", 1.0, "rule")]) == ["المشاري"]


def test_a_word_another_name_holds_is_left_to_it() -> None:
    text = "قال مطر الكواري إن المستشفى جيد . وأضاف الكواري أن"
    assert added(text, [Chunk(1, 3, "PER", 0.5), Chunk(8, 9, "ORG", 0.9)]) == []


def test_article_tagger_repeats_the_family_name_of_a_person_found_with_little_confidence() -> None:
    text = ("من هؤلاء مالك صقر يُدعى مطر الكواري الذي قال لتلفزيون رويترز إن الخدمات جيدة. "
            "أضاف الكواري أن مواطنين من دول خليجية أخرى يأتون.")
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    got = [(s.label, text[s.start : s.end]) for s in spans]
    assert ("PER", "مطر الكواري") in got
    assert got.count(("PER", "الكواري")) == 1


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قال شاهين قبادي إن الأزمة خانقة . وتأتي زيارة قبادي بعد", ["قبادي"]),  # a noun of an act
        ("قال شاهين قبادي إن الأزمة خانقة . ثم إن قبادي سيلتقي", ["قبادي"]),  # a particle
        ("قال شاهين قبادي إن الأزمة خانقة . ولكن قبادي رفض", ["قبادي"]),  # a particle behind «و»
    ],
)
def test_an_indefinite_family_name_is_the_person_after_a_noun_of_an_act_or_a_particle(
    text: str, want: list[str],
) -> None:
    assert added(text, [Chunk(1, 3, "PER", 0.5)], {7}) == want


@pytest.mark.parametrize(
    ("text", "chunk"),
    [
        ("قال مطر الكواري إن المستشفى جيد . وتأتي زيارة الكواري بعد", (1, 3)),  # definite: an adjective too
        ("قال شاهين قبادي إن الأزمة خانقة . وتأتي قبادي بعد", (1, 3)),  # no noun of an act nor particle
        ("قال سامي كرم إن الضيافة جيدة . ثم إن كرم الضيافة معروف", (1, 3)),  # three letters
        ("قال محمد بن نايف إن الأمن مستتب . ثم إن نايف سيلتقي", (1, 4)),  # his father's name
    ],
)
def test_no_family_name_after_a_particle_when_it_may_be_a_word_or_another_person(
    text: str, chunk: tuple[int, int],
) -> None:
    assert added(text, [Chunk(*chunk, "PER", 0.5)], {7} if chunk == (1, 3) else {8}) == []


def test_a_name_opening_with_a_foreign_spelling_repeats_its_family_name() -> None:
    text = "وقالت القاضية باربره جافي إن الاحتجاز غير قانوني . وقالت جافي إنه"
    assert added(text, [Chunk(2, 4, "PER", 0.9)], {9}) == ["جافي"]


def types(text: str, chunks: list[Chunk], breaks: set[int] | None = None) -> list[tuple[str, str]]:
    words = text.split()
    norms = [normalize(w) for w in words]
    out = family_recurrences(norms, words, chunks, breaks or set(), signs())
    return [(c.type, " ".join(words[c.start : c.end])) for c in out]


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # the tagger's one-word place after a verb of saying is the person named in full
        ("قال جيمس فوكسمان إن الاتفاق سيئ . وأضاف فوكسمان أن", [(1, 3, "PER"), (8, 9, "LOC")],
         [("PER", "جيمس فوكسمان"), ("PER", "فوكسمان")]),
        # a body or a work likewise, a quotation mark between them or not
        ("قال جيمس فوكسمان إن الاتفاق سيئ . وأضاف “ فوكسمان ” أن", [(1, 3, "PER"), (9, 10, "ORG")],
         [("PER", "جيمس فوكسمان"), ("PER", "فوكسمان")]),
    ],
)
def test_a_family_name_typed_otherwise_after_a_verb_of_saying_is_the_person(
    text: str, chunks: list[tuple[int, int, str]], want: list[tuple[str, str]],
) -> None:
    assert types(text, [Chunk(*c, 0.95) for c in chunks]) == want


@pytest.mark.parametrize(
    ("text", "chunks", "want"),
    [
        # not after a verb of saying: the tagger's type stands
        ("قال جيمس فوكسمان إن الاتفاق سيئ . ومنح النادي فوكسمان جائزة", [(1, 3, "PER"), (9, 10, "LOC")],
         [("PER", "جيمس فوكسمان"), ("LOC", "فوكسمان")]),
        # a listed place stays a place («زار عمان»)
        ("قال جيمس عمان إن الاتفاق سيئ . وزار عمان أمس", [(1, 3, "PER"), (8, 9, "LOC")],
         [("PER", "جيمس عمان"), ("LOC", "عمان")]),
        # no person named in full with that family name
        ("وقال فوكسمان إن الاتفاق سيئ", [(1, 2, "LOC")], [("LOC", "فوكسمان")]),
    ],
)
def test_elsewhere_the_taggers_type_stands(
    text: str, chunks: list[tuple[int, int, str]], want: list[tuple[str, str]],
) -> None:
    assert types(text, [Chunk(*c, 0.95) for c in chunks]) == want


def test_an_indefinite_family_name_of_three_letters_after_a_verb_of_saying_is_the_person() -> None:
    text = "قال توماس باخ إن الألعاب ناجحة . وصرح باخ بأن"
    assert added(text, [Chunk(1, 3, "PER", 0.5)]) == ["باخ"]
    # two letters are too few: «لي» after a verb is «to me» far more often than Harper Lee
    text = "قالت هاربر لي إن الرواية قديمة . وقال لي إن"
    assert added(text, [Chunk(1, 3, "PER", 0.5)]) == []
