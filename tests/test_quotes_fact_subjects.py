"""A verb of saying whose subject is a noun of facts or figures (quote_cues kind
fact_subject: «الأرقام تؤكد أن», «الدلائل الأولية تشير إلى أن», «تقديرات الحكومة تشير إلى أن», or
right after it: «وتشير التقديرات إلى أن») tells what the facts show: nobody's words, no quotation of
its own; inside a speaker's quotation it leaves the speaker's words whole. A person, a body or a
source before the verb still speaks («مصادر مطلعة تؤكد أن», «الوزارة تشير إلى أن»), and so does one
after a comma that ends the facts' phrase («وعن الأرقام، تؤكد الوزارة أن»), one whose noun of facts
follows a preposition («وفي التفاصيل أكد أنه») or is in construct with a named body («أرقام … يوروستات»).
A past verb counts like a present one («وأشارت الأرقام إلى أن»).
"""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from tests.test_quotes_units import run


@pytest.mark.parametrize("word", ["الأرقام", "الإحصائيات", "المؤشرات", "الدلائل", "الواقع", "تقديرات"])
def test_nouns_of_facts_are_rows(word: str) -> None:
    assert quote_cues().at(words_of(word), 0, frozenset({"fact_subject"})) is not None


def test_figures_that_confirm_are_nobodys_words() -> None:
    assert run("وهذه الإحصائيات تؤكد أن البطالة تراجعت خلال العام الحالي.") == []
    assert run("والدلائل الأولية تشير إلى أن الحريق نتج عن تماس كهربائي.") == []
    assert run("تقديرات الحكومة تشير إلى أن كلفة المشروع بلغت مليار ريال.") == []


def test_figures_after_their_verb_are_nobodys_words_too() -> None:
    assert run("وتشير التقديرات إلى أن عدد الزوار تجاوز مليون زائر.") == []
    assert run("وتؤكد الأرقام أن الصادرات ارتفعت هذا العام.") == []
    assert run("وتشير الوزارة إلى أن الصادرات ارتفعت هذا العام.") \
        == [("indirect", "الصادرات ارتفعت هذا العام", None)]


def test_a_speakers_words_stay_whole_around_the_facts_he_cites() -> None:
    src = "وقال وزير المالية [سالم العبدالله](PER:salem) إن الأرقام تؤكد أن الاقتصاد ينمو بثبات."
    assert run(src) == [("indirect", "الأرقام تؤكد أن الاقتصاد ينمو بثبات", "salem")]


@pytest.mark.parametrize("src", [
    "مصادر مطلعة تؤكد أن الاجتماع سيعقد الأسبوع المقبل.",
    "والوزارة تشير إلى أن الاجتماع سيعقد الأسبوع المقبل.",
    "وعن الأرقام، تؤكد الوزارة أن الاجتماع سيعقد الأسبوع المقبل.",
])
def test_a_source_or_a_break_before_the_verb_still_speaks(src: str) -> None:
    assert [w for _, w, _ in run(src)] and all("الاجتماع سيعقد" in w for _, w, _ in run(src))


def test_a_past_verb_after_figures_is_theirs_too() -> None:
    assert run("وأشارت الأرقام إلى أن عدد اللاجئين تضاعف العام الماضي.") == []


def test_a_noun_of_facts_after_a_preposition_is_no_subject() -> None:
    src = "وفي التفاصيل أكد المتحدث [سالم العبدالله](PER:salem) أنه تلقى بلاغا مساء أمس."
    assert run(src) == [("indirect", "تلقى بلاغا مساء أمس", "salem")]


def test_figures_of_a_named_body_are_its_word() -> None:
    src = "وأشارت أرقام مكتب الإحصاء الأوروبي [يوروستات](ORG:eurostat) إلى أن الصادرات ارتفعت."
    assert [w for _, w, _ in run(src)] == ["الصادرات ارتفعت"]
