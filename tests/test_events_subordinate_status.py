"""An imperfect verb in a subordinate clause takes «to come» from its main clause (issue 15,
round 35 fresh-text audit: «وسيلتقي X بـY اليوم قبل أن يتوجه إلى الأردن» read as a visit made)."""

from __future__ import annotations

from tests.test_events_units import run


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.attrs.status) for e in run(text)]


def test_a_journey_after_a_meeting_to_come_is_to_come() -> None:
    assert ("VISIT", "planned") in _statuses(
        "وسيجتمع الوزير [سامي العتيبي](PER:s) ب[خالد المنصور](PER:k) صباح اليوم قبل أن يتوجه إلى "
        "[عمان](LOC:a).")


def test_a_journey_after_a_meeting_made_was_made() -> None:
    assert ("VISIT", "happened") in _statuses(
        "واجتمع الوزير [سامي العتيبي](PER:s) ب[خالد المنصور](PER:k) صباح أمس قبل أن يتوجه إلى "
        "[عمان](LOC:a).")


def test_a_perfect_verb_after_a_meeting_to_come_was_made() -> None:
    assert ("VISIT", "happened") in _statuses(
        "وسيجتمع الوزير [سامي العتيبي](PER:s) ب[خالد المنصور](PER:k) بعد أن وصل إلى [عمان](LOC:a).")


def test_an_after_a_verb_of_saying_with_a_name_is_that_and_tells_a_visit_under_way() -> None:
    # «أن» with its named subject after it is «أنّ»: what is said is under way, not a wish
    assert _statuses("وذكرت الوكالة أن [سامي العتيبي](PER:s) يزور [عمان](LOC:a) لبحث التعاون.") == \
        [("VISIT", "ongoing")]
    assert ("VISIT", "ongoing") not in _statuses(  # «أن يزور»: the subjunctive, no visit under way
        "وتمنت الوكالة أن يزور [سامي العتيبي](PER:s) [عمان](LOC:a) لبحث التعاون.")
