"""Forms of real news text the date grammar reads: bare and paired years, seasons, vague
references, lengths after «لمدة», «X بعد X», day words next to nouns, ordinal days."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MON = date(2015, 7, 20)  # a Monday


def found(text: str, anchor: date | None = MON) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("text, expected", [
    ("زاد عدد السكان بين عامي 2000 و2010 في المدن",
     [("عامي 2000", "DATE", "2000"), ("2010", "DATE", "2010")]),
    ("نمت من 30% إلى 55% بين عامي 2004 و2014، وبالنسبة",
     [("عامي 2004", "DATE", "2004"), ("2014", "DATE", "2014")]),
    ("بلغ الدعم 150 مليار ريال بنهاية 2014، وأشارت", [("نهاية 2014", "DATE", "2014")]),
    ("المؤهلة لكأس العالم 2018 وكأس آسيا 2019، حيث", [("2018", "DATE", "2018"), ("2019", "DATE", "2019")]),
    ("فاز بدوري المحترفين 2012 دون خسارة", [("2012", "DATE", "2012")]),
])
def test_years_without_a_year_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "بلغ عددهم نحو 2000، فيما غادر الباقون",  # an approximate amount
    "شاشة بدقة 1920 × 1080 بيكسل",  # a resolution
    "ما مقداره 2035.24 مليون يورو",  # a decimal amount
    "وصل 2000 شخص إلى المدينة",  # a counted noun follows
    "عرض فيلم ريو 2096: قصة حب",  # out of the span of years read bare
    "عام 2013 و500 شخص",  # only a year after the pair's first year joins it
])
def test_numbers_that_are_no_bare_year(text: str) -> None:
    assert [v for _, _, v in found(text) if v not in ("2013",)] == []


@pytest.mark.parametrize("text, expected", [
    ("قاما بذلك في صيف 2013 بعد عودتهما", ("صيف 2013", "DATE", "2013-SU")),
    ("ترتفع الحرارة خلال فصل الصيف", ("فصل الصيف", "DATE", "XXXX-SU")),
    ("تساقطت الثلوج الشتاء الماضي بكثافة", ("الشتاء الماضي", "DATE", "2014-WI")),
])
def test_seasons(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize("text", ["افتتح مهرجان صيف الباحة", "منذ الربيع العربي", "في شهر ربيع الأول"])
def test_a_season_word_alone_is_no_date(text: str) -> None:
    assert all(not (v or "").endswith(("SU", "SP", "WI", "FA")) for _, _, v in found(text))


@pytest.mark.parametrize("text, value", [
    ("صدر التقرير مؤخراً ويفيد بأن", "PAST_REF"),
    ("وردت في الآونة الأخيرة أنباء", "PAST_REF"),
    ("أعفي المدير في وقت سابق من منصبه", "PAST_REF"),
    ("قد تحدث أزمات مستقبلاً والرسالة", "FUTURE_REF"),
    ("سيكون له شأن في قادم الأيام", "FUTURE_REF"),
    ("لا توجد محفزات في الوقت الراهن", "PRESENT_REF"),
])
def test_vague_references(text: str, value: str) -> None:
    assert [(t, v) for _, t, v in found(text)] == [("DATE", value)]


@pytest.mark.parametrize("text, expected", [
    ("كلف بإدارة التعليم لمدة عام، ابتداء من الشهر المقبل", ("عام", "DURATION", "P1Y")),
    ("سافر لمدة أيام ثم عاد", ("أيام", "DURATION", "PXD")),
    ("صدرت دراسات خلال السنوات العشر الماضية ورصدت", ("السنوات العشر الماضية", "DURATION", "P10Y")),
    ("استمر الخلاف لعدة عقود، وبدأ", ("عدة عقود", "DURATION", "PXDE")),
    ("المهرجان يتطور عاماً بعد عام، لافتاً", ("عاماً بعد عام", "SET", "P1Y")),
])
def test_lengths_and_recurrences(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text)[0] == expected


def test_many_days_of_a_named_period_are_no_length() -> None:
    assert all(t != "DURATION" for _, t, _ in found("استقبل المعتمرين طيلة أيام شهر رمضان"))


@pytest.mark.parametrize("text, expected", [
    ("أعلنت السلطات في اليونان أمس السيطرة على الحرائق", ("أمس", "DATE", "2015-07-19")),
    ("اختتمت أمس الأول فعاليات المهرجان", ("أمس الأول", "DATE", "2015-07-18")),
    ("يواجه المنتخب تونس ظهر يوم (الاثنين) المقبل", ("ظهر يوم (الاثنين) المقبل", "TIME", "2015-07-27TAF")),
    ("امتدت الفترة من أول يونيو (حزيران) وحتى منتصف يوليو",
     ("أول يونيو (حزيران)", "DATE", "2015-06-01")),
    ("يتوفر الجهاز في الثالث عشر من فبراير", ("الثالث عشر من فبراير", "DATE", "2015-02-13")),
])
def test_day_words_and_ordinal_days(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text)[0] == expected


def test_the_elative_amassu_is_no_yesterday() -> None:
    assert found("الناس في أمس الحاجة إلى المساعدة") == []


@pytest.mark.parametrize("row", load_table("date_seasons"), ids=lambda r: r["word"])
def test_season_word_with_a_year(row: dict[str, str]) -> None:
    text = f"زار المدينة في {row['word']} 2013 مع أسرته"
    assert ("DATE", f"2013-{row['code']}") in [(t, v) for _, t, v in found(text)]


@pytest.mark.parametrize("text, expected", [
    ("غادرت الأسرة المملكة يوم عيد الفطر المبارك في جولة", ("يوم عيد الفطر", "DATE", "2015-07-17")),
    ("زار المرضى ثاني أيام عيد الفطر", ("ثاني أيام عيد الفطر", "DATE", "2015-07-18")),
    ("من المقرر أن يقام الحفل يوم عيد الأضحى", ("يوم عيد الأضحى", "DATE", "2015-09-23")),
    ("يصوم الحجاج يوم عرفة الماضي", ("يوم عرفة الماضي", "DATE", "2014-10-03")),
])
def test_the_day_of_a_feast(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_a_feast_named_alone_is_no_day() -> None:
    # greeted («هنأ القادة بمناسبة عيد الفطر») it is its day: tests/test_dates_timex_dev_12.py
    assert found("تحدث عن القيم المرتبطة بعيد الفطر المبارك") == []


@pytest.mark.parametrize("row", load_table("date_holidays"), ids=lambda r: r["word"])
def test_every_feast_resolves_to_a_day_of_its_month(row: dict[str, str]) -> None:
    (t,) = extract(f"عاد الوفد يوم {row['word']} إلى بلاده", MON)
    assert t.value is not None and t.value <= MON.isoformat()
    if row["calendar"] == "gregorian":
        assert t.value[5:] == f"{int(row['month']):02d}-{int(row['day']):02d}"
