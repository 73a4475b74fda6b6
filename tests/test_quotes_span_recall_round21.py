"""Quotation spans on the quotes dev gold (issue 15, round 21), on invented sentences: the
verbs of saying أورد / أوردت and the participle مستدركا / مستدركة (quote_cues); titles, slogans,
hashtags and an interviewer's question in marks after their noun are no quotations («تحت
عنوان «...»», «وعلى سؤال «...»», quote_cues kind name_noun); a short term in marks inside a
verb's subject, a comma and the verb's أن after it (quote_names); and a name's word that reads
as a complementizer behind a proclitic («لويس [فان] جال», «[بان] كي مون»: quote_words.name_word)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_ROWS = {(r["form"], r["kind"]) for r in load_table("quote_cues")}
_TITLE_NOUNS = ["عنوان", "شعار", "سؤال", "وسم", "هاشتاق", "هاشتاغ", "كتاب", "فيلم", "مسلسل", "أغنية",
                "رواية", "ديوان", "قصيدة"]


@pytest.mark.parametrize("form", ["أورد", "أوردت"])
def test_reported_with_awrada_is_speech(form: str) -> None:
    assert ("أورد", "verb") in _ROWS
    got = run(f"و{form} التقرير أن حركة الرياح السطحية ستكون شمالية غربية خلال الأيام المقبلة.")
    want = "حركة الرياح السطحية ستكون شمالية غربية خلال الأيام المقبلة"
    assert [g[:2] for g in got] == [("indirect", want)]


def test_an_interview_a_source_carried_keeps_its_speaker() -> None:
    # «أوردتها» (which the agency reported) has its object: the colon's speech stays the speaker's
    got = run("وأضاف [بيسكوف](PER:peskov) في مقابلة على قناة روسيا، أوردتها [وكالة سبوتنيك](ORG:sputnik): "
              "“روسيا والصين لا تسعيان لحكم العالم بأسره”.")
    assert [(g[1], g[2]) for g in got] == [("روسيا والصين لا تسعيان لحكم العالم بأسره", "peskov")]


@pytest.mark.parametrize("form", ["مستدركا", "مستدركة"])
def test_mustadrikan_opens_its_own_clause(form: str) -> None:
    assert (form, "participle") in _ROWS
    got = run(f"وقال المدير إن الخطة جاهزة للتنفيذ، {form} أن العمل سيبدأ في العام المقبل.")
    assert [g[:2] for g in got] == [("indirect", "الخطة جاهزة للتنفيذ"),
                                    ("indirect", "العمل سيبدأ في العام المقبل")]


@pytest.mark.parametrize("noun", _TITLE_NOUNS)
def test_marked_words_after_a_title_noun_are_no_quotation(noun: str) -> None:
    assert (noun, "name_noun") in _ROWS
    text = f"ونشرت الصحيفة تقريرا حمل {noun} «الطرق انتهت فليبدأ السفر الطويل»، وقال الكاتب إن السفر ممتع."
    assert [g[1] for g in run(text)] == ["السفر ممتع"]
    # behind the preposition ب («بعنوان «...»») too
    text = f"وكتب الصحفي مقالا ب{noun} «الطرق انتهت فليبدأ السفر الطويل» وقال إن السفر ممتع."
    assert [g[1] for g in run(text)] == ["السفر ممتع"]


def test_a_title_heading_the_verbs_subject_leaves_the_clause_to_the_verb() -> None:
    got = run("وقالت الصحيفة في افتتاحيتها تحت عنوان «الكويت تتحدى الطائفية وتهزم الإرهاب»، إن "
              "الجماعة فشلت في تحقيق أهدافها.")
    assert [g[:2] for g in got] == [("indirect", "الجماعة فشلت في تحقيق أهدافها")]


def test_an_interviewers_question_in_marks_is_no_quotation() -> None:
    got = run("وعلى سؤال «هل ستستخدم الولايات المتحدة نفوذها لدى إيران؟»، أجاب [كيري](PER:kerry): "
              "«تفاوضنا مع إيران على الملف النووي فقط».")
    assert [g[1] for g in got] == ["تفاوضنا مع إيران على الملف النووي فقط"]


def test_an_article_the_speaker_wrote_still_quotes_him() -> None:
    # «مقال» is no name noun: «في مقاله: «...»» is the writer's speech
    got = run("ويقول البروفسور [ويلينغام](PER:w) في مقاله: "
              "«لاحظت انخفاض التوجهات حيال القراءة مع تقدم الطلاب».")
    assert [g[1] for g in got] == ["لاحظت انخفاض التوجهات حيال القراءة مع تقدم الطلاب"]


def test_a_short_term_in_marks_inside_the_subject_then_its_an() -> None:
    got = run('وأوضح الوزير خلال المؤتمر الذي عقده بمناسبة المرحلة التي تشمل "قيد الناخبين وتسجيل المرشحين"، '
              "أن الخدمات البلدية من أهم الخدمات.")
    assert [g[:2] for g in got] == [("indirect", "الخدمات البلدية من أهم الخدمات")]


def test_a_marked_clause_then_wa_an_stays_a_quotation() -> None:
    # «، وأن ...» goes on with the speech: the marked words are said, not a term
    got = run('وقال الوزير "المرحلة صعبة جدا"، وأن الخدمات البلدية من أهم الخدمات.')
    assert "المرحلة صعبة جدا" in [g[1] for g in got]


def test_a_names_word_is_no_complementizer() -> None:
    got = run("وكشف [روبن فان بيرسي](PER:rvp) أن [فان جال](PER:lvg) أعلمه بأنه ليس بحاجة إليه الموسم المقبل.")
    # since round 38 «أعلمه» is a verb of saying too: its clause inside stays, as after «قال له»
    assert got[0][:2] == ("indirect", "فان جال أعلمه بأنه ليس بحاجة إليه الموسم المقبل")
    assert got[0][2] == "rvp"
    got = run("وقال مدرب الفريق [لويس فان جال](PER:lvg) إنه قد يضم لاعبا جديدا هذا الصيف.")
    assert [g[:2] for g in got] == [("indirect", "قد يضم لاعبا جديدا هذا الصيف")]


def test_an_attribution_whose_speaker_holds_such_a_word() -> None:
    got = run("وكان من المفترض أن يصل اللاعب إلى كاليفورنيا السبت الماضي للانضمام إلى فريقه بحسب ما أكد "
              "مدرب يونايتد [لويس فان جال](PER:lvg)، الذي رحب باللاعب.")
    assert [g[:2] for g in got] == [
        ("indirect", "وكان من المفترض أن يصل اللاعب إلى كاليفورنيا السبت الماضي للانضمام إلى فريقه")]
    assert got[0][2] == "lvg"


def test_a_complementizer_a_name_runs_over_stays_one() -> None:
    # the tagger's name ran over «إن»: it opens no name («إن» has no proclitic)
    got = run("وقال جوشا لانديس مدير [جامعة أوكلاهوما إن الحراك](ORG:uo) الدبلوماسي يعكس ثقل المملكة.")
    assert [g[1] for g in got] == ["الحراك الدبلوماسي يعكس ثقل المملكة"]


def test_wa_qala_and_its_colon_end_the_clause_before_it() -> None:
    got = run('واعتبر مدرب جامايكا [وينفريد شايفر](PER:ws) أن المكسيك تملك الأفضلية وقال: '
              '"تعتبر المكسيك من أقوى منتخبات المنطقة".')
    assert [g[:2] for g in got] == [("indirect", "المكسيك تملك الأفضلية"),
                                    ("direct", "تعتبر المكسيك من أقوى منتخبات المنطقة")]


def test_a_saying_with_its_colon_inside_the_clause_stays_in_it() -> None:
    # «عندما قال: ...» (no و) is a saying the clause tells of, not new speech
    got = run("وأوضح [تركي المشيقح](PER:tm) أنه عندما قال: «أي رجل تقوده امرأة» كان يقصد رجلا معينا.")
    assert got[0][:2] == ("indirect", "عندما قال: «أي رجل تقوده امرأة» كان يقصد رجلا معينا")


@pytest.mark.parametrize("form", ["ورد", "وردت"])
def test_warada_came_is_no_reply(form: str) -> None:
    assert (form, "reply_homograph") in _ROWS
    # وَرَدَ: came, was mentioned — no verb of saying, so the clause after it is no quotation
    got = run(f"وقال البيان إنه {form} معلومات مغلوطة عن أن سبب العطل هو شبكة الاتصالات.")
    assert [g[1] for g in got] == [f"{form} معلومات مغلوطة عن أن سبب العطل هو شبكة الاتصالات"]
    assert run(f"ومن هذه الأسماء {form} اسم الوزيرة السابقة في القائمة، وأن الحزب رشحها للمجلس.") == []


@pytest.mark.parametrize("text", ["وردت عليه الوزيرة بأن الخطة جاهزة للتنفيذ.",
                                  "ورد الوزير على الصحفيين بأن الخطة جاهزة للتنفيذ.",
                                  "وردّ الوزير بأن الخطة جاهزة للتنفيذ."])
def test_a_reply_with_ala_or_a_shadda_stays_speech(text: str) -> None:
    assert [g[1] for g in run(text)] == ["الخطة جاهزة للتنفيذ"]
