"""Meetings, calls and visits whose every party is a private person — introduced by a calling
such as «الصحافي», «الفنان», «الزميل» — are no events between actors (issue 15, random news);
one party of office keeps the event."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_SENSES = load_table("event_senses")
_CALLINGS = [r for r in _SENSES if r["kind"] == "private_person"]


def _shape(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


def test_a_journalists_trip_is_no_visit() -> None:
    assert run("سافر الصحافي البريطاني [بنجامين هول](PER:h) مرارا، ثم يتوجه [هول](PER:h) إلى مدينة "
               "[ديار بكر](LOC:d).") == []
    evs = run("سافر الوزير [بنجامين هول](PER:h) مرارا، ثم يتوجه [هول](PER:h) إلى مدينة [ديار بكر](LOC:d).")
    assert _shape(evs) == [("VISIT", ["h"])]


def test_a_meeting_of_two_artists_is_no_event() -> None:
    assert run("والتقى الفنان [عبد الوهاب الدكالي](PER:d) المخرج [محمد كريم](PER:k) في "
               "[الرباط](LOC:r).") == []
    evs = run("والتقى الوزير [عبد الوهاب الدكالي](PER:d) السفير [محمد كريم](PER:k) في [الرباط](LOC:r).")
    assert _shape(evs) == [("MEET", ["d", "k"])]


def test_a_head_of_state_receiving_an_artist_is_a_meeting() -> None:
    evs = run("واستقبل الرئيس [علي بونغو](PER:b) الفنان [محمد عبده](PER:m) في [ليبرفيل](LOC:l).")
    assert _shape(evs) == [("MEET", ["b", "m"])]


def test_a_representative_is_no_private_person() -> None:
    evs = run("والتقى الممثل الخاص [محمد كريم](PER:k) الرئيس [علي بونغو](PER:b) في [ليبرفيل](LOC:l).")
    assert [e.label for e in evs] == ["MEET"]
    evs = run("والتقت الممثلة [فيديريكا موغيريني](PER:m) الوزير [محمد كريم](PER:k) في [بروكسل](LOC:b).")
    assert [e.label for e in evs] == ["MEET"]


@pytest.mark.parametrize("row", _CALLINGS, ids=lambda r: r["form"])
def test_every_calling_makes_a_lone_visitor_private(row: dict[str, str]) -> None:
    assert run(f"ووصل {row['form']} [سامر خليل](PER:s) إلى [بيروت](LOC:b) أمس.") == []
    assert run(f"ووصل {row['form']} اللبناني [سامر خليل](PER:s) إلى [بيروت](LOC:b) أمس.") == []
    evs = run("ووصل الوزير [سامر خليل](PER:s) إلى [بيروت](LOC:b) أمس.")
    assert _shape(evs) == [("VISIT", ["s"])]


_ADJECTIVES = [r for r in _SENSES if r["kind"] == "private_adjective"]


def test_the_plain_adjectives_are_rows() -> None:
    assert {r["form"] for r in _ADJECTIVES} == {"الشاب", "الكبير", "القدير", "المعروف", "الراحل"}


@pytest.mark.parametrize("row", _ADJECTIVES, ids=lambda r: r["form"])
def test_every_plain_adjective_stands_between_calling_and_name(row: dict[str, str]) -> None:
    assert run(f"ووصل الفنان {row['form']} [سامر خليل](PER:s) إلى [بيروت](LOC:b) أمس.") == []
    # two words between the calling and the name: the calling is too far
    evs = run(f"ووصل الفنان {row['form']} جدا [سامر خليل](PER:s) إلى [بيروت](LOC:b) أمس.")
    assert _shape(evs) == [("VISIT", ["s"])]
