"""A name inside what describes an indefinite office — past «كان» or a preposition, as the
genitive of a bare noun («ضابط ليبي كان يعمل في مخابرات [X]», «مصدر أمني كان ضمن حلقة تراقب
تحركات «[X]»») — is not that office's holder: the speaker is the unnamed officer or source. A
name after a definite phrase («باحث في شؤون الجماعات الإسلامية [X]»), an honorific («مستشار في
الديوان الملكي الدكتور [X]») or «هو» («متحدث آخر باسم الرئاسة هو [X]») still names him (round 35,
fresh-text audit of quotation speakers)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_speakers_round19 import spoken


def test_a_name_in_the_clause_describing_an_unnamed_officer_is_not_the_speaker() -> None:
    got = spoken("وقال ضابط ليبي كان يعمل في مخابرات [معمر القذافي](PER:q) إن الأسلحة دخلت من الجنوب.")
    assert got == [(None, None)]


def test_a_name_an_unnamed_source_watched_is_not_the_speaker() -> None:
    got = spoken("يقول مصدر أمني كان ضمن حلقة تراقب تحركات «[حسين](PER:h)» بالمنطقة إنه اختفى فجأة.")
    assert [s for s, _ in got] == [None]


@pytest.mark.parametrize("src, who", [
    ("وقال مستشار في الديوان الملكي الدكتور [خالد العتيبي](PER:k) إن الخطة جاهزة.", "k"),
    ("وقال باحث في شؤون الجماعات الإسلامية [حسن الهاشمي](PER:k) إن التنظيم يتراجع.", "k"),
    ("وقال مستشار الرئيس [خالد العتيبي](PER:k) إن الخطة جاهزة.", "k"),
])
def test_a_name_that_is_the_office_holder_still_speaks(src: str, who: str) -> None:
    assert spoken(src) == [(who, None)]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "naming_pronoun"],
                         ids=lambda r: r["form"])
def test_each_naming_pronoun_keeps_the_name_after_it(row: dict[str, str]) -> None:
    got = spoken(f"ومن ناحيته، قال متحدث آخر باسم الرئاسة {row['form']} جربا [شيهو](PER:g)، "
                 "إن الزيارة تهدف إلى بناء تحالف.")
    assert got == [("g", None)]
