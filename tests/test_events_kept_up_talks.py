"""Events (issue 15, round 25): talks kept up («لدعم المحادثات بين X و Y», «تواصل الحوار») are an
`ongoing` MEET and talks taken up again («لاستئناف محادثات») a `planned` one, whatever day the
sentence tells of the effort; a visit told again with a status of its own by one of its visitors,
to the same place, is the same visit; an agreement told with one party is the agreement the
article tells with that party among others. The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span
from tests.test_events_units import run

_TALKS = ("talks_going_on", "talks_resumed")


def test_talks_supported_are_ongoing_and_undated() -> None:
    evs = run("وناقش الاتصال [أمس](DATE:2015-08-09) الجهود لدعم المحادثات بين [أفغانستان](LOC:af) "
              "و[طالبان](ORG:tb).", published="2015-08-10")
    meet = [e for e in evs if e.label == "MEET"]
    assert [(e.attrs.participants, e.attrs.status) for e in meet] == [(["af", "tb"], "ongoing")]


def test_talks_resumed_are_planned_and_undated() -> None:
    evs = run("وأشارت [أمس](DATE:2015-08-09) إلى الجهود لاستئناف محادثات السلام بين [أفغانستان](LOC:af) "
              "و[طالبان](ORG:tb).", published="2015-08-10")
    assert [(e.label, e.attrs.status, e.attrs.date) for e in evs] == [("MEET", "planned", None)]


def test_talks_held_the_day_before_stay_made() -> None:
    evs = run("وعقدت [أفغانستان](LOC:af) و[طالبان](ORG:tb) محادثات [أمس](DATE:2015-08-09).",
              published="2015-08-10")
    assert [(e.label, e.attrs.status, e.attrs.date) for e in evs] == [("MEET", "happened", "2015-08-09")]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] in _TALKS],
                         ids=lambda r: r["form"])
def test_each_talks_row_sets_the_status(row: dict[str, str]) -> None:
    evs = run(f"وأكد المتحدث أهمية {row['form']} المحادثات بين [أفغانستان](LOC:af) و[طالبان](ORG:tb).",
              published="2015-08-10")
    want = "ongoing" if row["kind"] == "talks_going_on" else "planned"
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", want)], normalize(row["form"])


def _ev(label: str, parts: list[str], place: str | None = None, status: str = "happened",
        date: str | None = None) -> Span[EventAttrs]:
    return Span(0, 1, label, EventAttrs(participants=list(parts), place=place, status=status, date=date))


def test_a_visit_to_another_place_stays_apart() -> None:
    from marsad.events.happenings import consolidate
    made = _ev("VISIT", ["abu", "leon"], "algeria", date="2015-07-30")
    other = _ev("VISIT", ["abu"], "tunisia", status="planned")
    assert len(consolidate([(0, made), (2, other)])) == 2


def test_an_agreement_told_with_one_party_is_the_one_told_with_both() -> None:
    from marsad.events.happenings import consolidate
    first = _ev("AGREE", ["iran"], date="2015-07-14")
    again = _ev("AGREE", ["iran", "p5"])
    out = [ev for _, ev in consolidate([(0, first), (3, again)])]
    assert len(out) == 1 and out[0].attrs.participants == ["iran", "p5"] and out[0].attrs.date == "2015-07-14"


def test_a_meeting_told_with_one_party_elsewhere_stays_apart() -> None:
    from marsad.events.happenings import consolidate
    both = _ev("MEET", ["sisi", "mbs"])
    lone = _ev("MEET", ["mbs"])
    assert len(consolidate([(0, both), (3, lone)])) == 2


def test_a_call_whose_clause_says_it_took_place_happened() -> None:
    evs = run("ومن المتوقع أن تفتح [تركيا](LOC:tr) القاعدة خلال أيام، وذلك بعد اتصال هاتفي جرى بين الرئيسين "
              "[أردوغان](PER:erdogan) و[أوباما](PER:obama).", published="2015-07-24")
    calls = [e for e in evs if e.label == "CALL"]
    assert [(e.attrs.participants, e.attrs.status) for e in calls] == [(["erdogan", "obama"], "happened")]


def test_a_call_expected_with_no_such_clause_stays_expected() -> None:
    evs = run("ومن المتوقع أن يجري [أردوغان](PER:erdogan) اتصالا هاتفيا مع [أوباما](PER:obama) خلال أيام.",
              published="2015-07-24")
    assert [(e.label, e.attrs.status) for e in evs] == [("CALL", "expected")]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "made_clause"],
                         ids=lambda r: r["form"])
def test_each_made_clause_row_tells_the_event_made(row: dict[str, str]) -> None:
    evs = run(f"ومن المتوقع أن تفتح [تركيا](LOC:tr) القاعدة، وذلك بعد لقاء {row['form']} بين "
              "[أردوغان](PER:erdogan) و[أوباما](PER:obama).", published="2015-07-24")
    meets = [e for e in evs if e.label == "MEET"]
    assert [e.attrs.status for e in meets] == ["happened"], normalize(row["form"])
