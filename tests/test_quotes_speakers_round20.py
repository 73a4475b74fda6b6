"""Speakers of round 20 (issue 15), on invented sentences: a definite statement noun with no
issuer named before it («وأشار التقرير إلى», «وأوضح البيان أن») goes back to the organisation
that spoke last, not to a person who did, nor when the noun has words of its own («التقرير السنوي
للمؤسسة») or a report was only talked about before; an organisation named again by «التنظيم» is
that organisation; a participle after a verb inside the words reported takes that verb's subject
only when the words after the verb open with it, not a name in its object («لا يرى دورا لبشار
الأسد، مضيفا»); a body's name after its noun and a time is the verb's object; an office in
a lead is the holder named after it, unless it is in construct with what it heads («رئيس الوزراء
الماليزي») or met past the lead; a subject that opens with a number («أفاد 72 % من أصحاب
العمل») is a share of a group, no one named."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


@pytest.mark.parametrize(("noun", "verb"), [("التقرير", "وأشار"), ("البيان", "وأوضح"), ("التقرير", "وقال")])
def test_a_statement_noun_with_no_issuer_is_the_body_that_spoke_last(noun: str, verb: str) -> None:
    got = run("قالت [منظمة أوبك](ORG:opec) إن روسيا ستظل محورا رئيسيا في مستقبل الطاقة. "
              f"{verb} {noun} إلى أن الطلب على النفط سيرتفع.")
    assert [q[2] for q in got] == ["opec", "opec"]


def test_a_statement_noun_after_a_person_spoke_is_not_his() -> None:
    got = run("قال وزير الطاقة [خالد الفالح](PER:falih) إن السوق مستقرة. "
              "وأشار التقرير إلى أن الطلب على النفط سيرتفع.")
    assert got[0][2] == "falih"
    assert got[1][2] is None


def test_a_statement_noun_with_an_owner_of_its_own_is_not_the_last_body() -> None:
    got = run("قالت [وزارة الداخلية](ORG:moi) إن عدد المسافرين ارتفع. "
              "وكشف التقرير السنوي للمؤسسة أن عدد المركبات بلغ مليونا.")
    assert got[0][2] == "moi"
    assert got[1][2] != "moi"


def test_the_organisation_named_again_by_its_kind() -> None:
    assert any(r["form"] == "تنظيم" and r["kind"] == "org" for r in load_table("speaker_references"))
    got = run("أعلن [تنظيم داعش](ORG:isis) مسؤوليته عن الهجوم. "
              "وقال التنظيم في بيان نشره على الإنترنت إن عناصره نفذوا العملية.")
    assert [q[2] for q in got] == ["isis", "isis"]


def test_a_name_in_the_object_of_a_reported_verb_does_not_go_on() -> None:
    got = run("وقال [كيري](PER:kerry) إن الحل صعب.\n وشدد على أنه لا يرى دورا لبشار [الأسد](PER:assad) "
              "في مستقبل سوريا، مضيفا «لا أستطيع أن أرى كيف يتوقف العنف».")
    assert [q[2] for q in got] == ["kerry", "kerry", "kerry"]


def test_a_name_in_the_object_of_a_verb_in_marked_words_does_not_go_on() -> None:
    got = run("وقال [كيري](PER:kerry): الحل صعب ولا يرى دورا لبشار [الأسد](PER:assad) في مستقبل سوريا، "
              "مضيفا أن الحوار مستمر.")
    assert [q[2] for q in got] == ["kerry", "kerry"]


def test_the_subject_right_after_a_verb_in_marked_words_goes_on() -> None:
    got = run("وقال [كيري](PER:kerry): الحل صعب ويقول وزير الخارجية الروسي [لافروف](PER:lavrov) إن الحل "
              "ممكن، مضيفا أن الحوار مستمر.")
    assert got[-1][2] == "lavrov"


def test_a_name_after_a_body_and_a_time_is_the_verb_s_object() -> None:
    got = run("اتهمت الحكومة البريطانية [أمس الأحد](DATE:2015-08-02) [أسبانيا](LOC:spain) بانتهاك سيادتها "
              "في جبل طارق قائلة إن سفنا تابعة للدولة الأسبانية دخلت مياهها.")
    assert got and all(q[2] != "spain" for q in got)


def test_an_office_in_construct_in_a_lead_is_not_the_next_holder_of_another_office() -> None:
    got = run("أعلن رئيس الوزراء الماليزي أن الحطام يعود إلى الطائرة. "
              "وقال [مارتن دولان](PER:dolan)، رئيس مكتب سلامة النقل، إن البحث مستمر.")
    assert got[0][2] is None
    assert got[1][2] == "dolan"


def test_an_office_in_a_lead_is_the_holder_named_after_it() -> None:
    got = run("أكد اللاعب المصري أنه سعيد بالانتقال إلى النادي. "
              "وانضم اللاعب المصري [حسين ياسر](PER:yasser) إلى النادي الموسم الماضي.")
    assert got[0][2] == "yasser"


def test_an_office_past_the_lead_is_not_the_holder_named_after_it() -> None:
    got = run("وصل الرئيس الفرنسي إلى القاهرة أمس.\nوقد أكد السفير الألماني أن بلاده تشارك بوفد رفيع. "
              "والتقى سفير ألمانيا لدى مصر [مارتن كوبلر](PER:kobler) بالوزير.")
    assert got[0][2] != "kobler"



@pytest.mark.parametrize("share", ["72 % من أصحاب العمل في", "4 في المائة فقط من الشركات في"])
def test_a_number_of_a_group_is_no_one_named(share: str) -> None:
    got = run("قال [أحمد الخالد](PER:khalid) إن السوق نشطة. "
              f"وأفاد {share} [المملكة](LOC:ksa) أنهم سيقومون بالتوظيف خلال الأشهر المقبلة.")
    assert got[-1][2] is None
