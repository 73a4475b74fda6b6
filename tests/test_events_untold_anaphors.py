"""A bare minister before a state's adjective («الوزير الأميركي»: `event_state_sides` kind anaphor)
refers back to the holder the article told of; where it told of no person of that state (none
introduced with the title, none of the state in the catalogue, none named after the state's
adjective or a counterpart noun), he is an unnamed official of that state and its side, so his
event keeps its party (events-dev-fresh30 25940: «وصل الوزير الأميركي إلى الدوحة للقاء وزراء
مجلس التعاون»)."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.office_sides import office_sides
from tests.test_events_units import marked, run

_ARRIVAL = "ووصل الوزير الأميركي إلى [الدوحة](LOC:doha) للقاء [عادل الجبير](PER:adel_al_jubeir)."


def _sides(src: str) -> list[tuple[str, str | None]]:
    art = marked(src, "2015-08-08")
    return [(m.slice(art.text), m.attrs.entity) for m in office_sides(build_context(art, sides=True))]


def test_a_bare_minister_no_one_was_told_of_is_his_states_side() -> None:
    assert _sides("قال مسؤولون إن المحادثات مهمة. " + _ARRIVAL) == [("الوزير الأميركي", "united_states")]
    evs = run("قال مسؤولون إن المحادثات مهمة. " + _ARRIVAL, "2015-08-08")
    assert ("VISIT", ["united_states"]) in [(e.label, e.attrs.participants) for e in evs]


def test_one_of_that_state_in_the_catalogue_is_told_of() -> None:
    assert _sides("قال [جون كيري](PER:john_kerry) إن المحادثات مهمة. " + _ARRIVAL) == []


def test_one_introduced_with_the_title_is_told_of() -> None:
    assert _sides("قال وزير الخارجية [مارك](PER:mark) إن المحادثات مهمة. " + _ARRIVAL) == []


def test_one_named_after_the_adjective_or_a_counterpart_noun_is_told_of() -> None:
    assert _sides("والتقى المسؤول الأميركي [مارك](PER:mark) أمس. " + _ARRIVAL) == []
    assert _sides("واستقبل [الجبير](PER:adel_al_jubeir) نظيره [مارك](PER:mark) أمس. " + _ARRIVAL) == []


def test_a_minister_of_another_state_told_of_leaves_the_side() -> None:
    told = "قال وزير الخارجية الروسي [سيرجي لافروف](PER:sergey_lavrov) إن المحادثات مهمة. "
    assert _sides(told + _ARRIVAL) == [("الوزير الأميركي", "united_states")]
