"""A visitor who lands at an airport named for its city visits the city (events/airport_cities.py)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_NOUNS = [r["form"] for r in load_table("event_senses") if r["kind"] == "airport"]
_QUALIFIERS = [r["form"] for r in load_table("event_senses") if r["kind"] == "airport_qualifier"]


def _places(src: str) -> list[tuple[str, str | None]]:
    return [(e.label, e.attrs.place) for e in run(src, "2015-08-01")]


@pytest.mark.parametrize("noun", _NOUNS)
@pytest.mark.parametrize("qualifier", _QUALIFIERS)
def test_the_city_an_airport_is_named_for_is_the_visits_place(noun: str, qualifier: str) -> None:
    assert _places(f"وصل نائب الرئيس [خالد بحاح](PER:b) إلى [{noun} عدن {qualifier}](LOC:ap) أمس. "
                   "وتجول بحاح في أحياء [عدن](LOC:aden).")[0] == ("VISIT", "aden")


def test_an_airport_named_for_a_person_stays_the_place() -> None:
    assert _places("وصل نائب الرئيس [خالد بحاح](PER:b) إلى [مطار الملك خالد الدولي](LOC:ap) أمس. "
                   "وتجول بحاح في أحياء [عدن](LOC:aden).")[0] == ("VISIT", "ap")


def test_an_airport_whose_city_the_article_does_not_name_stays_the_place() -> None:
    assert _places("وصل نائب الرئيس [خالد بحاح](PER:b) إلى [مطار عدن الدولي](LOC:ap) أمس.")[0] \
        == ("VISIT", "ap")


def test_a_meeting_at_the_airport_keeps_it() -> None:
    assert _places("استقبل وزير الخارجية [صباح الخالد](PER:s) الوزير [محمد جواد ظريف](PER:z) في "
                   "[مطار الكويت الدولي](LOC:ap) أمس. وتشهد [الكويت](LOC:kw) حراكا.")[0] == ("MEET", "ap")


def test_an_airport_listed_with_other_sites_stays_the_place() -> None:
    # «قامت بنزول ميداني إلى مطار عدن والميناء والمصفاة»: a tour of sites, each the place
    assert _places("وزار نائب الرئيس [خالد بحاح](PER:b) أمس [مطار عدن الدولي](LOC:ap) والميناء والمصفاة. "
                   "وتجول بحاح في أحياء [عدن](LOC:aden).")[0] == ("VISIT", "ap")
