"""An office right after a verb of saying that follows a visit trigger («لدى زيارة الرئيسة الكورية
للسعودية قال [القنصل] العام: …») is the subject of a new clause telling of the visit, not its
visitor (issue 15, round 47: `completed_parties._speaker_after`)."""

from __future__ import annotations

from tests.test_events_units import run


def _events(src: str) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in run(src)]


def test_the_office_speaking_after_a_visit_noun_is_no_visitor() -> None:
    src = ("وأكد السفير الكوري [كيم جون](PER:kim) متانة العلاقات. وعن الاتفاقيات التي جرى توقيعها لدى "
           "زيارة الرئيسة الكورية [للسعودية](LOC:saudi) قال السفير الكوري: إن العمل جار فيها.")
    assert ("VISIT", ["kim"]) not in _events(src)


def test_the_office_visiting_before_the_verb_of_saying_is_still_the_visitor() -> None:
    src = ("وأكد السفير الكوري [كيم جون](PER:kim) متانة العلاقات. وزار السفير الكوري [جدة](LOC:jeddah) "
           "أمس، وقال إن العمل جار.")
    assert ("VISIT", ["kim"]) in _events(src)
