"""A list of years after a year (issue 16, round 13): each later year joined by «و» is a date of
its own («أعوام 1991 و2002 و2005»); a number after «و» that is an amount, or a list that does
not start at a year found, stays no date. A month range ending in «الماضيين/المقبل» is placed by
that word («بين سبتمبر ويناير الماضيين»)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

DAY = date(2015, 7, 22)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize(("text", "years"), [
    ("سجل الولايات المتحدة خمسة ألقاب أعوام 1991 و2002 و2005 و2007 و2013، في حين",
     ["1991", "2002", "2005", "2007", "2013"]),
    ("فاز بكأس العالم مع منتخب بلاده أعوام 1958 و1962 و1970. وسجل", ["1958", "1962", "1970"]),
    ("وخاض نهائيات مونديالي 2006 و2010 وأحرز ذهبية", ["2006", "2010"]),
    ("حكمه في الفترة ما بين 1982 و1990؛ سنوات الجحيم", ["1982", "1990"]),
    ("حاولوا دخول الأردن في أعوام 2009 و2010 و2013، وفقا لإفادات", ["2009", "2010", "2013"]),
    ("في أعوام 2011 و2012 و2013م، وقال", ["2011", "2012", "2013"]),
    ("تطبع في الأعوام 1926 و1927 وحتى عام 1957، وستطبع", ["1926", "1927", "1957"]),
    # round 50, timex-dev-27 9451: a place after each year («في» and one word)
    ("بشأن منح استضافة كأس العالم عام 2018 في روسيا و2022 في قطر. وسيلقي", ["2018", "2022"]),
])
def test_every_year_of_a_list_is_a_date(text: str, years: list[str]) -> None:
    got = found(text)
    assert [v for _, _, v in got] == years
    assert all(t == "DATE" and s.strip("م").endswith(v) for s, t, v in got if v is not None)


@pytest.mark.parametrize(("text", "years"), [
    ("وهي القرارات 1696 و1737 و1747 و1803 و1835 و1929 و2224.", []),  # no year first: resolutions
    ("في عام 2014 و1500 طالب", ["2014"]),  # an amount after the year
    ("عامي 2012 و2013 و2,5 مليون ريال", ["2012", "2013"]),  # a decimal is no year
    ("بلغت الصادرات عام 2014 في الرياض و2000 طن", ["2014"]),  # a place, then an amount
])
def test_a_number_that_is_no_year_stays_out(text: str, years: list[str]) -> None:
    assert [v for _, _, v in found(text)] == years


# A month range whose end carries a last/next word (the dual «الماضيين/المقبلين» or «المقبل»):
# the month before it is placed as the range's start, as with a year written at the end.
@pytest.mark.parametrize(("text", "values"), [
    ("في المعركة التي دارت بين سبتمبر ويناير الماضيين.", ["2014-09", "2015-01"]),
    ("بين سبتمبر (ايلول) ويناير (كانون الثاني) الماضيين. وافادت", ["2014-09", "2015-01"]),
    ("بين يوليو وأغسطس الماضيين", ["2014-07", "2014-08"]),
    ("من ديسمبر حتى مارس المقبل", ["2015-12", "2016-03"]),
    ("خلال شهري سبتمبر وأكتوبر المقبلين", ["2015-09", "2015-10"]),
    ("في مايو ويونيو الماضيين", ["2015-05", "2015-06"]),
])
def test_a_month_range_ending_in_a_last_or_next_word(text: str, values: list[str]) -> None:
    assert [v for _, _, v in found(text)] == values
