"""An event noun that is the subject of a future verb of holding is still to come (issue 15, round
35 fresh-text audit: «اجتماع اللجنة التنفيذية ... سيعقد يوم 20 يوليو» read as held). The
`event_senses` rows of kind held_to_come, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r["form"] for r in load_table("event_senses") if r["kind"] == "held_to_come"]


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.attrs.status) for e in run(text)]


@pytest.mark.parametrize("form", _ROWS)
def test_a_meeting_that_will_be_held_is_planned(form: str) -> None:
    assert _statuses(f"وقال إن اجتماع الوزير [سامي العتيبي](PER:s) مع [خالد المنصور](PER:k) {form} في "
                     "[الرياض](LOC:r).") == [("MEET", "planned")]


def test_a_verb_with_waw_opens_a_clause_of_its_own() -> None:
    assert _statuses("وناقش اجتماع الوزير [سامي العتيبي](PER:s) مع [خالد المنصور](PER:k) أمس الملفات "
                     "وستعقد اللجنة جلستها المقبلة.") == [("MEET", "happened")]


def test_a_meeting_that_will_be_the_sequel_of_talks_held_is_planned() -> None:
    # events-dev-fresh27 712: «مشيرا إلى أن لقاء نوفاك والبدري سيكون استكمالا للمشاورات»: the
    # meeting the future copula tells is still to come
    assert _statuses("مشيرا إلى أن لقاء [نوفاك](PER:novak) و[البدري](PER:badri) سيكون استكمالا "
                     "للمشاورات السابقة.") == [("MEET", "planned")]
