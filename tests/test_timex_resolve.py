"""Recognition and resolution of temporal expressions: behaviour and invariants."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.dates import extract

TUE = date(2024, 11, 12)
VALUE = re.compile(r"(\d{4}|XXXX)(-(\d{2}|W\d{2}|H[12]|Q[1-4]|SP|SU|FA|WI)(-\d{2})?)?"
                   r"(T(\d{2}:\d{2}|MO|AF|EV|NI))?(/.*)?|\d{2,3}|\d{2}XX|P(T)?(\d+(\.\d+)?|X)[YMWDHS]|PX(DE|CE)|(PAST|PRESENT|FUTURE)_REF"
                   r"|XXXX-XX-XXT\d{2}:\d{2}")


def one(text: str, anchor: date | None = TUE) -> tuple[str, str | None, str]:
    found = extract(text, anchor)
    assert len(found) == 1, [(text[t.start:t.end], t.value) for t in found]
    t = found[0]
    return t.type, t.value, text[t.start:t.end]


@pytest.mark.parametrize("text, value", [
    ("قال المتحدث أمس الإثنين إن الجانبين سيناقشان القضايا", "2024-11-11"),
    ("تستضيف الصين، اليوم الثلاثاء، الوزير", "2024-11-12"),
    ("اليوم (الثلاثاء) وافق المجلس", "2024-11-12"),
    ("صادقت هذا الأسبوع على المعاهدة", "2024-W46"),
    ("والشهر الماضي تعهد الوزيران", "2024-10"),
    ("وقعت الحرب العام الماضي", "2023"),
    ("الغزو قبل نحو 3 سنوات", "2021"),
    ("بدأت المفاوضات منذ يومين", "2024-11-10"),
    ("في 24 يوليو/ تموز الفائت أعلنت الوزارة", "2024-07-24"),
    ("أعيد في أواخر يوليو/ تموز الماضي", "2024-07"),
    ("يتوقع النمو مطلع العام المقبل", "2025"),
    ("Shoigu visits China on November 11-14.", "2024-11-11/2024-11-14"),
    ("اجتمعا في 3-3-2020 ثم افترقا", "2020-03-03"),
    ("اجتمعا في 09/يونيو/2020 ثم افترقا", "2020-06-09"),
    ("تاريخ النشر: 12th, November 2024 GMT", "2024-11-12"),
    ("وصلت في الأول من محرم 1447 إلى مكة", "2025-06-26"),
    ("انعقدت في 5 و9 جويلية 2024 دورة", "2024-07-05/2024-07-09"),
    ("زار دمشق في كانون الثاني 2019 مرة", "2019-01"),
])
def test_expression_resolves(text: str, value: str) -> None:
    assert one(text)[1] == value


def test_bare_weekday_is_the_latest_on_or_before_publication() -> None:
    assert one("استقبل الرئيس الوزير يوم الجمعة في القصر")[1] == "2024-11-08"
    assert one("قال المتحدث الثلاثاء إن الاتفاق قريب")[1] == "2024-11-12"


def test_future_tense_sends_a_weekday_forward() -> None:
    assert one("سيجتمع المجلس يوم الخميس لمناقشة الميزانية")[1] == "2024-11-14"
    assert one("الوزير يبدأ الأحد زيارة إلى بكين")[1] == "2024-11-17"


def test_last_and_next_weekday_are_strict() -> None:
    assert one("التقيا الثلاثاء الماضي في جنيف")[1] == "2024-11-05"
    assert one("يلتقيان الثلاثاء المقبل في جنيف")[1] == "2024-11-19"


def test_month_without_year_follows_the_cues() -> None:
    assert one("ارتفعت الأسعار في ديسمبر الماضي")[1] == "2023-12"
    assert one("ستعقد القمة في مارس المقبل")[1] == "2025-03"
    assert extract("يحتفل به في 23 سبتمبر من كل عام", TUE)[0].value == "XXXX-09-23"


def test_without_an_anchor_relative_values_are_null_not_guessed() -> None:
    for text in ("قال الوزير الأحد إن", "وصل أمس إلى بكين", "هذا العام زادت التجارة", "في مايو المقبل"):
        assert one(text, None)[1] in (None, "XXXX-05")


def test_anaphoric_day_is_not_today() -> None:
    assert one("وفي اليوم نفسه صرح الوزير")[1] is None
    assert one("وصل الوفد في اليوم التالي")[1] is None


def test_durations_and_sets() -> None:
    assert one("زيارة مدتها يومين")[:2] == ("DURATION", "P2D")
    assert one("استمرت المعركة ثلاث ساعات")[:2] == ("DURATION", "PT3H")
    assert one("يقام المعرض كل عامين")[:2] == ("SET", "P2Y")


def test_numbers_and_words_that_are_not_times() -> None:
    assert extract("خسر الفريق 2-صفر أمام النجم", TUE) == []
    assert extract("في أمسّ الحاجة إلى تقييم", TUE) == []
    assert extract("أحد أهم حلفاء الرئيس", TUE) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["اليوم", "أمس", "الثلاثاء", "12", "نوفمبر", "2024", "هذا", "العام",
                                 "الماضي", "قبل", "3", "سنوات", "في", "وصل", "الوفد", "،", "1446هـ",
                                 "رمضان", "November", "-", "/", " "]), max_size=14))
def test_offsets_slice_the_text_and_values_are_timex(words: list[str]) -> None:
    text = " ".join(words)
    for t in extract(text, TUE):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end].strip() == text[t.start:t.end]
        assert t.value is None or VALUE.fullmatch(t.value), t.value
