"""The place a visit noun governs past a facility word (`event_facilities.tsv`): «لزيارة مدينة عدن»
(events-dev-fresh8 3737, -fresh9 8450) goes to Aden, not to a place the sentence names later («للاطلاع
على واقع حقوق الانسان باليمن»); every row, row by row; a body after the word is no place."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_FORMS = [r["form"] for r in load_table("event_facilities")]


def _visits(src: str) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in run(src) if e.label == "VISIT"]


@pytest.mark.parametrize("form", _FORMS)
def test_a_visit_noun_goes_to_the_place_past_its_facility_word(form: str) -> None:
    src = (f"وقام [عز الدين الأصبحي](PER:asbahi) أمس بزيارة {form} [عدن](LOC:aden) للاطلاع على واقع "
           "حقوق الإنسان في [اليمن](LOC:yemen).")
    assert _visits(src) == [(["asbahi"], "aden")]


def test_a_body_past_the_facility_word_is_no_place() -> None:
    src = ("وقام [عز الدين الأصبحي](PER:asbahi) أمس بزيارة مقر [وزارة الخارجية](ORG:mofa) في "
           "[الرياض](LOC:riyadh).")
    assert [place for _, place in _visits(src)] == ["riyadh"]
