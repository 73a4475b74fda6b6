"""Names of a head and a genitive chain (`ner/chains.py`) and people's names read from the
words that describe them (`ner/persons.py`): each mechanism on chunk lists of our own
sentences, the tagger's word signs taken from the shipped model; the table of describing
words row by row; and the whole article tagger on the sentences of issue 15."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.chains import chain_names
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel, common_words
from marsad.ner.heads import head_names
from marsad.ner.persons import (
    NameSigns,
    described_persons,
    drop_leading_adjectives,
    drop_leading_strangers,
    split_place_persons,
)
from marsad.ner.rules import drop_titles

PERSON_WORDS = load_table("ner_person_words")


def words_of(text: str) -> tuple[list[str], list[str]]:
    words = text.split()
    return words, [normalize(w) for w in words]


def spans(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in chunks]


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أكدت هيئة تنظيم الكهرباء والإنتاج المزدوج إن", [(1, 6, "ORG")]),
        ("رئيس لجنة المسابقات باتحاد كرة القدم الدكتور خالد", [(3, 6, "ORG")]),
        ("لأهداف اتحاد كرة القدم الساعية لتحقيق", [(1, 4, "ORG")]),  # no adjective after the name
        ("في هيئة شؤون الأسرى والمحررين كتابا", [(1, 5, "ORG")]),
        ("مدير مؤسسة رناد العربية والمخرج ممدوح", [(1, 4, "ORG")]),
        ("أن مهرجان هذا العام سيقدم", []),  # a demonstrative is no noun of the chain
        ("الجامعة مؤسسة تقوم بمهام التعليم", []),  # a verb describes the head
        ("على ذات هيئة زميليهما السابقين", []),  # a noun with a pronoun attached
        ("أعلنت هيئة لمكافحة الفساد", []),  # a complement in ل
        ("قالت جمعية النحالين إن", []),  # no noun in construct: heads.head_names' case
    ],
)
def test_chain_names(text: str, want: list[tuple[int, int, str]]) -> None:
    words, norms = words_of(text)
    assert spans(chain_names(norms, words, [], set())) == want


def test_a_place_the_tagger_found_closes_a_chain_of_another_type() -> None:
    words, norms = words_of("رئيس اللجان المنظمة لمهرجان صيف الباحة الدكتور")
    assert spans(chain_names(norms, words, [Chunk(5, 6, "LOC")], set())) == [(3, 6, "MISC")]
    words, norms = words_of("المشغلة لمهرجان صيف عنيزة 33هـ")  # a place needs no article
    assert spans(chain_names(norms, words, [Chunk(3, 4, "LOC")], set())) == [(1, 4, "MISC")]
    words, norms = words_of("وقالت هيئة تطوير الرياض إن")
    assert spans(chain_names(norms, words, [Chunk(3, 4, "LOC")], set())) == [(1, 4, "ORG")]
    # a person, a place of two words or a break is no closing place
    assert spans(chain_names(norms, words, [Chunk(3, 4, "PER")], set())) == [(3, 4, "PER")]
    words, norms = words_of("وقالت هيئة تطوير الرياض الجديدة إن")
    assert spans(chain_names(norms, words, [Chunk(3, 5, "LOC")], set())) == [(3, 5, "LOC")]
    assert spans(chain_names(norms, words, [Chunk(3, 4, "LOC")], {3})) == [(3, 4, "LOC")]


def test_chain_names_take_no_word_of_another_name_nor_cross_a_break() -> None:
    words, norms = words_of("أكدت هيئة تنظيم الكهرباء والإنتاج المزدوج إن")
    assert spans(chain_names(norms, words, [Chunk(3, 4, "MISC")], set())) == [(3, 4, "MISC")]
    assert chain_names(norms, words, [], {3}) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ووصف الإعلامي فاضل الشعلة المشرف على", [(2, 4, "PER")]),
        ("أن السفير السعودي عيد الثقفي تابع", [(3, 5, "PER")]),
        ("بمنطقة القصيم اللواء محمد بن عبدالله الجعيثن فقد", [(3, 7, "PER")]),
        ("ويستمر معسكر الفريق في الموسم المقبل", []),  # a function word is no given name
        ("وقال المتحدث باسم الشرطة إن", []),  # a cue phrase: «باسم» is no given name there
        ("ثم ألقى قائد قوة الواجب كلمة", []),  # a title in construct state names a body
        ("مستشار صاحب السمو الملكي", []),  # «صاحب»: the tagger learned it as an ordinary word
        ("وقال الإعلامي فاضل إن", []),  # a given name alone is not taken
        # after a title phrase, the name right after the whole phrase
        ("ولقاء المدير العام علي الحازمي بما حققه", [(3, 5, "PER")]),
        ("وقال المتحدث باسم مصطفى الحازمي إن", [(3, 5, "PER")]),  # the phrase's words are no name
    ],
)
def test_described_persons(text: str, want: list[tuple[int, int, str]]) -> None:
    words, norms = words_of(text)
    assert spans(described_persons(norms, words, [], set(), signs())) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وتمنى الإعلامي ميثم عبدالكريم له الشفاء", [(2, 4, "PER")]),  # a given name no spelling knows
        ("وتمنى الإعلامي ميثم الشفاء", []),  # no name in «عبدال» after it: no name
        ("وقال المذيع إن عبدالله", []),  # an ordinary word of the tagger's
        ("وزار المواطن الرياض عبدالله", []),  # a place
    ],
)
def test_an_unknown_given_name_before_a_servant_name(text: str, want: list[tuple[int, int, str]]) -> None:
    words, norms = words_of(text)
    assert spans(described_persons(norms, words, [], set(), signs())) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('وكان الإعلامي " ميثم عبدالكريم " قد', [(3, 5, "PER")]),  # the name in quotation marks
        ("وكان الممثل « فاضل الشعلة » قد", [(3, 5, "PER")]),
        ('وكان الإعلامي " أمس "', []),  # no name inside
    ],
)
def test_a_quoted_name_after_a_describing_word(text: str, want: list[tuple[int, int, str]]) -> None:
    words, norms = words_of(text)
    assert spans(described_persons(norms, words, [], set(), signs())) == want


def test_a_one_word_name_takes_the_given_name_before_it() -> None:
    words, norms = words_of("أشار المواطن علي إبراهيم إلى")
    got = described_persons(norms, words, [Chunk(3, 4, "PER")], set(), signs())
    assert spans(got) == [(2, 4, "PER")]


@pytest.mark.parametrize("row", PERSON_WORDS, ids=lambda r: r["word"])
def test_each_describing_word_announces_a_name(row: dict[str, str]) -> None:
    words, norms = words_of(f"وقال و{row['word']} فاضل الشعلة إن")
    assert spans(described_persons(norms, words, [], set(), signs())) == [(2, 4, "PER")]


def test_a_nisba_agreeing_with_the_word_before_leaves_the_name() -> None:
    words, norms = words_of("شيع جثمان الممثل المصري عمر الشريف اليوم")
    assert spans(drop_leading_adjectives(norms, [Chunk(3, 6, "PER")], signs())) == [(4, 6, "PER")]
    words, norms = words_of("شيع جثمان المصري عمر الشريف اليوم")  # no definite word before it
    assert spans(drop_leading_adjectives(norms, [Chunk(2, 5, "PER")], signs())) == [(2, 5, "PER")]


def test_a_place_run_into_a_person_after_a_title_is_split() -> None:
    words, norms = words_of("وقال المتحدث باسم الهلال الأحمر بمنطقة الرياض عبدالله المريبض : الحادث")
    got = split_place_persons(norms, words, [Chunk(5, 8, "LOC")], set(), signs())
    assert spans(got) == [(5, 7, "LOC"), (7, 9, "PER")]
    # No title before it: a place and a name spelling after it stay one place.
    words, norms = words_of("ومجمع القطيف سيتي مول")
    assert spans(split_place_persons(norms, words, [Chunk(1, 4, "LOC")], set(), signs())) == [(1, 4, "LOC")]
    words, norms = words_of("عبر ريف حلب الشمالي امس")  # a definite word opens no name
    assert spans(split_place_persons(norms, words, [Chunk(2, 4, "LOC")], set(), signs())) == [(2, 4, "LOC")]


def test_a_given_name_run_into_a_place_takes_the_unknown_word_after_it_as_family_name() -> None:
    # «جامل» is no known spelling: the given name the tagger ran into the place, after a title,
    # makes it the family name.
    words, norms = words_of("كشف مدير كهرباء تعز نبيل جامل أن عناصر التمرد")
    got = split_place_persons(norms, words, [Chunk(3, 5, "LOC")], set(), signs())
    assert spans(got) == [(3, 4, "LOC"), (4, 6, "PER")]
    # Not a word of two letters («أن»), a place, or past a sentence break.
    words, norms = words_of("كشف مدير كهرباء تعز نبيل أن عناصر")
    assert spans(split_place_persons(norms, words, [Chunk(3, 5, "LOC")], set(), signs())) == [(3, 5, "LOC")]
    words, norms = words_of("كشف مدير كهرباء تعز نبيل صنعاء")
    assert spans(split_place_persons(norms, words, [Chunk(3, 5, "LOC")], set(), signs())) == [(3, 5, "LOC")]
    words, norms = words_of("كشف مدير كهرباء تعز نبيل جامل")
    assert spans(split_place_persons(norms, words, [Chunk(3, 5, "LOC")], {5}, signs())) == [(3, 5, "LOC")]
    # No title before it: the place stays whole.
    words, norms = words_of("في ضواحي تعز نبيل جامل")
    assert spans(split_place_persons(norms, words, [Chunk(2, 4, "LOC")], set(), signs())) == [(2, 4, "LOC")]


def test_common_words_are_those_the_tagger_weighs_for_o() -> None:
    weights = {("w=فور", "O"): 3.0, ("w=خالد", "B-PER"): 0.1, ("w=خالد", "O"): 0.2,
               ("w=عمر", "O"): 1.0, ("w=عمر", "I-PER"): 0.5, ("s=فور", "O"): 5.0}
    assert common_words(weights) == frozenset({"فور"})
    assert "فور" in NerModel.default().common_words
    assert "خالد" not in NerModel.default().common_words


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أكدت هيئة تنظيم الكهرباء والإنتاج المزدوج إن تعرفة الكهرباء منخفضة.",
         [("ORG", "هيئة تنظيم الكهرباء والإنتاج المزدوج")]),
        ("وقال المتحدث الرسمي باسم الهلال الأحمر بمنطقة الرياض عبدالله المريبض: الحادث خطير.",
         [("ORG", "الهلال الأحمر"), ("LOC", "منطقة الرياض"), ("PER", "عبدالله المريبض")]),
        ("ووصف الإعلامي فاضل الشعلة المشرف على الخيمة الحضور.", [("PER", "فاضل الشعلة")]),
        ("كشف مدير كهرباء تعز نبيل جامل أن عناصر التمرد الحوثي هي التي تقف وراء الأزمة.",
         [("LOC", "تعز"), ("PER", "نبيل جامل"), ("ORG", "الحوثي")]),
    ],
)
def test_article_tagger_on_issue_15_sentences(text: str, want: list[tuple[str, str]]) -> None:
    got = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert [(s.label, text[s.start : s.end]) for s in got] == want


def test_the_office_of_a_head_is_no_name_alone() -> None:
    # «رئاسة» is marked alone=no: «رئاسة النادي» is the chairmanship, «وزارة الصحة» the body.
    words, norms = words_of("في ظل رئاسة النادي امس")
    assert head_names(norms, [], set()) == []
    assert chain_names(norms, words, [], set()) == []
    words, norms = words_of("قالت وزارة الصحة امس")
    assert spans(head_names(norms, [], set())) == [(1, 3, "ORG")]


_RANK_NOTES = ("(rank)", "lieutenant colonel", "lieutenant")
_RANKS = [r for r in load_table("ner_cues") if r["note"].endswith(_RANK_NOTES)]


@pytest.mark.parametrize("row", _RANKS, ids=lambda r: r["phrase"])
def test_each_military_rank_announces_a_name(row: dict[str, str]) -> None:
    # «وأوضح المتحدث الرسمي لمديرية الدفاع المدني، المقدم علي عمير آل جرمان، أنه ...»
    assert len(_RANKS) == 4
    words, norms = words_of(f"وأوضح {row['phrase']} علي الجرمان أن")
    assert spans(described_persons(norms, words, [], set(), signs())) == [(2, 4, "PER")]


_SERVICE_RANKS = [r for r in load_table("ner_cues") if r["note"].endswith("(rank with its service)")]


@pytest.mark.parametrize("row", _SERVICE_RANKS, ids=lambda r: r["phrase"])
def test_a_rank_with_its_service_announces_a_name(row: dict[str, str]) -> None:
    # «وأكد العقيد طيار ماجد الحربي أن»: the service word is part of the rank, not the name
    words, norms = words_of(f"وأكد {row['phrase']} ماجد الحربي أن")
    assert spans(described_persons(norms, words, [], set(), signs())) == [(3, 5, "PER")]
    assert spans(drop_titles(norms, [Chunk(2, 5, "PER")])) == [(3, 5, "PER")]  # the tagger took the service


def test_a_title_phrase_before_a_name_keeps_its_tail_out() -> None:
    words, norms = words_of("وقال المتحدث باسم مصطفى الحازمي إن")
    assert spans(drop_titles(norms, [Chunk(2, 5, "PER")])) == [(3, 5, "PER")]
    words, norms = words_of("وقال المقدم سالم الحازمي إن")  # no phrase: the name is kept whole
    assert spans(drop_titles(norms, [Chunk(2, 4, "PER")])) == [(2, 4, "PER")]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("يعيش مأزق قاسم سليماني وهو", (1, 4), (2, 4)),  # a noun run into the name
        ("رئيس حكومة الشيشان حسن حكيموف والمندوب", (2, 5), (3, 5)),  # a place
        ("أكد العقيد شبنان بن مبارك القرني أن", (2, 6), (2, 6)),  # a rare given name, then بن
        ("وقال حسين أمير عبد اللهيان إن", (1, 5), (1, 5)),  # a known given name first
        ("يعيش مأزق سليماني وهو", (1, 3), (1, 3)),  # two words: too short to cut
        ("واصلت المهرة هاذي بنت الخالدية تألقها", (2, 5), (2, 5)),  # a name part follows
    ],
)
def test_drop_leading_strangers(text: str, span: tuple[int, int], want: tuple[int, int]) -> None:
    _, norms = words_of(text)
    got = drop_leading_strangers(norms, [Chunk(*span, "PER")], signs())
    assert spans(got) == [(*want, "PER")]
