"""A visit to come with no place and no day, beside the reported visit of the same visitor to a
place, is that visit told again (`events.placeless_visits`); one with a place or a day of its own
stays."""

from __future__ import annotations

import pytest

from marsad.events.placeless_visits import without_placeless_repeats
from marsad.model import EventAttrs, Span
from tests.test_events_units import labelled_parties, run


def test_the_hope_a_visit_will_help_tells_the_visit_reported_before() -> None:
    evs = run("وصل الرئيس الأمريكي [باراك أوباما](PER:obama) إلى [نيروبي](LOC:nairobi) "
              "[أمس](DATE:2015-07-24) في زيارة رسمية. وأعرب وزير الخارجية الكيني عن أمله في أن تساعد "
              "زيارة [أوباما](PER:obama) على تغيير الصورة السائدة عن القارة.", "2015-07-25T08:00:00")
    assert labelled_parties(evs) == [("VISIT", ["obama"])]
    assert evs[0].attrs.place == "nairobi"


def test_a_visit_to_come_with_a_place_of_its_own_stays() -> None:
    evs = run("وصل الرئيس الأمريكي [باراك أوباما](PER:obama) إلى [نيروبي](LOC:nairobi) "
              "[أمس](DATE:2015-07-24) في زيارة رسمية. وسيزور [أوباما](PER:obama) "
              "[إثيوبيا](LOC:ethiopia) بعد ذلك.", "2015-07-25T08:00:00")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "nairobi"), ("VISIT", "ethiopia")]


def _visit(parts: list[str], place: str | None, date: str | None, status: str) -> Span[EventAttrs]:
    return Span(0, 10, "VISIT", EventAttrs(participants=list(parts), place=place, date=date, status=status))


@pytest.mark.parametrize(("other", "kept"), [
    (_visit(["bahah"], None, None, "planned"), False),  # سيبدأ بزيارته الأولى: no place, no day
    (_visit(["bahah"], None, None, "expected"), False),
    (_visit(["bahah"], None, "2015-08-03", "planned"), True),  # a day of its own
    (_visit(["bahah"], None, None, "happened"), True),  # told as made: a building unknown to the catalogue
    (_visit(["bahah", "hadi"], None, None, "planned"), True),  # a visitor of its own
])
def test_only_a_placeless_undated_visit_to_come_of_the_same_visitors_goes(other: Span[EventAttrs],
                                                                         kept: bool) -> None:
    first = _visit(["bahah"], "aden", "2015-08-01", "happened")
    assert len(without_placeless_repeats([(0, first), (2, other)])) == (2 if kept else 1)
