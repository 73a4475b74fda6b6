"""A bare Hijri month next to a date with a year in its sentence is that year's month
(`marsad.dates.hijri_years`), not the writing day's."""

from __future__ import annotations

from datetime import date

from marsad.dates import extract
from marsad.dates.hijri import hijri_month_range, hijri_to_gregorian

ANCHOR = date(2015, 7, 21)
RAMADAN = 9
SHAWWAL = 10


def _values(text: str) -> dict[str, str | None]:
    return {text[t.start:t.end]: t.value for t in extract(text, ANCHOR)}


def _month(hy: int, month: int) -> str:
    span = hijri_month_range(hy, month)
    assert span is not None
    return f"{span[0].isoformat()}/{span[1].isoformat()}"


THIS_RAMADAN = _month(1436, RAMADAN)


def test_month_of_a_year_named_after_it() -> None:
    got = _values("ولا يزال يذكر صيامه رمضان أثناء دراسته في لندن عام 1977م، حين كان النهار طويلا")
    assert got["رمضان"] == _month(1397, RAMADAN)  # the one Ramadan that began in 1977


def test_month_of_a_full_date_in_apposition() -> None:
    got = _values("وفي أولى ليالي شهر رمضان، في 28 يونيو عام 2014، هاجم مسلحون نقطة التفتيش")
    assert got["شهر رمضان"] == _month(1435, RAMADAN)


def test_year_before_the_month_and_a_day_of_the_month() -> None:
    assert _values("في عام 2010 وخلال شهر رمضان تعرضت القرية للفيضان")["شهر رمضان"] == _month(1431, RAMADAN)
    g = hijri_to_gregorian(1435, SHAWWAL, 12)
    assert g is not None
    assert _values("في 12 شوال من عام 2014 وقع الحادث")["12 شوال"] == g.isoformat()


def test_not_a_year_set_apart_from_the_month() -> None:
    assert _values("ارتفعت المبيعات في شهر رمضان بنسبة 20% مقارنة بعام 2014")["شهر رمضان"] == THIS_RAMADAN
    assert _values("يقام المهرجان في رمضان منذ عام 2010 في الحديقة")["رمضان"] == THIS_RAMADAN
    assert _values("منذ عام 2010 وفي رمضان تقام الأمسيات")["رمضان"] == THIS_RAMADAN


def test_not_across_a_sentence_nor_far_away_nor_with_its_own_word() -> None:
    assert _values("زار الوفد المدينة عام 2010. وفي رمضان تقام الأمسيات")["رمضان"] == THIS_RAMADAN
    far = ("وفي رمضان تقام الأمسيات الشعرية والندوات الثقافية والمسابقات الرياضية للشباب في الحي"
           " كما جرت العادة عام 2010")
    assert _values(far)["رمضان"] == THIS_RAMADAN
    alone = _values("عاد في رمضان الماضي")["رمضان الماضي"]
    assert _values("عاد في رمضان الماضي وفي عام 2012 أيضا")["رمضان الماضي"] == alone != _month(1433, RAMADAN)


MUHARRAM = 1


def test_month_of_a_hijri_year_named_next_to_it() -> None:
    # the Hijri year is the month's own year, not the nearest such month of the writing day
    assert _values("وصام رمضان في عام 1420هـ بين أهله في القرية")["رمضان"] == _month(1420, RAMADAN)
    plan = _values("ويجري الإعداد لبرامج القناة في شهر المحرم من العام الهجري الجديد 1437هـ بمشاركة واسعة")
    assert plan["شهر المحرم"] == _month(1437, MUHARRAM)
    g = hijri_to_gregorian(1393, RAMADAN, 22)
    assert g is not None
    decision = _values("وفي الثاني والعشرين من رمضان المبارك عام 1393هـ أعلن الملك القرار")
    assert decision["الثاني والعشرين من رمضان"] == g.isoformat()


def test_not_a_hijri_year_set_apart_from_the_month() -> None:
    assert _values("وأدى العمرة في رمضان منذ عام 1420هـ دون انقطاع")["رمضان"] == THIS_RAMADAN
    assert _values("وقد بنى المسجد عام 1420هـ. وفي رمضان تقام فيه الدروس")["رمضان"] == THIS_RAMADAN
