"""A day of the month in ordinal words after «ل» («للخامس من أغسطس», «الموافق للحادي والعشرين من
يوليو», «للعاشر من شوال»): «ل» on the ordinal drops its article's alif, and the day was lost (the
month alone, or the second word of a compound ordinal: «العشرين من يوليو» for the 21st)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("أجلت المحكمة النظر في القضية للخامس من أغسطس المقبل", "لخامس من أغسطس المقبل", "2015-08-05"),
    ("وقعت المعركة في مثل هذا اليوم الموافق للحادي والعشرين من شهر يوليو", "لحادي والعشرين من شهر يوليو",
     "2015-07-21"),
    ("حدد الاتحاد موعد الجمعية العمومية للعاشر من شوال", "لعاشر من شوال", "2015-07-26"),
    ("وللثالث من سبتمبر مكانة خاصة لدى الأسرة", "لثالث من سبتمبر", "2015-09-03"),
])
def test_an_ordinal_day_after_lam_is_the_day(text: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in found(text)


def test_an_ordinal_without_its_article_after_lam_is_no_day() -> None:
    # «لخامس مرة»: «ل» on an indefinite ordinal, no article dropped
    assert found("فاز الفريق بالكأس لخامس مرة من أغسطس إلى أغسطس") == [
        ("أغسطس", "DATE", "2015-08"), ("أغسطس", "DATE", "2015-08")]
