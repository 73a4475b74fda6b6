"""Organisations with no Arabic name of their own: cued Latin acronyms and «مجموعة 5+1», on
chunk lists of our own sentences (no model involved)."""

from __future__ import annotations

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.acronyms import acronym_of, acronyms, group_formulas, initialisms, spelled_initials
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.translit import TranslitModel


def words_of(text: str) -> list[str]:
    return text.split()


def norms_of(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def spans(chunks: list[Chunk]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in chunks]


def test_acronym_shapes() -> None:
    assert acronym_of("GSMA") == "GSMA"
    assert acronym_of("لـGSMA") == "GSMA"
    assert acronym_of("ESM") == "ESM"
    assert acronym_of("MI6") == "MI6"
    for word in ("Samsung", "G", "K5", "ABCDEFGH", "gsma", "3GB"):
        assert acronym_of(word) is None, word


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("وقالت GSMA ان المنظمة مستمرة", 1),  # after a verb of saying
        ("ونشرت منظمة GSMA تقريرا", 2),  # after an organisation head
        ("وذكرت GSMA ، منظمة الصناعة ، ان", 1),  # a head in apposition after a comma
    ],
)
def test_a_cued_acronym_is_an_organisation(text: str, at: int) -> None:
    got = acronyms(norms_of(text), words_of(text), [], {0})
    assert spans(got) == [(at, at + 1, "ORG")]


def test_an_acronym_after_an_organisation_name_bare_or_in_brackets() -> None:
    text = "وسلم المعهد البريطاني للمقاييس BSI الشهادة"
    org = [Chunk(1, 4, "ORG", 0.9)]
    assert spans(acronyms(norms_of(text), words_of(text), org, {0})) == [(1, 4, "ORG"), (4, 5, "ORG")]
    text = "وصلت آلية الاستقرار الاوروبية ( ESM ) امس"
    org = [Chunk(1, 4, "ORG", 0.9)]
    assert spans(acronyms(norms_of(text), words_of(text), org, {0}))[-1] == (5, 6, "ORG")
    text = "وطرحت سيارات سوناتا وKIA امس"  # a conjunction: another thing, not the name's letters
    assert spans(acronyms(norms_of(text), words_of(text), [Chunk(2, 3, "ORG", 0.9)], {0})) == [(2, 3, "ORG")]
    text = "وصلت آلية الاستقرار الاوروبية ( ESM ) امس"
    loc = [Chunk(1, 4, "LOC", 0.9)]
    assert spans(acronyms(norms_of(text), words_of(text), loc, {0})) == [(1, 4, "LOC")]


def test_an_uncued_acronym_is_no_name_until_the_text_names_it() -> None:
    text = "بتقنية LTE وذاكرة RAM"
    assert acronyms(norms_of(text), words_of(text), [], {0}) == []
    text = "وقالت GSMA ان رئيس لـGSMA قال"
    assert spans(acronyms(norms_of(text), words_of(text), [], {0})) == [(1, 2, "ORG"), (4, 5, "ORG")]


def test_a_group_formula_after_an_organisation_classifier() -> None:
    for text, end in (("مع مجموعة 5 + 1 امس", 5), ("مع مجموعة ( 5 + 1 ) امس", 7)):
        assert spans(group_formulas(norms_of(text), words_of(text), [], {0})) == [(1, end, "ORG")], text
    for text in ("مع مجموعة 5 اشخاص", "مع مجموعة ( 5 + امس", "مع قرية 5 + 1"):
        assert group_formulas(norms_of(text), words_of(text), [], {0}) == [], text



@pytest.mark.parametrize(
    ("text", "end"),
    [
        ('مع مجموعة " 5 + 1 " امس', 7),  # a formula in quotation marks
        ("مع مجموعة « 5 + 1 » امس", 7),
        ("وقمة مجموعة السبع في ألمانيا", 3),  # a club of states named by its count
        ("قادة مجموعة الدول العشر الغنية", 4),
        ("بين إيران ومجموعة الخمسة زائد واحد أمس", 6),  # the formula in words
    ],
)
def test_a_group_in_quotation_marks_or_named_by_its_count(text: str, end: int) -> None:
    start = 1 if not text.startswith("بين") else 2
    assert spans(group_formulas(norms_of(text), words_of(text), [], {0})) == [(start, end, "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "وتضم مجموعة ثلاث دول",  # an indefinite count: no club
        "تصدر مجموعة الاثنين",  # fewer than three
        'مع مجموعة " 5 + 1 ) امس',  # the marks do not match
        "فرق المجموعة الثالثة",  # an ordinal after the definite word
        "مع مجموعة الدول . العشر",  # across a sentence break
    ],
)
def test_no_group_without_a_count_of_three_or_matching_marks(text: str) -> None:
    breaks = {0, 4} if "." in text else {0}
    assert group_formulas(norms_of(text), words_of(text), [], breaks) == []


def _translit() -> TranslitModel:
    return NerModel.default().features.translit


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("بعدما ألغت إن.بي.سي تغطيتها للحفل", [(2, 3, "ORG")]),  # cued by nothing: the stops say it
        ("وقال مكتب التحقيقات ( إف.بي.آي ) إن", [(4, 5, "ORG")]),
        ("وأكدت إي.واي الاستشارية في تقرير", [(1, 2, "ORG")]),
        ("وارتفع سهم أو.سي.آي إن.في للكيماويات", [(2, 4, "ORG")]),  # two initialisms, one name
        ("وقال دي.بي كارنيك إن الوزن زاد", []),  # a person's initials before a foreign family name
        ("وقال إن في الأمر نظرا", []),  # spelled letters with no stops are words
        ("صندوق 1.إم.دي.بي. الاستثماري", []),  # a number is no spelled letter
    ],
)
def test_spelled_initials_joined_by_stops_are_an_organisation(
    text: str, want: list[tuple[int, int, str]]
) -> None:
    assert spans(initialisms(norms_of(text), [], _translit())) == want


def test_an_initialism_the_tagger_holds_is_left_alone_or_joins_its_name() -> None:
    text = "وارتفع سهم أو.سي.آي إن.في للكيماويات"
    assert spans(initialisms(norms_of(text), [Chunk(2, 3, "ORG")], _translit())) == [(2, 4, "ORG")]
    assert spans(initialisms(norms_of(text), [Chunk(2, 4, "MISC")], _translit())) == [(2, 4, "MISC")]
    assert spelled_initials(normalize("إل.جي")) and spelled_initials(normalize("إف.بي.آي."))
    assert not spelled_initials(normalize("بي")) and not spelled_initials(normalize("د.محمد"))


def test_an_initialism_behind_the_conjunction_is_its_own_name_only_in_a_list() -> None:
    text = "مع شركات نفط مثل بي.بي وبي.جي وشركة إيني"
    assert spans(initialisms(norms_of(text), [], _translit())) == [(4, 5, "ORG"), (5, 6, "ORG")]
    text = "وارتفع سهم وإن.في أمس"  # after no name: the conjunction joins no list
    assert initialisms(norms_of(text), [], _translit()) == []
    assert spelled_initials(normalize("وبي.جي")) and not spelled_initials(normalize("وي.جي"))


def test_the_tagger_leaves_the_conjunction_out_of_an_initialism_in_a_list() -> None:
    from marsad.ner.article import tag_article

    text = "انتهت مصر من توقيع عقود مع شركات نفط عالمية مثل بي.بي وبي.جي وشركة إيني."
    spans_ = tag_article(text, NerModel.default(), [(0, len(text))], [])
    got = [(text[s.start : s.end], s.label) for s in spans_]
    assert ("بي.بي", "ORG") in got and ("بي.جي", "ORG") in got
