"""A visit noun after a word of sequence (بعد, عقب) is a past or coming event recalled as a time
mark, unless it names who does it; an indefinite noun names him also in the clause that describes
it, after the pronoun that ties the clause to it (round 36, `noun_participants.doer_after`): «بعد زيارة
من المتوقع أن يقوم بها الوزير X» reports X's visit."""

from __future__ import annotations

import pytest

from tests.test_events_units import run


def _visits(src: str) -> list[tuple[list[str], str | None, str]]:
    return [(e.attrs.participants, e.attrs.place, e.attrs.status) for e in run(src) if e.label == "VISIT"]


@pytest.mark.parametrize(("clause", "status"), [
    ("سيقوم بها", "planned"),
    ("من المتوقع أن يقوم بها", "expected"),
    ("قام بها", "happened"),
])
def test_the_doer_in_the_clause_after_an_indefinite_noun_makes_it_a_report(clause: str, status: str) -> None:
    src = (f"وتحسنت العلاقات بين البلدين عقب زيارة {clause} الوزير [عادل الجبير](PER:jubeir) "
           "إلى [مسقط](LOC:muscat).")
    assert _visits(src) == [(["jubeir"], "muscat", status)]


def test_a_time_mark_with_no_doer_in_its_clause_stays_a_time_mark() -> None:
    # «بها» with no one named after it, and a name before the pronoun: no doer of the clause
    assert _visits("وتحسنت العلاقات عقب زيارة إلى [مسقط](LOC:muscat) رحب بها الجميع.") == []
    assert _visits("وتحسنت العلاقات بعد زيارة [مسقط](LOC:muscat) في [مايو](DATE:2015-05).") == []


@pytest.mark.parametrize("clause", ["", "سيقوم بها "])
def test_a_doer_past_an_office_and_its_portfolio_makes_it_a_report(clause: str) -> None:
    src = (f"وتحسنت العلاقات عقب زيارة {clause}وزير الخارجية [عادل الجبير](PER:jubeir) "
           "إلى [مسقط](LOC:muscat).")
    assert [(p, pl) for p, pl, _ in _visits(src)] == [(["jubeir"], "muscat")]

