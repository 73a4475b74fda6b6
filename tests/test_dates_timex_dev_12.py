"""Date mechanisms taken from the errors of the dev dates batches (issue 16, round 21), each
checked on the first 3,000 SaudiNewsNet records before it was kept:

- a feast named as the occasion of a greeting or gathering («بمناسبة عيد الفطر», «بحلول عيد
  الأضحى»: the `feast_occasion` cues of `date_cues.tsv`) or greeted («تبادلوا التهاني بعيد الفطر»,
  «هنأوا فيها بالعيد السعيد»: the `feast_greeting` cues, up to four words of the clause before
  «ب») is its day, the last on or before the anchor or one coming within a month (greetings come
  before a feast too), as the dev dates batches annotate it; a bare
  «العيد» so only with a word of blessing after it (`feast_blessing`: «العيد السعيد», not «العيد
  الوطني»); an event does not take its date from such a feast (a visit of greeting may be any
  day of the feast or after it);
- a feast or Hijri month of every year («كل عيد», «كل رمضان») is a SET of no value, and a bare Hijri
  month or feast near a yearly adverb of its clause («في كل عام ومع بداية شهر رمضان», «سنويا في
  عيد الفطر») is one too (`dates.habits`: the timex-dev-10 batch's rule).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import marked

ANCHOR = date(2015, 7, 22)
CUES = load_table("date_cues")
Found = tuple[str, str, str | None]


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "feast_occasion"], ids=lambda r: r["word"])
def test_a_feast_named_as_the_occasion_is_its_last_or_coming_day(row: dict[str, str]) -> None:
    assert found(f"أقام المصرف لقاء {row['word']} عيد الفطر المبارك") == [("عيد الفطر", "DATE", "2015-07-17")]
    # the coming one within a month after the anchor: a greeting sent before the feast
    assert found(f"أقام المصرف لقاء {row['word']} عيد الأضحى", date(2015, 9, 20)) == [
        ("عيد الأضحى", "DATE", "2015-09-23")]
    assert found(f"أقام المصرف لقاء {row['word']} عيد الفطر", date(2015, 7, 10)) == [
        ("عيد الفطر", "DATE", "2015-07-17")]
    # not inside a longer word
    assert found(f"قال م{row['word']} عيد الفطر") == []


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "feast_greeting"], ids=lambda r: r["word"])
def test_a_feast_greeted_is_its_last_or_coming_day(row: dict[str, str]) -> None:
    assert found(f"وتبادل الحضور {row['word']} بعيد الفطر السعيد") == [("عيد الفطر", "DATE", "2015-07-17")]
    # two months before the next feast: the last one
    assert found(f"و{row['word']} فيها الحضور بعيد الأضحى") == [("عيد الأضحى", "DATE", "2014-10-04")]
    assert found(f"{row['word']} الأهالي الكرام في المدينة الجميلة بعيد الفطر") == []  # five words apart
    assert found(f"{row['word']}، وأقيم اللقاء بعيد الفطر") == []  # another clause


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "feast_blessing"], ids=lambda r: r["word"])
def test_a_bare_feast_greeted_with_a_blessing_is_the_last_or_coming_feast(row: dict[str, str]) -> None:
    assert found(f"تبادلوا التهاني بمناسبة العيد {row['word']}") == [("العيد", "DATE", "2015-07-17")]
    assert found(f"هنأوا فيها بالعيد {row['word']} حكومتنا", date(2015, 9, 28)) == [
        ("العيد", "DATE", "2015-09-23")]


@pytest.mark.parametrize("text", [
    "احتفلت المدارس بمناسبة العيد الوطني",  # another feast
    "تبادلوا التهاني بمناسبة العيد",  # a bare feast without a blessing
    "القيم العظيمة المرتبطة بعيد الفطر المبارك",
    "ضمن برنامج احتفالاتها بعيد الفطر المبارك",
])
def test_a_feast_neither_greeted_nor_the_occasion_is_left_alone(text: str) -> None:
    assert found(text) == []


def _greeting_visit_date(pattern: str | None) -> str | None:
    art = marked("استقبل [محمد بن سلمان](PER:mbs) [نواز شريف](PER:sharif) بمناسبة "
                 "[عيد الفطر](DATE:2015-07-17).", published="2015-07-22")
    for t in art.layer("timexes"):
        t.attrs.pattern = pattern
    quotes.func(art)
    events.func(art)
    return next(e.attrs.date for e in art.layer("events") if e.label == "MEET")


def test_an_event_is_not_dated_by_a_feast_named_as_its_occasion() -> None:
    assert _greeting_visit_date("holiday") == "2015-07-17"  # a feast day dates the event
    assert _greeting_visit_date("feast_occasion") == "2015-07-22"  # the occasion does not: the report's day


@pytest.mark.parametrize(("text", "expected"), [
    ("وكان لها في كل عيد أو مناسبة ضحايا", [("كل عيد", "SET", None)]),
    ("كل رمضان نلتقي", [("كل رمضان", "SET", None)]),
    ("في كل عام ومع بداية شهر رمضان ينشط البيع", [("كل عام", "SET", "P1Y"), ("شهر رمضان", "SET", None)]),
    ("يقام المهرجان سنويا بمناسبة عيد الفطر", [("سنويا", "SET", "P1Y"), ("عيد الفطر", "SET", None)]),
    # another sentence, or a month told with its year or a last word: the dates they are
    ("يقام المهرجان سنويا. وفي شهر رمضان الماضي", [
        ("سنويا", "SET", "P1Y"), ("شهر رمضان الماضي", "DATE", "2015-06-18/2015-07-16")]),
    ("يقام المهرجان سنويا في رمضان 1436", [
        ("سنويا", "SET", "P1Y"), ("رمضان 1436", "DATE", "2015-06-18/2015-07-16")]),
    ("زار الوزير المعرض في شهر رمضان", [("شهر رمضان", "DATE", "2015-06-18/2015-07-16")]),
    # the adjective: this year's feast of an annual party; a yearly adverb far off in another clause
    ("أقامت الشركة حفل المعايدة السنوي بمناسبة عيد الفطر", [
        ("السنوي", "SET", "P1Y"), ("عيد الفطر", "DATE", "2015-07-17")]),
    ("وفي شهر رمضان لاحظت البائعات في كل شبر من رصيف السوق يسوقن لبضائعهن التي تزداد في كل عام", [
        ("شهر رمضان", "DATE", "2015-06-18/2015-07-16"), ("كل عام", "SET", "P1Y")]),
])
def test_a_feast_or_hijri_month_of_a_yearly_habit_is_a_set(text: str, expected: list[Found]) -> None:
    assert found(text) == expected
