"""An event noun that is the subject of a future verb of holding is still to come (issue 15, round
35 fresh-text audit: «اجتماع اللجنة التنفيذية ... سيعقد يوم 20 يوليو» read as held). The
`event_senses` rows of kind held_to_come, row by row; one that may be held («قد تعقد»: held_maybe,
round 48 ruling) is expected."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r["form"] for r in load_table("event_senses") if r["kind"] == "held_to_come"]
_MAYBE = [r["form"] for r in load_table("event_senses") if r["kind"] == "held_maybe"]


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


@pytest.mark.parametrize("form", _MAYBE)
def test_a_meeting_that_may_be_held_is_expected(form: str) -> None:
    assert _statuses(f"وقال إن اجتماع الوزير [سامي العتيبي](PER:s) مع [خالد المنصور](PER:k) {form} في "
                     "[الرياض](LOC:r).") == [("MEET", "expected")]


def test_a_summit_that_may_be_held_this_year_is_expected() -> None:
    # events-dev-fresh13 7105: «إن قمة أخرى بين الزعيمين قد تعقد هذا العام» (round 48 ruling)
    assert _statuses("وتقول مصادر في الحكومة [اليابانية](LOC:japan) إن قمة أخرى بين [آبي](PER:abe) "
                     "و[شي](PER:xi) قد تعقد هذا العام.") == [("MEET", "expected")]
    assert _statuses("وقال إن قمة بين [آبي](PER:abe) و[شي](PER:xi) قد عقدت في [بكين](LOC:beijing).") == [
        ("MEET", "happened")]  # «قد» + a perfect: held
