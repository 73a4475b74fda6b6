"""Events count from the day of writing (issue 16): when the publication date is only the fetch
day and the page's URL or the text's weekday names an earlier day of writing
(`Published.written`), an undated report takes that day, and a date on it is no date past."""

from __future__ import annotations

from marsad.model import DateEvidence, Published
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import marked

FETCHED = "2015-07-31"  # the fetch day, chosen as the publication date
WRITTEN = "2015-07-30"  # the day in the page's URL


def run(src: str, evidence_kind: str = "url") -> list:
    art = marked(src, FETCHED)
    art.published = Published(FETCHED, "meta", [], [
        DateEvidence("meta", FETCHED, None, None, "fetch time"),
        DateEvidence(evidence_kind, WRITTEN, None, None, "day of writing")])
    quotes.func(art)
    events.func(art)
    return art.layer("events")


def test_an_undated_report_takes_the_day_of_writing() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) [سيرغي لافروف](PER:lavrov).")
    assert [e.attrs.date for e in evs if e.label == "MEET"] == [WRITTEN]


def test_an_undated_report_takes_the_day_the_weekday_gives() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) [سيرغي لافروف](PER:lavrov).", "weekday")
    assert [e.attrs.date for e in evs if e.label == "MEET"] == [WRITTEN]


def test_a_visit_on_the_day_of_writing_is_not_told_as_past() -> None:
    evs = run("يزور [لافروف](PER:lavrov) [القاهرة](LOC:cairo) [اليوم](DATE:2015-07-30).")
    assert [(e.label, e.attrs.status, e.attrs.date) for e in evs] == [("VISIT", "ongoing", WRITTEN)]


def test_other_evidence_leaves_the_publication_date() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) [سيرغي لافروف](PER:lavrov).", "text")
    assert [e.attrs.date for e in evs if e.label == "MEET"] == [FETCHED]
