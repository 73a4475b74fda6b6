"""Cross-document event merge: same type, participants and compatible dates make one
corpus event; conflicting places are kept; an undated mention takes the event's date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.model import Article, EventAttrs, Published, Span
from marsad.stories.merge import gap, interval, merge_events


def art(url: str, published: str | None, events: list[dict[str, Any]], story: str | None = None) -> Article:
    a = Article(path=url, text="نص " * 20, url=url)
    a.published = Published(date=published, source="test")
    a.story = story
    a.set_layer("events", [Span(i * 3, i * 3 + 2, e.pop("type"), EventAttrs.from_json(e))
                           for i, e in enumerate(events)])
    return a


def meet(*who: str, **kw: Any) -> dict[str, Any]:
    return {"type": kw.pop("type", "MEET"), "participants": list(who), "place": None, "date": None,
            "round": None, "series": None, **kw}


def test_two_reports_of_one_meeting_with_different_places_and_days_merge() -> None:
    a = art("a", "2022-09-18", [meet("p", "y", place="beijing", date="2022-09-18")])
    b = art("b", "2022-09-19", [meet("y", "p", place="fujian", date="2022-09-19")])
    events = merge_events([a, b])
    assert len(events) == 1
    ev = next(iter(events.values()))
    assert ev.articles == sorted([a.id, b.id])
    assert ev.places == ["beijing", "fujian"]
    assert ev.dates == ["2022-09-18", "2022-09-19"]
    assert a.layer("events")[0].attrs.id == b.layer("events")[0].attrs.id == ev.id


def test_an_undated_mention_takes_the_date_of_a_dated_one() -> None:
    a = art("a", "2024-11-12", [meet("s", "w", date="2024-11-12")])
    b = art("b", "2024-11-13", [meet("s", "w")])
    (ev,) = merge_events([a, b]).values()
    assert ev.date == "2024-11-12"
    assert b.layer("events")[0].attrs.inferred_date == "2024-11-12"
    assert b.layer("events")[0].attrs.date is None  # the article's own reading is kept


def test_undated_mentions_in_undated_articles_merge_only_within_a_story() -> None:
    a = art("a", None, [meet("x", "p")], story="s1")
    b = art("b", None, [meet("x", "p")], story="s1")
    c = art("c", None, [meet("x", "p")], story="s2")
    events = merge_events([a, b, c])
    assert sorted(len(e.articles) for e in events.values()) == [1, 2]


@pytest.mark.parametrize("other", [
    meet("p", "y", date="2023-09-18"),  # a year later
    meet("p", "z", date="2022-09-18"),  # someone else
    meet("p", "y", date="2022-09-18", type="CALL"),  # another kind of event
    meet("p", "y", date="2022-09-18", round=18),  # another round of the series
])
def test_different_events_stay_apart(other: dict[str, Any]) -> None:
    a = art("a", "2022-09-18", [meet("p", "y", date="2022-09-18", round=17)])
    b = art("b", "2022-09-18", [other])
    assert len(merge_events([a, b])) == 2


def test_the_stops_of_one_tour_stay_apart() -> None:
    # «زار هولاند تونس والجزائر»: one trigger, two places, two visits (events.stops makes the copy)
    tour = art("a", "2022-09-18", [meet("h", type="VISIT", place="tunisia", trigger_start=0),
                                   meet("h", type="VISIT", place="algeria", trigger_start=0)])
    events = merge_events([tour])
    assert sorted(e.place for e in events.values()) == ["algeria", "tunisia"]
    # a later report joins the first visit it fits, as any report does (no place preference)
    later = art("b", "2022-09-19", [meet("h", type="VISIT", place="tunisia", trigger_start=5)])
    assert sorted(len(e.articles) for e in merge_events([tour, later]).values()) == [1, 2]
    # one trigger read twice with the place once unknown is one visit; two triggers with two
    # places are reports of one visit, as before
    one = art("c", "2022-09-18", [meet("h", type="VISIT", place="tunisia", trigger_start=0),
                                  meet("h", type="VISIT", place=None, trigger_start=0)])
    two = art("d", "2022-09-18", [meet("h", type="VISIT", place="tunis", trigger_start=0),
                                  meet("h", type="VISIT", place="tunisia", trigger_start=40)])
    assert len(merge_events([one])) == 1 and len(merge_events([two])) == 1


def test_a_mention_naming_an_extra_participant_still_merges() -> None:
    a = art("a", "2022-09-18", [meet("p", "y", date="2022-09-18")])
    b = art("b", "2022-09-18", [meet("p", "y", "q", date="2022-09-18")])
    (ev,) = merge_events([a, b]).values()
    assert ev.participants[:2] == ["p", "y"] and "q" in ev.participants


def test_intervals_of_timex_values() -> None:
    assert interval("2024-11-12") == (date(2024, 11, 12), date(2024, 11, 12))
    assert interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert interval("2024-12") == (date(2024, 12, 1), date(2024, 12, 31))
    assert interval("2024-11-11/2024-11-14") == (date(2024, 11, 11), date(2024, 11, 14))
    assert interval("XXXX-07-24") is None and interval(None) is None and interval("soon") is None


@given(st.dates(), st.integers(0, 400), st.dates(), st.integers(0, 400))
def test_gap_is_symmetric_and_zero_on_overlap(a: date, la: int, b: date, lb: int) -> None:
    from datetime import timedelta

    ia = (a, a + timedelta(days=min(la, (date.max - a).days)))
    ib = (b, b + timedelta(days=min(lb, (date.max - b).days)))
    assert gap(ia, ib) == gap(ib, ia) >= 0
    overlap = ia[0] <= ib[1] and ib[0] <= ia[1]
    assert (gap(ia, ib) == 0) == overlap


def test_merged_ids_are_stable() -> None:
    def build() -> list[Article]:
        return [art("a", "2022-09-18", [meet("p", "y", date="2022-09-18")]),
                art("b", "2022-09-19", [meet("p", "y", date="2022-09-19")])]
    assert list(merge_events(build())) == list(merge_events(list(reversed(build()))))


def test_a_one_participant_report_of_the_same_round_joins_the_meeting() -> None:
    a = art("a", "2024-11-12", [meet("s", round=19, date="2024-11-12"),
                                meet("s", "w", round=19, date="2024-11-12")])
    assert len(merge_events([a])) == 1


def test_an_iso_week_is_an_interval() -> None:
    assert interval("2024-W46") == (date(2024, 11, 11), date(2024, 11, 17))
