"""A period of the day named by «الفترة» and an adjective («في الفترة المسائية»): a TIME on the day
the text is on (`dates/narrative.py`), of any day in a daily habit; the adjective alone is none. A
programme's day («في يومه الثاني») counts from the day the text told it opens, or stays null."""

from __future__ import annotations

from datetime import date

from marsad.dates import extract

WEDNESDAY = date(2015, 7, 22)


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, WEDNESDAY)]


def test_period_on_the_writing_day() -> None:
    assert _found("وتقام ندوة ثقافية في الفترة المسائية بالقاعة الكبرى") == [
        ("الفترة المسائية", "TIME", "2015-07-22TEV")]


def test_period_on_the_day_the_text_told_before() -> None:
    text = "يفتتح الملتقى يوم الخميس القادم بمحاضرة في الفترة الصباحية. وفي الفترة المسائية تقام ندوة"
    assert _found(text) == [("يوم الخميس القادم", "DATE", "2015-07-23"),
                            ("الفترة الصباحية", "TIME", "2015-07-23TMO"),
                            ("الفترة المسائية", "TIME", "2015-07-23TEV")]


def test_period_of_a_daily_habit_is_of_any_day() -> None:
    assert _found("تفتح الحديقة يوميا في الفترة المسائية للعائلات")[-1] == (
        "الفترة المسائية", "TIME", "XXXX-XX-XXTEV")


def test_the_adjective_alone_is_no_time() -> None:
    assert _found("وزار المدرب مقر الصحف الصباحية والملاهي الليلية") == []


def test_programme_day_counts_from_the_day_told() -> None:
    """«في يومه الثاني»: the programme's second day, counted from the day the text told it opens."""
    text = "يفتتح الملتقى يوم الخميس القادم، ويختتم في يومه الأول بأمسية، ويتواصل في يومه الثاني بندوة"
    assert _found(text) == [("يوم الخميس القادم", "DATE", "2015-07-23"),
                            ("يومه الأول", "DATE", "2015-07-23"),
                            ("يومه الثاني", "DATE", "2015-07-24")]


def test_programme_day_without_a_day_told_stays_null() -> None:
    assert _found("ويتواصل المعرض في يومه الثالث بمحاضرات") == [("يومه الثالث", "DATE", None)]
