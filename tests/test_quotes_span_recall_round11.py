"""Quotation spans the census of round 11 (issue 15) found missed on the quotes-dev strata, on
invented sentences: the clause of a noun of saying whose subject follows it («إعلان النائب X
أنه ...»), the clause of a verb of saying right after الذي or التي («التقدير الذي قال إنه ...»),
and speech right after a participle of saying with no أن, colon or marks («أجابني قائلا ...»)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_ROWS = load_table("quote_cues")
_NOUNS = [r["form"] for r in _ROWS if r["kind"] == "saying_noun"]
_BARE = [r["form"] for r in _ROWS if r["kind"] == "bare_speech"]
_EVIDENCE = [r["form"] for r in _ROWS if r["kind"] == "evidence"]


@pytest.mark.parametrize("form", _NOUNS)
def test_a_noun_of_saying_introduces_its_subjects_clause(form: str) -> None:
    got = run(f"وجاء ذلك بعد {form} النائب [إليوت أنجل](PER:engel) أنه سيصوت ضد الاتفاق النووي.")
    assert [g[:2] for g in got] == [("indirect", "سيصوت ضد الاتفاق النووي")]


@pytest.mark.parametrize("form", _NOUNS)
def test_a_noun_of_saying_with_a_clause_between_is_no_quotation(form: str) -> None:
    # the complementizer belongs to another verb («بدا أن»), to «على رفض ... فإن», or is «إن» "if"
    assert run(f"ومنذ {form} الاتفاق بدا أن العالم يتعامل مع نتائجه كموضوع قريب.") == []
    assert run(f"ومع {form} المتحدث على رفض أسلوب المنع فإنه لم يغفل جانب الرصد.") == []
    assert run(f"ولن يصدر {form} إن لم تتفق الأطراف على موعد الاجتماع المقبل.") == []


def test_a_nouns_speaker_may_be_described_in_construct() -> None:
    got = run("واهتمت الصحيفة بإعلان رئيس تحرير مجلة “شارلي إبدو” الفرنسية أن المجلة لن ترسم مجددا.")
    assert [g[1] for g in got] == ["المجلة لن ترسم مجددا"]
    got = run("وتباينت الآراء منذ إعلان اتحاد كرة القدم بأن مباراة السوبر ستقام في لندن.")
    assert [g[1] for g in got] == ["مباراة السوبر ستقام في لندن"]


def test_a_noun_a_verb_of_saying_governs_adds_nothing() -> None:
    got = run("وأكد الوزير [سعد](PER:min) في تصريح له أن العمل مستمر في جميع المواقع.")
    assert got == [("indirect", "العمل مستمر في جميع المواقع", "min")]


def test_a_verb_of_saying_after_a_relative_pronoun_reports_its_clause() -> None:
    got = run("الفنان أحمد سعيد لهذا التقدير الذي قال إنه بمثابة المحفز على العمل ومواصلة العطاء.")
    assert [g[:2] for g in got] == [("indirect", "بمثابة المحفز على العمل ومواصلة العطاء")]
    got = run("بحسب ما ذكرت \"ذي دايلي مايل\" التي رأت أن المدرب سيشرك اللاعب يوم الأحد.")
    assert "المدرب سيشرك اللاعب يوم الأحد" in [g[1] for g in got]


@pytest.mark.parametrize("form", _EVIDENCE)
def test_a_fact_that_confirms_is_no_speaker(form: str) -> None:
    assert {"verb", "evidence"} <= {r["kind"] for r in _ROWS if r["form"] == form}
    assert run(f"وستجد هذه الحقيقة التي {form} أن موازنة البنود أفضل وسيلة لضبط المال العام.") == []


def test_a_relative_verb_with_words_before_its_clause_stays_out() -> None:
    # «مما يشير إلى أن», «الذي أعلن عن»: not a verb with its complementizer right after it
    assert run("وارتفعت الأسعار مما يشير إلى أن السوق يتعافى من الركود الطويل.") == []


@pytest.mark.parametrize("form", _BARE)
def test_speech_right_after_a_participle_of_saying(form: str) -> None:
    assert {"participle", "bare_speech"} <= {r["kind"] for r in _ROWS if r["form"] == form}
    got = run(f"وسألته عن السبب فأجاب [حسن](PER:hassan) {form} الزواج هو الذي عزف عني.")
    assert [g[:2] for g in got] == [("direct", "الزواج هو الذي عزف عني")]
    got = run(f"وعبر [حسن](PER:hassan) عن خيبة أمله {form}، لماذا رفضتم النظام الجديد؟")
    assert [g[:2] for g in got] == [("direct", "لماذا رفضتم النظام الجديد؟")]


def test_a_participle_that_takes_an_object_or_describes_opens_no_bare_speech() -> None:
    assert run("وقد تكون هذه الأصول أموالا سائلة أو احتياطيات لدى البنك المركزي.") == []
    assert run("وسط إجراءات أمنية مشددة وبيانات تحذير من وزارتي الداخلية والشباب.") == []
    # a participle with its preposition or complementizer keeps its own reading
    got = run("وقال [حسن](PER:hassan) إن الفريق جاهز، مضيفا أن اللاعبين في أفضل حالاتهم.")
    assert [g[1] for g in got] == ["الفريق جاهز", "اللاعبين في أفضل حالاتهم"]


def test_a_readers_signature_under_a_marked_question_is_no_answer() -> None:
    # a column's doctor answers readers: «* ما هي الفوائد؟⏎فايزة - أبها⏎- هذا ملخص ...»
    text = ("قال الطبيب [خالد](PER:khalid) إن الأسئلة كثيرة.\n* ما هي الفوائد الصحية للبابونج؟\n"
            "أم خالد - الرياض\n* ما هي اختبارات متابعة الحمل؟\nفايزة - أبها\n")
    assert [t for _, t, _ in run(text)] == ["الأسئلة كثيرة"]


_SOURCES = [r["form"] for r in _ROWS if r["kind"] == "according_to"]


@pytest.mark.parametrize("form", _SOURCES)
def test_a_person_put_before_his_words_and_fainna(form: str) -> None:
    source = "لـ[باراك أوباما](PER:obama)" if form in ("وفقا", "طبقا") else "الرئيس [باراك أوباما](PER:obama)"
    got = run(f"وانتهى الاجتماع. و{form} {source}، فإن الولايات المتحدة عليها أن "
              "تقود العالم.")
    assert got == [("indirect", "الولايات المتحدة عليها أن تقود العالم", "obama")]


@pytest.mark.parametrize("form", _SOURCES)
def test_a_documents_figures_before_fainna_are_no_quotation(form: str) -> None:
    study = "للدراسة" if form in ("وفقا", "طبقا") else "الدراسة"
    assert run(f"وانتهى الاجتماع. و{form} {study}، فإن التصريحات العدائية لم تقتصر على البحرين.") == []
    # no comma before فإن: not a source put before its words
    assert run(f"و{form} الرئيس [أوباما](PER:obama) فإن الخطة تتأخر كثيرا.") == []


def test_a_mark_the_sentence_never_closes_opens_speech_after_a_verb() -> None:
    got = run("وقال [الأبنودي](PER:abnoudi) إن درويش أهم شاعر. وتابع\" انا من عشاق درويش شعرا وشخصا وانسانا.")
    assert [g[:2] for g in got][-1] == ("direct", "انا من عشاق درويش شعرا وشخصا وانسانا")
    # a closed pair after the verb is a direct quotation of its own, not this
    got = run("وقال [الأبنودي](PER:abnoudi) \"انا من عشاق درويش شعرا وشخصا\" أمس.")
    assert [g[:2] for g in got] == [("direct", "انا من عشاق درويش شعرا وشخصا")]
