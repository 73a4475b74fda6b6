"""A visit to come with no day of its own, beside the visit of the same visitors the article
reports, is that visit told again (`events.visits_to_come`): with no place, beside any visit of
theirs with one; with a place, beside a visit of theirs made or under way there. One with a day,
a visitor of its own, another place, or beside a visit made long ago (a year, no day) stays."""

from __future__ import annotations

import pytest

from marsad.events.place_scales import states_of_places
from marsad.events.visits_to_come import without_visits_told_again
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


def test_a_meeting_to_come_within_a_visit_under_way_leaves_one_visit() -> None:
    evs = run("بدأ رئيس البرلمان [نوري أبو سهمين](PER:abu) زيارة مفاجئة إلى [الجزائر](LOC:algeria) "
              "مساء [أمس](DATE:2015-07-29). وقال البرلمان إن [أبو سهمين](PER:abu) سيعقد خلال زيارته "
              "[للجزائر](LOC:algeria) اجتماعا مع وزير الخارجية الجزائري.", "2015-07-30T08:00:00")
    assert [(e.label, e.attrs.status) for e in evs if e.label == "VISIT"] == [("VISIT", "happened")]


def _visit(parts: list[str], place: str | None, date: str | None, status: str) -> Span[EventAttrs]:
    return Span(0, 10, "VISIT", EventAttrs(participants=list(parts), place=place, date=date, status=status))


@pytest.mark.parametrize(("other", "kept"), [
    (_visit(["bahah"], None, None, "planned"), False),  # سيبدأ بزيارته الأولى: no place, no day
    (_visit(["bahah"], None, None, "expected"), False),
    (_visit(["bahah"], "aden", None, "planned"), False),  # سيعقد خلال زيارته لعدن: the visit under way
    (_visit(["bahah"], None, "2015-08-03", "planned"), True),  # a day of its own
    (_visit(["bahah"], "aden", "2015-08-03", "planned"), True),
    (_visit(["bahah"], "sanaa", None, "planned"), True),  # another place
    (_visit(["bahah"], None, None, "happened"), True),  # told as made: a building unknown to the catalogue
    (_visit(["bahah", "hadi"], None, None, "planned"), True),  # a visitor of its own
])
def test_only_an_undated_visit_to_come_of_the_same_visitors_goes(other: Span[EventAttrs], kept: bool) -> None:
    first = _visit(["bahah"], "aden", "2015-08-01", "happened")
    assert len(without_visits_told_again([(0, first), (2, other)])) == (2 if kept else 1)


def test_a_visit_made_long_ago_is_not_the_one_to_come() -> None:
    first = _visit(["obama"], "kenya", "2006", "happened")  # «الذي زار كينيا ... في 2006»
    again = _visit(["obama"], "kenya", None, "planned")
    assert len(without_visits_told_again([(0, first), (2, again)])) == 2


def test_the_state_of_the_place_is_no_visitor_of_its_own() -> None:
    city, state = next((c, s) for c, s in sorted(states_of_places().items()) if c != s)
    first = _visit(["jubeir"], city, "2015-08-11", "happened")
    again = _visit([state, "jubeir"], city, None, "planned")
    assert len(without_visits_told_again([(0, first), (2, again)])) == 1


def test_the_visit_framing_a_meeting_to_come_is_the_visit_reported() -> None:
    # «وصل إلى القاهرة أمس ميدفيديف ... وأشارت إلى أن رئيس الوزراء الروسي سيلتقي خلال زيارته مع الرئيس
    # السيسي»: the partner after «مع» belongs to the meeting; «خلال زيارته» is the visit reported, no
    # visit to come of its own (events-dev-fresh26)
    evs = run("وصل إلى [القاهرة](LOC:cairo) أمس رئيس وزراء روسيا [ديمتري ميدفيديف](PER:dmitry_medvedev) في "
              "زيارة لمصر. وأشارت المصادر إلى أن رئيس الوزراء الروسي سيلتقي خلال زيارته مع الرئيس "
              "[عبدالفتاح السيسي](PER:sisi) لبحث العلاقات.", "2015-08-07T08:00:00")
    assert [(e.label, e.attrs.status) for e in evs if e.label == "VISIT"] == [("VISIT", "happened")]
    assert [sorted(e.attrs.participants) for e in evs if e.label == "MEET"] == [["dmitry_medvedev", "sisi"]]


def test_a_visit_with_a_visitor_of_its_own_not_told_after_during_stays() -> None:
    first = _visit(["bahah"], "aden", "2015-08-01", "happened")
    other = _visit(["bahah", "hadi"], None, None, "planned")
    assert len(without_visits_told_again([(0, first), (2, other)])) == 2
    assert len(without_visits_told_again([(0, first), (2, other)], frozenset({id(other)}))) == 1
