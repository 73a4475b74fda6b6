"""The last days, weeks or months of a dated period are its end (`marsad.dates.final_stretch`):
one expression, the date's value, mod END; not the recent past."""

from __future__ import annotations

from datetime import date

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[t.start:t.end], t.value, t.mod) for t in extract(text, ANCHOR)]


def test_last_days_of_a_hijri_month() -> None:
    assert found("ازدحمت الأسواق في الأيام الأخيرة من شهر رمضان، حيث يشتري الناس ملابس العيد") == [
        ("الأيام الأخيرة من شهر رمضان", "2015-06-18/2015-07-16", "END")]


def test_last_months_of_a_quarter_and_of_last_year() -> None:
    assert found("وارتفعت المبيعات في الأشهر الأخيرة من الربع الثاني بنسبة طفيفة") == [
        ("الأشهر الأخيرة من الربع الثاني", "2015-Q2", "END")]
    assert found("تراجعت الأسعار خلال الأسابيع الاخيرة من العام الماضي") == [
        ("الأسابيع الاخيرة من العام الماضي", "2014", "END")]


def test_the_recent_past_stays_the_past() -> None:
    assert found("تحسن أداء الفريق خلال الأسابيع الأخيرة") == [("الأسابيع الأخيرة", "PAST_REF", None)]
    # «من» before no date: the last years of something else, left as it was
    assert found("تراجع نفوذه في السنوات الأخيرة من حكمه") == [("السنوات الأخيرة", "PAST_REF", None)]
    # another word between the plural and the date: two expressions
    assert [v for _, v, _ in found("تحسن في الأيام الأخيرة قبل شهر رمضان")] == \
        ["PAST_REF", "2015-06-18/2015-07-16"]
