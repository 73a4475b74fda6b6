"""An interview's highlights (issue 15 round 32), on invented articles: the dashed items an
interview opens with, before its byline («أجرى الحوار …»), are direct quotations of the person the
lead after the byline quotes first; never the interviewer's, and nothing without a byline or when
the body opens with other words."""

from __future__ import annotations

from tests.test_quotes_units import run

_ITEMS = (" - الاستقدام سيعود إلى طبيعته خلال ثلاثة أشهر. - الرسوم الحالية مرتفعة ولا بد من مراجعتها. ")
_LEAD = "يقول رئيس اللجنة [سالم العبدالله](PER:salem) إن السوق يمر بأزمة مؤقتة."


def test_the_highlights_before_the_byline_are_the_interviewees_words() -> None:
    got = run(_ITEMS + "أجرى الحوار/ [خالد الفهد](PER:khalid)- الرياض: " + _LEAD)
    assert got == [("direct", "الاستقدام سيعود إلى طبيعته خلال ثلاثة أشهر.", "salem"),
                   ("direct", "الرسوم الحالية مرتفعة ولا بد من مراجعتها.", "salem"),
                   ("indirect", "السوق يمر بأزمة مؤقتة", "salem")]


def test_no_byline_no_highlights() -> None:
    got = run(_ITEMS + _LEAD)
    assert [k for k, _, _ in got] == ["indirect"]


def test_a_body_opening_with_other_words_has_no_highlights() -> None:
    got = run("نشرت الصحيفة أمس تقريرا مطولا. - الاستقدام سيعود إلى طبيعته خلال ثلاثة أشهر. - الرسوم "
              "الحالية مرتفعة ولا بد من مراجعتها. أجرى الحوار/ [خالد الفهد](PER:khalid)- الرياض: " + _LEAD)
    assert [t for _, t, _ in got] == ["السوق يمر بأزمة مؤقتة"]


def test_the_interviewer_never_speaks_the_highlights() -> None:
    got = run(_ITEMS + "أجرى الحوار/ [خالد الفهد](PER:khalid)- الرياض: وقال [خالد الفهد](PER:khalid) إن "
              "اللقاء طويل.")
    assert got == [("indirect", "اللقاء طويل", "khalid")]  # the one who asks is no interviewee: no highlights


def test_quotations_inside_an_item_give_way_to_the_item() -> None:
    art_quotes = run(" - بعض العمال يقولون \"لن نعود إلى العمل قبل صرف الرواتب\". - الرسوم الحالية مرتفعة "
                     "ولا بد من مراجعتها. أجرى الحوار/ [خالد الفهد](PER:khalid)- الرياض: " + _LEAD)
    assert art_quotes[0] == ("direct", 'بعض العمال يقولون "لن نعود إلى العمل قبل صرف الرواتب".', "salem")
    assert len(art_quotes) == 3


_LINES = (" - الاستقدام سيعود إلى طبيعته خلال ثلاثة أشهر\n - الرسوم الحالية مرتفعة ولا بد من مراجعتها\n\n"
          "خالد الفهد- سبق- الرياض: التقت «سبق» رئيس اللجنة [سالم العبدالله](PER:salem) "
          "في مكتبه، فإلى الحوار:\n\n")
_TURNS = ("* متى يعود الاستقدام إلى طبيعته؟\n - أتوقع ذلك خلال ثلاثة أشهر من الآن\n\n"
          "* ماذا عن الرسوم الحالية؟\n - هي مرتفعة ولا بد من مراجعتها قريبا\n\n"
          "* وما رسالتك للمواطنين؟\n - أن يصبروا قليلا فالأزمة مؤقتة بإذن الله\n")


def test_highlights_over_a_dateline_are_the_interviewees_when_his_answers_follow() -> None:
    got = run(_LINES + _TURNS)
    assert got[:2] == [("direct", "الاستقدام سيعود إلى طبيعته خلال ثلاثة أشهر", "salem"),
                       ("direct", "الرسوم الحالية مرتفعة ولا بد من مراجعتها", "salem")]
    assert [t for _, t, _ in got[2:]] == ["أتوقع ذلك خلال ثلاثة أشهر من الآن",
                                         "هي مرتفعة ولا بد من مراجعتها قريبا",
                                         "أن يصبروا قليلا فالأزمة مؤقتة بإذن الله"]


def test_dashed_lines_over_a_dateline_with_no_interview_after_them_are_no_highlights() -> None:
    got = run(_LINES + "وقال [سالم العبدالله](PER:salem) إن السوق يمر بأزمة مؤقتة.")
    assert [t for _, t, _ in got] == ["السوق يمر بأزمة مؤقتة"]


def test_highlights_are_never_given_to_the_one_the_dateline_names() -> None:
    got = run(_LINES.replace("خالد الفهد- سبق", "[خالد الفهد](PER:khalid)- سبق") + _TURNS)
    assert not any(t.startswith("الاستقدام سيعود") and s == "khalid" for _, t, s in got)
