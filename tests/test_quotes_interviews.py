"""Interviews (issue 15, quotes, round 7): alternating question and answer turns make each answer
a direct quote of the interviewee, the person the title gives the word to, or the one the lead
quotes or names; one pair, or no one named before the first answer, is no interview. The turn
marks are `lang/ar/interview_cues.tsv`, each row tested."""

from __future__ import annotations

import pytest

from marsad.events.quote_interview import answer_start, answers, is_question
from marsad.lang import load_table
from tests.test_quotes_and_events_realtext import said

_LEAD = "وقال الحكم الدولي [عبد الرحمن الزيد](PER:zaid) في حوار إن التحكيم يتطور.\n"
_TURNS = ("* هل تؤيد الاستعانة بالحكام الأجانب؟\n- نعم، لا غنى عنهم في المباريات الكبيرة.\n"
          "* وماذا عن الحكم السعودي؟\n- الحكم السعودي يحتاج إلى الدعم والثقة.\n")


def test_each_answer_is_a_quote_of_the_one_the_lead_quotes() -> None:
    got = said(_LEAD + _TURNS)
    assert ("direct", "نعم، لا غنى عنهم في المباريات الكبيرة", "zaid") in got
    assert ("direct", "الحكم السعودي يحتاج إلى الدعم والثقة", "zaid") in got
    assert got[0] == ("indirect", "التحكيم يتطور", "zaid")


def test_the_lead_names_the_interviewee_without_quoting_him() -> None:
    got = said("التقت الصحيفة اللاعب [أدريان ميرزفيسكي](PER:adrian) بعد المباراة.\n" + _TURNS)
    assert [s for _, _, s in got] == ["adrian", "adrian"]


def test_one_question_and_a_dash_is_a_list_not_an_interview() -> None:
    got = said(_LEAD + "* ما الشروط المطلوبة؟\n- شهادة جامعية.\n")
    assert all(t != "شهادة جامعية" for _, t, _ in got)


def test_questions_with_no_one_named_before_are_the_writers_own() -> None:
    got = said("إلى متى يستمر هذا الوضع؟\n- لا أحد يعرف.\nومن المسؤول عن ذلك؟\n- الجميع مسؤولون.\n")
    assert got == []


def test_a_long_paragraph_ending_with_a_question_mark_is_not_a_turn() -> None:
    paragraph = " ".join(["كلمة"] * 60) + "؟"
    assert not is_question(paragraph)
    assert is_question("هل تؤيد القرار؟")


def test_the_question_and_answer_letters() -> None:
    text = ("س: هل انتهى الموسم؟\nج: انتهى الموسم بنجاح كبير.\n"
            "س: وما القادم؟\nج: القادم أفضل بإذن الله.\n")
    spans = [text[s:e] for s, e in answers(text, [(0, len(text))])]
    assert spans == ["انتهى الموسم بنجاح كبير", "القادم أفضل بإذن الله"]


_UNMARKED = ("هل تؤيد الاستعانة بالحكام الأجانب؟\nنعم، لا غنى عنهم في المباريات الكبيرة.\n"
             "وماذا عن الحكم السعودي؟\nالحكم السعودي يحتاج إلى الدعم والثقة.\n")


@pytest.mark.parametrize("row", load_table("interview_cues"), ids=lambda r: f"{r['role']}:{r['form']}")
def test_every_turn_mark(row: dict[str, str]) -> None:
    form = row["form"]
    if row["role"] == "question" and row["position"] == "end":
        assert is_question("هل تؤيد القرار" + form)
    elif row["role"] == "interviewer":  # the person after it asks: the answers are the other one's
        got = said(f"{form} - [حاتم البراهيم](PER:hatem)\nوقال [حاتم البراهيم](PER:hatem) إن اللقاء ممتع.\n"
                   "والتقينا اللاعب [أدريان ميرزفيسكي](PER:adrian) بعد المباراة.\n" + _TURNS)
        assert [s for _, t, s in got if t.startswith(("نعم", "الحكم"))] == ["adrian", "adrian"]
    elif row["role"] == "announcement":  # it names the conversation: unmarked answers are turns
        got = said(f"التقينا اللاعب [أدريان ميرزفيسكي](PER:adrian) في هذا {form}.\n" + _UNMARKED)
        assert got == [("direct", "نعم، لا غنى عنهم في المباريات الكبيرة", "adrian"),
                       ("direct", "الحكم السعودي يحتاج إلى الدعم والثقة", "adrian")]
        assert said(f"التقينا اللاعب [أدريان ميرزفيسكي](PER:adrian) في هذا {form}ات.\n" + _UNMARKED) == []
    elif row["role"] == "question" and row["position"] == "head":  # it sets the questions apart
        turns = "".join(f"{form} {line}\n" if line.endswith("؟") else line + "\n"
                        for line in _UNMARKED.splitlines())
        got = said("التقينا اللاعب [أدريان ميرزفيسكي](PER:adrian) بعد المباراة.\n" + turns)
        assert got == [("direct", "نعم، لا غنى عنهم في المباريات الكبيرة", "adrian"),
                       ("direct", "الحكم السعودي يحتاج إلى الدعم والثقة", "adrian")]
        assert said("التقينا اللاعب [أدريان ميرزفيسكي](PER:adrian) بعد المباراة.\n" + _UNMARKED) == []
    elif row["role"] == "question":
        assert is_question(form + " ما رأيك في القرار")
    else:
        line = form + " القرار صائب"
        assert answer_start(line) is not None
        assert line[answer_start(line):] == "القرار صائب"  # type: ignore[index]
        assert not is_question(line)


def test_the_byline_names_who_asks_not_who_answers() -> None:
    got = said("حوار - [حاتم البراهيم](PER:hatem)\nوقال [حاتم البراهيم](PER:hatem) إن اللقاء ممتع. "
               "والتقينا اللاعب [أدريان ميرزفيسكي](PER:adrian) بعد المباراة.\n" + _TURNS)
    assert [s for _, t, s in got if t.startswith(("نعم", "الحكم"))] == ["adrian", "adrian"]


def test_turns_run_on_in_one_line() -> None:
    text = ("قال الوزير إن العمل مستمر. هل انتهى الموسم؟ - انتهى الموسم بنجاح كبير. والآن "
            "ماذا بعد؟ - القادم أفضل بإذن الله.")
    spans = [text[s:e] for s, e in answers(text, [(0, len(text))])]
    assert spans == ["انتهى الموسم بنجاح كبير", "القادم أفضل بإذن الله"]


def test_unmarked_answers_need_the_conversation_named_before_the_first_question() -> None:
    lead = "وقال الحكم الدولي [عبد الرحمن الزيد](PER:zaid) إن التحكيم يتطور"
    got = said(lead + "، وإلى نص الحوار:\n" + _UNMARKED)
    assert [(t, s) for _, t, s in got[1:]] == [("نعم، لا غنى عنهم في المباريات الكبيرة", "zaid"),
                                              ("الحكم السعودي يحتاج إلى الدعم والثقة", "zaid")]
    # a column asking questions and answering them itself names no conversation
    assert len(said(lead + ".\n" + _UNMARKED)) == 1
    # nor is it one when the conversation is named only after the questions
    assert len(said(lead + ".\n" + _UNMARKED + "وانتهى الحوار.\n")) == 1


def test_a_question_line_with_a_colon_is_dialogue_not_an_unmarked_turn() -> None:
    text = ("حوار مع الكاتب.\nفقال: هل تعرف الطريق؟\nلا أعرفه.\nفسألته: ومتى نصل؟\nبعد ساعة.\n")
    assert answers(text, [(0, len(text))]) == []


def test_a_drawn_out_mark_opens_the_answer_after_its_last_stroke() -> None:
    for mark in ("ـــ", "--", "ـ"):
        line = mark + " القرار صائب"
        assert line[answer_start(line):] == "القرار صائب"  # type: ignore[index]


def test_a_quotation_inside_a_question_line_is_not_kept() -> None:
    got = said("التقينا اللاعب [أدريان ميرزفيسكي](PER:adrian) بعد المباراة، فماذا قال:\n" + _TURNS)
    assert [t for _, t, _ in got] == ["نعم، لا غنى عنهم في المباريات الكبيرة",
                                      "الحكم السعودي يحتاج إلى الدعم والثقة"]


# A flattened interview whose questions open with «*» (the page's paragraphs run on in one line).
_HEADED = ("حوار: سعد الحربي - الرياض: قال المدرب [فيصل العمري](PER:omari) إن الفريق جاهز للموسم.   "
           "* بدأ الموسم بخسارة. كيف تفسر ذلك؟ - الخسارة الأولى درس مفيد للاعبين. نعمل على تصحيح الأخطاء.   "
           "* ماذا عن اللاعبين الجدد؟ وهل انسجموا؟ - انسجموا بسرعة مع زملائهم.   "
           "* كلمة أخيرة؟ أشكر الجماهير على وقفتها الدائمة مع الفريق.")


def test_a_headed_answer_ends_where_the_next_question_opens() -> None:
    spans = [_HEADED[s:e] for s, e in answers(_HEADED, [(0, len(_HEADED))])]
    # the next question's first sentence («بدأ الموسم بخسارة.») is no part of an answer
    assert spans == ["الخسارة الأولى درس مفيد للاعبين. نعمل على تصحيح الأخطاء",
                     "انسجموا بسرعة مع زملائهم",
                     "أشكر الجماهير على وقفتها الدائمة مع الفريق"]


def test_headed_answers_are_the_interviewees_and_the_questions_no_quotes() -> None:
    got = said(_HEADED.replace("كيف تفسر ذلك؟", "قال البعض إن الإعداد كان ضعيفا، كيف تفسر ذلك؟"))
    assert ("direct", "انسجموا بسرعة مع زملائهم", "omari") in got
    assert ("direct", "أشكر الجماهير على وقفتها الدائمة مع الفريق", "omari") in got  # no answer mark
    assert not any("الإعداد" in t for _, t, _ in got)  # the interviewer's words


def test_highlight_bullets_before_the_first_headed_question_are_no_turns() -> None:
    bullets = "- الدوري هذا الموسم أقوى.. فمن يوقفه؟ - الجمهور سر نجاحنا. - لا خوف على الفريق.\n"
    text = bullets + _HEADED.replace("[فيصل العمري](PER:omari)", "فيصل العمري")
    spans = [text[s:e] for s, e in answers(text, [(0, len(text))])]
    assert spans[0] == "الخسارة الأولى درس مفيد للاعبين. نعمل على تصحيح الأخطاء"
    assert "الجمهور سر نجاحنا" not in " ".join(spans)


def test_a_zero_width_space_between_the_question_mark_and_the_answer_mark() -> None:
    text = _HEADED.replace("وهل انسجموا؟ -", "وهل انسجموا؟\u200b -")
    spans = [text[s:e] for s, e in answers(text, [(0, len(text))])]
    assert "انسجموا بسرعة مع زملائهم" in spans


_MORE = _HEADED.replace("* كلمة أخيرة؟", "* ومتى تعود الإصابات؟ - بعد أسبوعين تقريبا.   * كلمة أخيرة؟")


def test_a_headed_remark_ending_with_two_dots_is_a_question() -> None:
    text = _MORE.replace("* ماذا عن اللاعبين الجدد؟ وهل انسجموا؟ -", "* لكن الجماهير غير راضية.. -")
    spans = [text[s:e] for s, e in answers(text, [(0, len(text))])]
    assert "انسجموا بسرعة مع زملائهم" in spans
    assert not any("غير راضية" in s for s in spans)  # the remark is the interviewer's


def test_a_long_headed_question_still_opens_a_turn() -> None:
    long_question = "* " + "وفق الأرقام المعلنة " * 20 + "ما رأيك؟ -"
    text = _MORE.replace("* ماذا عن اللاعبين الجدد؟ وهل انسجموا؟ -", long_question)
    spans = [text[s:e] for s, e in answers(text, [(0, len(text))])]
    assert "انسجموا بسرعة مع زملائهم" in spans and not any("الأرقام" in s for s in spans)
