"""A reported clause cut before a later verb of saying ends before the words that lead that verb's
clause (quote_leads.tsv: «، كما أبان», «، فيما أكد», «لكنه لم يستبعد»), and such a linked verb opens
a clause of its own however close it stands (issue 15, round 36)."""

from __future__ import annotations

import pytest

from marsad.events.quote_leads import before_attitude, before_leads, quote_leads
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_clause_cut_before_kama_and_a_verb_ends_before_kama() -> None:
    got = run("وأفادت [الوزارة](ORG:moh) أن توقف التنفس حدث قبل نصف ساعة في منزلها، كما أبان "
              "الكشف على الطفلة وجود عيوب خلقية.")
    assert got[0][1] == "توقف التنفس حدث قبل نصف ساعة في منزلها"


def test_a_link_and_a_particle_before_the_verb_both_stay_out() -> None:
    got = run("وقال [خالد](PER:khalid) إن المفاوضات لم تناقش التفاصيل بعد لكنه لم يستبعد أن "
              "تستأنف الأسبوع المقبل.")
    assert [q[1] for q in got] == ["المفاوضات لم تناقش التفاصيل بعد", "تستأنف الأسبوع المقبل"]


def test_a_verb_linked_by_a_comma_and_a_lead_opens_its_own_clause() -> None:
    got = run("وأكد [خالد](PER:khalid) أن الفريق جاهز للمباراة، في حين قال المدرب إن الإصابات تقلقه.")
    assert [q[1] for q in got] == ["الفريق جاهز للمباراة", "الإصابات تقلقه"]


def test_a_particle_with_no_comma_keeps_the_verb_inside_the_clause() -> None:
    got = run("وقال [خالد](PER:khalid) إن الوزير قد أكد أن الفريق جاهز.")
    assert got[0][1] == "الوزير قد أكد أن الفريق جاهز"


def test_a_contrast_with_the_speaker_s_pronoun_opens_a_clause_with_no_comma() -> None:
    got = run("وأكد [سالم العلي](PER:salem) أن الفريق جاهز لكنه نفى وجود أي خلاف مع المدرب.")
    assert [q[1] for q in got] == ["الفريق جاهز", "وجود أي خلاف مع المدرب"]
    got = run("وأقرت [سلمى الحربي](PER:s) بأنها كتبت المقال إلا أنها أكدت أن الصور ليست لها.")
    assert [q[1] for q in got] == ["كتبت المقال", "الصور ليست لها"]


def test_a_clause_keeps_its_first_word() -> None:
    ws = words_of("أن كما قال")
    assert before_leads(ws, 0, 2) == 1  # only the words after the complementizer are trimmed
    assert before_leads(ws, 1, 2) == 2


@pytest.mark.parametrize("row", [r for r in load_table("quote_leads") if r["kind"] == "lead"],
                         ids=lambda r: r["form"])
def test_every_lead_row_is_read_with_and_without_its_conjunction(row: dict[str, str]) -> None:
    for form in (row["form"], "و" + row["form"]):
        ws = words_of(f"إن الوضع صعب {form} قال")
        assert before_leads(ws, 0, len(ws) - 1) == 3, form
        assert quote_leads().at(ws, 3) is not None


def test_a_verb_taking_an_in_an_aside_parted_by_a_comma_owns_no_clause() -> None:
    got = run("وقالت [الوكالة](ORG:agency) في معلومات لا يمكن التأكد منها، إن أربعة من قادة الحزب قتلوا "
              "في الغارات.")
    assert got == [("indirect", "أربعة من قادة الحزب قتلوا في الغارات", "agency")]


def test_a_verb_taking_an_with_no_comma_still_owns_the_clause() -> None:
    assert run("وأوضح [خالد](PER:khalid) للجميع ما يجب أن تفعله الشركات في الأزمة.") == []


def test_a_clause_ends_before_a_comma_and_a_participle_of_praise() -> None:
    got = run("وأكد [خالد](PER:khalid) أن الموسم كان ناجحا بكل المقاييس، مشيدا بجهود العاملين في الميدان.")
    assert got == [("indirect", "الموسم كان ناجحا بكل المقاييس", "khalid")]


def test_a_participle_of_praise_with_no_comma_before_it_cuts_nothing() -> None:
    got = run("وأكد [خالد](PER:khalid) أن المدرب بقي مشيدا بجهود اللاعبين طوال الموسم.")
    assert [q[1] for q in got] == ["المدرب بقي مشيدا بجهود اللاعبين طوال الموسم"]


@pytest.mark.parametrize("row", [r for r in load_table("quote_leads") if r["kind"] == "attitude"],
                         ids=lambda r: r["form"])
def test_every_attitude_row_ends_the_clause_before_its_comma(row: dict[str, str]) -> None:
    ws = words_of(f"أن الموسم كان ناجحا، {row['form']} الجهود")
    assert before_attitude("أن الموسم كان ناجحا، " + row["form"] + " الجهود", ws, 0, len(ws)) == 4


def test_a_noun_phrase_quotation_ends_before_the_lead_of_the_next_verb_too() -> None:
    got = run("وكشف [سالم](PER:salem) عن حاجة والدته الماسة للعلاج العاجل، حيث أخبر طاقم الطائرة أنها مريضة.")
    assert got[0] == ("indirect", "حاجة والدته الماسة للعلاج العاجل", "salem")
