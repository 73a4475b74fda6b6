"""A person meeting or calling a body named after مع (اجتمع كيري مع مجلس التعاون) meets it, as
a person signing with one already did (issue 15, round 9): before, the meeting kept one
participant and was dropped. Discussing with a named partner (ناقش X مع Y) is a meeting, as
«بحث X مع Y» is."""

from __future__ import annotations

import pytest

from tests.test_events_units import run


def _pairs(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


@pytest.mark.parametrize("verb", ["واجتمع", "وبحث", "وتباحث"])
def test_a_person_meeting_a_body_named_after_with_meets_it(verb: str) -> None:
    evs = run(f"{verb} [كيري](PER:kerry) مع [مجلس التعاون](ORG:gcc) الأوضاع في المنطقة.")
    assert _pairs(evs) == [("MEET", ["kerry", "gcc"])]


def test_a_meeting_with_a_body_after_a_visit_is_a_meeting_of_its_own() -> None:
    evs = run("ويعتزم [كيري](PER:kerry) زيارة [الدوحة](LOC:doha) في الأسابيع المقبلة للاجتماع مع "
              "[مجلس التعاون](ORG:gcc).")
    assert ("MEET", ["kerry", "gcc"]) in _pairs(evs)


def test_a_body_before_with_is_no_partner_of_a_meeting() -> None:
    evs = run("واجتمع [كيري](PER:kerry) في مقر [الأمم المتحدة](ORG:un) أمس.")
    assert evs == []


def test_a_signing_with_a_body_still_takes_it() -> None:
    evs = run("ووقع [كيري](PER:kerry) اتفاقية مع [مجلس التعاون](ORG:gcc) أمس.")
    assert _pairs(evs) == [("AGREE", ["kerry", "gcc"])]


@pytest.mark.parametrize("verb", ["ناقش", "وناقش", "يناقش", "وتناقش", "ناقشا"])
def test_discussing_with_a_named_partner_is_a_meeting(verb: str) -> None:
    evs = run(f"{verb} [سلمان](PER:salman) مع [أوباما](PER:obama) الأوضاع في المنطقة.")
    assert _pairs(evs) == [("MEET", ["salman", "obama"])]


def test_discussing_a_matter_with_no_partner_is_no_meeting() -> None:
    assert run("وناقش [مجلس الشورى](ORG:shura) التقرير السنوي للوزارة.") == []
