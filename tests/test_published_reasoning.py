"""Publication-date reasoning: sources, conflicts, and no guessing."""

from __future__ import annotations

from typing import Any

from marsad.dates import infer_published
from marsad.model import Published

BODY = ("وأضاف المتحدث أن الجانبين سيواصلان المشاورات خلال الفترة المقبلة "
        "بشأن القضايا الإقليمية والدولية. ") * 2


def pub(text: str, meta: dict[str, Any] | None = None,
        segments: list[tuple[int, int, str]] | None = None) -> Published:
    return infer_published(text, meta or {}, segments or [])


def test_no_evidence_gives_null_never_today() -> None:
    p = pub("قال الوزير الأحد إن المحادثات مستمرة.\n" + BODY)
    assert p.date is None and p.source == "none" and p.flags == []


def test_header_line_with_a_publication_cue() -> None:
    p = pub("عنوان الخبر\nتاريخ النشر: 12th, November 2024 GMT\nتستضيف الصين، اليوم الثلاثاء، الوزير.\n")
    assert (p.date, p.source, p.flags) == ("2024-11-12", "header", [])
    assert any("agrees" in e.note for e in p.evidence)


def test_metadata_date_wins_when_consistent() -> None:
    p = pub("وصل الوفد اليوم الخميس إلى جدة.\n", {"date": "2015-08-06T10:00:00", "date_field": "date"})
    assert (p.date, p.source) == ("2015-08-06", "meta")


def test_dateline_contradicted_by_a_later_reported_date_is_flagged() -> None:
    text = ("القاهرة 3 مارس 2021 (أ ش أ) " + BODY + "\n"
            "التقى الوزيران يوم الأحد في القاهرة.\n"
            "الوزيران خلال لقائهما في القاهرة، 14 مارس. الصورة: الوكالة\n")
    p = pub(text)
    assert p.date == "2021-03-14" and "date_conflict" in p.flags and p.source == "text"
    assert any(e.kind == "dateline" and e.value == "2021-03-03" for e in p.evidence)


def test_today_weekday_that_contradicts_the_header_is_flagged() -> None:
    text = "الخميس 7 نوفمبر 2024\nعنوان\nأعلنت الحكومة اليوم الثلاثاء خطة جديدة.\n" + BODY
    p = pub(text)
    assert "date_conflict" in p.flags
    assert p.date == "2024-11-07"  # the only dated candidate; its conflict is kept, not hidden


def test_future_dates_do_not_contradict() -> None:
    text = "الرياض 5 مايو 2022 (واس) " + BODY + "\nمن المقرر أن تعقد القمة في 20 مايو في جدة.\n"
    p = pub(text)
    assert p.date == "2022-05-05" and p.flags == []


def test_future_dates_do_not_contradict_where_the_text_has_diacritics() -> None:
    # the tense is read in the normalised text: a dropped tashkeel or tatweel must not move the
    # clause the expression sits in (it used to skip the test, so the future date contradicted)
    text = ("الرياض 5 مايو 2022 (واس) " + BODY + "\nمن المقرَّر أن تُعقد القمـة في 20 مايو في جدة.\n")
    p = pub(text)
    assert p.date == "2022-05-05" and p.flags == []


def test_no_publication_date_is_later_than_the_day_the_page_was_fetched() -> None:
    text = ("القاهرة 6 أكتوبر 2015 (أ ش أ) " + BODY + "\n")
    fetched = {"date": "2015-07-21T08:00:00", "date_field": "date_extracted"}
    p = pub(text, fetched)
    assert p.date <= "2015-07-21" and "date_after_retrieval" in p.flags
    assert any(e.value == "2015-10-06" for e in p.evidence)  # still shown as evidence
    # a date field that is not a fetch time sets no ceiling
    p = pub(text, {"date": "2015-07-21T08:00:00", "date_field": "date"})
    assert "date_after_retrieval" not in p.flags


def test_a_line_cleaning_marks_a_dateline_dates_the_article() -> None:
    from marsad.dates import infer_published

    title = "اتفاق مصري تركي على تشكيل لجنة مشتركة"
    line = "القاهرة - الثلاثاء 11 مارس 2025"
    body = "اتفق وزيرا خارجية مصر وتركيا، أمس الاثنين، على تشكيل لجنة فنية مشتركة."
    text = "\n".join([title, line, body])
    a, b = len(title) + 1, len(title) + 1 + len(line)
    segments = [(0, len(title), "title"), (a, b, "dateline"), (b + 1, len(text), "body")]
    pub = infer_published(text, {}, segments)
    assert (pub.date, pub.source) == ("2025-03-11", "dateline")
    pub = infer_published(text, {}, [(0, len(title), "title"), (b + 1, len(text), "body")])
    assert pub.date == "2025-03-11"  # unmarked, the same line is a header


FETCHED = {"date": "2015-08-11 18:45:54", "date_field": "date_extracted"}


def test_date_in_the_author_field_beats_the_fetch_time() -> None:
    """SaudiNewsNet's arriyadiyah puts the publication time in the byline field; the fetch
    time is only a ceiling, so a byline on or before it wins and is no conflict."""
    for author, day in [("الرباط - الرياضية | Sunday, 09 August 2015 - 19:56 pm", "2015-08-09"),
                        ("بقلم: عدنان جستنية | Mon, 2015-08-10 20:47", "2015-08-10")]:
        p = pub(BODY, {**FETCHED, "author": author})
        assert (p.date, p.source, p.flags) == (day, "byline", []), author


def test_author_field_without_a_date_is_no_candidate() -> None:
    p = pub(BODY, {**FETCHED, "author": "الرياض - واس"})
    assert (p.date, p.source) == ("2015-08-11", "meta")
    assert [e.kind for e in p.evidence] == ["meta"]


def test_byline_date_after_the_fetch_is_refused() -> None:
    p = pub(BODY, {**FETCHED, "author": "Wed, 2015-08-12 10:00"})
    assert (p.date, p.source) == ("2015-08-11", "meta")
    assert "date_after_retrieval" in p.flags


def test_byline_date_contradicted_by_the_text_loses() -> None:
    """«اليوم الثلاثاء» says the article was written on Tuesday 11 August, not Sunday the 9th."""
    p = pub("أعلن الاتحاد اليوم الثلاثاء عن موعد المباراة.\n" + BODY,
            {**FETCHED, "author": "Sunday, 09 August 2015 - 19:56 pm"})
    assert p.date == "2015-08-11" and "date_conflict" in p.flags
