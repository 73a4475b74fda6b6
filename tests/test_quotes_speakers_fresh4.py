"""Speakers the quote-speaker census of round 11 (issue 15) found on quotes-dev-fresh4, on invented
sentences: the subject after a hearer named in marks («أكد لـ"عين اليوم" المتحدث ... X أن»), an
office of an office («الممثل الخاص للأمين العام ... X»), the issuer of a statement that a verb
of issuing names before it («وأصدرت اللجنة بيانا أكدت فيه أنها»), an unnamed source before its
verb («مصادر عدة أكدت أن»: nobody), and a body that opened the sentence before with a verb of
saying («أعلنت [الإدارة] ... . وأوضحت أن»)."""

from __future__ import annotations

import pytest

from marsad.events.quote_subjects import described_again
from marsad.events.speaker_clauses import office_complement, speaker_clauses
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_the_subject_after_a_hearer_in_marks_is_the_speaker() -> None:
    got = run('أكد لـ"عين اليوم" المتحدث الرسمي لـ[أمانة الطائف](ORG:taif) [إسماعيل إبراهيم](PER:ismail) '
              "أن الأمانة لم تمنع أحدا.")
    assert got == [("indirect", "الأمانة لم تمنع أحدا", "ismail")]


def test_a_hearer_alone_is_no_speaker() -> None:
    got = run('وقال [خالد](PER:khalid) إن الوضع صعب. وأضاف لـ"عين اليوم" أن الحل قريب.')
    assert [q[2] for q in got] == ["khalid", "khalid"]


def test_an_office_of_an_office_is_held_by_the_person_named_after_it() -> None:
    got = run("وقال الممثل الخاص للأمين العام [للأمم المتحدة](ORG:un) في [العراق](LOC:iraq) "
              "[يان كوبيتش](PER:kubis) إن العراق يعيش مرحلة صعبة.")
    assert got == [("indirect", "العراق يعيش مرحلة صعبة", "kubis")]


def test_a_hearer_after_an_office_still_ends_the_subject() -> None:
    got = run("وقال السفير [خالد](PER:khalid) للصحفيين إن الزيارة ناجحة.")
    assert got[0][2] == "khalid"


@pytest.mark.parametrize(("word", "complement"), [("للأمين", True), ("لرئيس", True), ("لوزير", True),
                                                   ("للصحفيين", False), ("لوكالة", False), ("الأمين", False)])
def test_office_complement_is_lam_and_an_office(word: str, complement: bool) -> None:
    assert office_complement(words_of(word)[0]) is complement


def test_the_issuer_of_a_statement_is_the_subject_of_the_verb_that_issued_it() -> None:
    got = run("اختتمت [لجنة الأمم المتحدة المعنية](ORG:unc) زيارة رسمية. وأصدرت اللجنة بيانا أكدت فيه "
              "أنها جمعت معلومات كثيرة. وأوضحت أنها أحيطت علما بالوضع.")
    assert [q[2] for q in got] == ["unc", "unc"]


def test_a_named_issuer_after_the_verb_of_issuing() -> None:
    got = run("وأصدرت [وزارة الخارجية](ORG:mofa) بيانا قالت فيه إن الزيارة ناجحة.")
    assert got[0][2] == "mofa"


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "issue_verb"],
                         ids=lambda r: r["form"])
def test_every_issue_verb_row_issues_the_statement_after_its_subject(row: dict[str, str]) -> None:
    assert speaker_clauses().at(words_of(row["form"]), 0) is not None
    got = run(f"و{row['form']} [وزارة الخارجية](ORG:mofa) بيانا جاء فيه أن الزيارة ناجحة. "
              "وقال [خالد](PER:khalid) إن الوضع صعب. وأضاف البيان أن الحل قريب.")
    assert got[-1][2] == "mofa"


def test_an_unnamed_source_before_its_verb_is_nobody() -> None:
    got = run("وأفاد الكابتن [إبراهيم الكشي](PER:kashi) بأن التحقيق مستمر. يشار إلى أن مصادر عدة أكدت أن "
              "الطائرة تملكها أسرة ثرية.")
    assert [q[2] for q in got] == ["kashi", None]


def test_a_definite_office_and_its_adjective_before_the_verb_is_no_unnamed_source() -> None:
    got = run("وقال وزير الخارجية [عادل الجبير](PER:jubeir) إن الوضع صعب. وكان الوزير السعودي قال إن "
              "الحل سياسي.")
    assert got[-1][2] == "jubeir"


def test_a_body_that_opened_the_sentence_before_with_a_verb_of_saying_goes_on() -> None:
    got = run("أعلنت [الإدارة العامة للتعليم](ORG:edu) ترحيبها بالمعلمين الجدد ودعت المرشحين إلى الحضور. "
              "وأوضحت أن المستندات المطلوبة كثيرة.")
    assert got == [("indirect", "المستندات المطلوبة كثيرة", "edu")]


def test_a_body_after_a_verb_that_is_no_saying_does_not_go_on() -> None:
    got = run("فاز [الهلال](ORG:hilal) على النصر في المباراة. وأوضحت أن المستوى جيد.")
    assert got[0][2] != "hilal"


@pytest.mark.parametrize("form", ["ممثل", "ممثلة"])
def test_the_representative_is_an_office(form: str) -> None:
    assert any(r["form"] == form and r["kind"] == "title" for r in load_table("speaker_references"))


def test_a_definite_office_and_its_adjective_before_the_verb_is_its_subject() -> None:
    got = run("ضم الفريق حارسا جديدا للمدرب [آرسين فينغر](PER:wenger). إلا أن المدرب الفرنسي قال إن "
              "العمل الحقيقي سيبدأ الأسبوع المقبل.")
    assert got[0][2] == "wenger"


def test_a_continuation_with_a_description_that_names_nobody_is_the_speaker_going_on() -> None:
    got = run("قال أسطورة الكرة [دييجو مارادونا](PER:maradona) إنه يريد محاربة الفساد. وأضاف القائد "
              "والمدرب السابق للأرجنتين لمحطة تلفزيونية «يجب أن أحارب المافيا في الاتحاد».")
    assert [q[2] for q in got] == ["maradona", "maradona"]


def test_a_continuation_with_an_unnamed_source_stays_nobody() -> None:
    got = run("قال [خالد](PER:khalid) إن الوضع صعب. وقال مصدر أمني إن الهجوم وقع ليلا. وأضاف المصدر "
              "أن التحقيق مستمر.")
    assert [q[2] for q in got] == ["khalid", None, None]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "unnamed_office"],
                         ids=lambda r: r["form"])
def test_every_unnamed_office_row_is_no_speaker_described_again(row: dict[str, str]) -> None:
    ws = words_of(f"وأضاف {row['form']} أن")
    assert speaker_clauses().at(ws, 1) is not None
    assert not described_again(ws, 1)
    assert described_again(words_of("وأضاف المدرب أن"), 1)


def test_a_body_noun_finds_the_name_after_it_whatever_its_label() -> None:
    got = run("وأظهرت الدراسة التي أجرتها مؤسسة ([ميديا أناليسيس](LOC:ma)) أن النسبة تراجعت. "
              "وأشارت المؤسسة إلى أن عدد السكان تراجع.")
    assert got[-1][2] == "ma"


def test_a_body_noun_finds_the_name_its_office_words_lead_to() -> None:
    got = run("وأوضحت الأمانة العامة لسوق [عكاظ](ORG:okaz) أن الجوائز كثيرة. وأوضحت الأمانة في بيان لها "
              "أن التسليم إلكتروني.")
    assert [q[2] for q in got] == ["okaz", "okaz"]


def test_a_body_noun_inside_a_name_is_that_body() -> None:
    got = run("وأعلنت [قوات التحالف](ORG:coalition) بدء هدنة إنسانية. وأوضح بيان للتحالف أن الهدف إدخال "
              "المساعدات.")
    assert got[-1][2] == "coalition"


def test_a_name_after_a_verb_is_not_the_body_the_noun_before_the_verb_names() -> None:
    got = run("وأعلنت الوزارة أن [خالد](PER:khalid) وصل. وأكدت الوزارة أن الزيارة ناجحة.")
    assert got[-1][2] != "khalid"


def test_a_time_after_the_verb_is_passed_over_to_its_subject() -> None:
    got = run("وذكرت الصحيفة أن التصريحات ليست الأولى. وأعلن في [أبريل الماضي](DATE:2015-04) رسام "
              "الكاريكاتير [رينالد لوزير](PER:luz) أنه لم يعد يهتم بالرسم.")
    assert got[-1][2] == "luz"


def test_a_place_after_the_verb_still_ends_the_subject() -> None:
    got = run("وقال [خالد](PER:k) إن الوضع صعب. وأضاف في [الرياض](LOC:riyadh) أن الحل قريب.")
    assert [q[2] for q in got] == ["k", "k"]


def test_a_conjoined_verb_of_saying_takes_the_body_that_opens_its_clause() -> None:
    got = run("أكد [إسماعيل إبراهيم](PER:ismail) أن الأمانة دعت الصحفيين. ووجه الإعلاميون انتقاداتهم "
              "لـ[أمانة محافظة الطائف](ORG:taif)، غير أن الأمانة قامت بالتوضيح وأكدت أنها لم تمنع أحدا.")
    assert got[-1] == ("indirect", "لم تمنع أحدا", "taif")


def test_a_verb_of_saying_with_its_own_clause_between_is_not_the_opening_body_s() -> None:
    got = run("وقال [خالد](PER:k) إن الوزارة رفضت الطلب. وأضاف أن الحل قريب.")
    assert [q[2] for q in got] == ["k", "k"]
