"""The masculine «تحدث» as the past of تحدّث (quote_talked.talking), on invented sentences: a verb of
saying only with «عن» and a complementizer after its subject; the present of حدث (it happens)
stays no verb of saying (round 46)."""

from __future__ import annotations

from marsad.lang import load_table
from tests.test_quotes_units import run


def test_the_homograph_row_is_in_the_table() -> None:
    assert {r["form"] for r in load_table("quote_cues") if r["kind"] == "talk_homograph"} == {"تحدث"}


def test_talked_about_that_after_its_subject_is_the_speaker_s_own_quotation() -> None:
    got = run("وأكد [أحمد العلي](PER:ahmad) أن العمليات مستمرة حتى زوال التهديد، فيما تحدث وزير خارجيته "
              "[سالم الحربي](PER:salem) عن أن المناطق المحررة ستتحول إلى مناطق آمنة.")
    assert got == [("indirect", "العمليات مستمرة حتى زوال التهديد", "ahmad"),
                   ("indirect", "المناطق المحررة ستتحول إلى مناطق آمنة", "salem")]


def test_talked_about_a_thing_is_no_quotation() -> None:
    assert run("وتحدث الوزير [سالم الحربي](PER:salem) عن المشاريع الجديدة في المنطقة الشرقية.") == []


def test_the_present_of_to_happen_stays_inside_the_speaker_s_words() -> None:
    got = run("وقال [سالم الحربي](PER:salem) إن هذه الحوادث تحدث كثيرا في الصيف عن غير قصد.")
    assert got == [("indirect", "هذه الحوادث تحدث كثيرا في الصيف عن غير قصد", "salem")]
