"""«محقق» (investigator) is an office (speaker_references kind title), so its holder named after the
office's phrase speaks (round 53; round 52's outside audit row 23: «قال المحقق المتخصص في سلامة
وحوادث الطيران الكابتن طيار X، إن» was given the words «المحقق المتخصص» and nobody)."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import speakers


@pytest.mark.parametrize("office", ["المحقق المتخصص", "المحققة المتخصصة"])
def test_the_holder_after_the_investigators_phrase_speaks(office: str) -> None:
    got = speakers(f"من جهته، قال {office} في سلامة وحوادث الطيران الكابتن طيار "
                   "[سليمان بن صالح المحيميدي](PER:m)، إن قطاع الطيران ينمو بشكل متسارع.")
    assert got == ["m"]
