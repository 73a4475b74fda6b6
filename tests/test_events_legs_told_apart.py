"""A visit noun told a span of time apart from the visit before it in its sentence («وجاءت زيارة X
لأربيل بعد يوم من زيارة لبغداد»: `apart_time` rows of lang/ar/event_cues.tsv) is a leg of its own
where it names a place of its own, its visitor the other visit's, dated the span away from the
other visit's day (`events.trip_legs.leg_told_apart`; the events-dev gold: a visit to Baghdad the
day before the one to Erbil)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_APART = [r["form"] for r in load_table("event_cues") if r["kind"] == "apart_time"]


def _visits(src: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(e.attrs.participants, e.attrs.place, e.attrs.date) for e in run(src, published="2015-07-25")
            if e.label == "VISIT"]


def test_a_visit_a_day_before_is_a_leg_of_its_own_dated_the_day_before() -> None:
    visits = _visits("وصل [كارتر](PER:carter) إلى [أربيل](LOC:erbil) [أمس](DATE:2015-07-24). وجاءت زيارة "
                     "[كارتر](PER:carter) ل[أربيل](LOC:erbil) بعد [يوم](DATE:P1D) من زيارة "
                     "ل[بغداد](LOC:baghdad) للاجتماع مع الزعماء العراقيين.")
    assert (["carter"], "baghdad", "2015-07-23") in visits


def test_a_visit_two_days_after_is_dated_after() -> None:
    visits = _visits("وصل [كارتر](PER:carter) إلى [أربيل](LOC:erbil) [أمس](DATE:2015-07-24). وجاءت زيارة "
                     "[كارتر](PER:carter) ل[أربيل](LOC:erbil) قبل [يومين](DATE:P2D) من زيارة "
                     "ل[بغداد](LOC:baghdad).")
    assert (["carter"], "baghdad", "2015-07-26") in visits


def test_without_a_span_the_second_visit_noun_stays_with_the_first() -> None:
    visits = _visits("وجاءت زيارة [كارتر](PER:carter) ل[أربيل](LOC:erbil) [أمس](DATE:2015-07-24) "
                     "بعد زيارة ل[بغداد](LOC:baghdad).")
    assert len(visits) == 1


@pytest.mark.parametrize("form", _APART)
def test_each_time_word_tells_a_leg_apart(form: str) -> None:
    visits = _visits(f"وجاءت زيارة [كارتر](PER:carter) ل[أربيل](LOC:erbil) [أمس](DATE:2015-07-24) {form} "
                     "[يوم](DATE:P1D) من زيارة ل[بغداد](LOC:baghdad).")
    assert any(place == "baghdad" for _, place, _ in visits)


def test_the_span_is_found_as_far_back_as_the_widest_apart_time_window() -> None:
    # the reach back to the span is the table's widest window (to_come.widest_window), no constant
    widest = max(int(r["window"]) for r in load_table("event_cues") if r["kind"] == "apart_time")
    filler = " ".join(["فقط", "تقريبا", "كما", "يبدو"][: widest - 2])
    visits = _visits(f"وجاءت زيارة [كارتر](PER:carter) ل[أربيل](LOC:erbil) [أمس](DATE:2015-07-24) بعد "
                     f"[يوم](DATE:P1D) {filler} من زيارة ل[بغداد](LOC:baghdad).")
    assert (["carter"], "baghdad", "2015-07-23") in visits
