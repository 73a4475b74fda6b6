"""Marks around a title and a name (sabq's style: «وأوضح "المهندس X" …؛ أن …») name the speaker,
they are no quotation: the tagger reads the name without its title (issue 15, quotes, round 35)."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said


def test_a_titled_name_in_marks_is_the_speaker_not_a_quotation() -> None:
    got = said('وأوضح "الأستاذ [عبد الله السبيعي](PER:subaie)" المشرف العام على القناة؛ أنه روعي في الخطة '
               'التنوع.')
    assert got == [("indirect", "روعي في الخطة التنوع", "subaie")]


def test_an_honorific_and_a_name_after_the_subject_office() -> None:
    got = said('وذكر مدير فرع الهيئة "الدكتور [سعيد الغامدي](PER:ghamdi)"؛ في بيان أن الترميم اكتمل.')
    assert [(k, t) for k, t, _ in got] == [("indirect", "الترميم اكتمل")]


def test_marked_words_going_on_past_the_name_stay_a_quotation() -> None:
    got = said('وقال الوزير: "الدكتور [سعيد الغامدي](PER:ghamdi) سيتولى الملف من اليوم".')
    assert [(k, t) for k, t, _ in got] == [("direct", "الدكتور سعيد الغامدي سيتولى الملف من اليوم")]
