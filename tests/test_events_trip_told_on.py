"""A trip told on after a report of it (round 41, events-dev 19910: «وقال فوزي إن ولد الشيخ أحمد
سيذهب ... ومنها سيتوجه إلى الرياض ... . وسيسافر بعد ذلك إلى نيويورك»): the verb of travelling that
names no one of its own goes on with the trip of the sentence before (no private journey), and its
traveller is the one the report told of, not the speaker who reported it."""

from __future__ import annotations

from tests.test_events_units import run

_REPORT = ("وقال المتحدث [أحمد فوزي](PER:f) إن المبعوث الأممي [خالد المنصور](PER:k) سيتوجه إلى "
           "[الرياض](LOC:r) حيث مقر الحكومة.")


def _visits(text: str) -> list[tuple[list[str], str | None]]:
    return [(list(e.attrs.participants), e.attrs.place) for e in run(text) if e.label == "VISIT"]


def test_travel_after_a_reported_trip_is_the_envoys_next_leg() -> None:
    assert (["k"], "n") in _visits(_REPORT + " وسيسافر بعد ذلك إلى [نيويورك](LOC:n) ليطلع المجلس "
                                             "على النتائج.")


def test_a_subjectless_leg_after_a_report_is_not_the_speakers() -> None:
    assert (["k"], "n") in _visits(_REPORT + " وسيتوجه بعد ذلك إلى [نيويورك](LOC:n).")


def test_the_speakers_own_meeting_leaves_the_speaker_the_traveller() -> None:
    assert (["f"], "n") in _visits("وقال المتحدث [أحمد فوزي](PER:f) إنه التقى [خالد المنصور](PER:k) في "
                                   "[الرياض](LOC:r). وسيتوجه بعد ذلك إلى [نيويورك](LOC:n).")


def test_a_private_journey_named_alone_stays_none() -> None:
    assert _visits("قرر [خالد المنصور](PER:k) أن يسافر إلى [قبرص](LOC:c).") == []
