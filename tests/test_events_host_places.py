"""A visit's host country is its place where it names none (events/host_places.py)."""

from __future__ import annotations

from marsad.events.host_places import host_places
from marsad.model import EventAttrs, Span

_DAY = "2015-08-06"
_NAMED = {"jordan", "kuwait", "qatar", "iraq", "saudi_arabia"}


def _ev(label: str, parts: list[str], roles: dict[str, str] | None = None, place: str | None = None,
        date: str | None = _DAY) -> Span[EventAttrs]:
    return Span(0, 1, label, EventAttrs(participants=parts, place=place, date=date, roles=roles or {}))


def test_a_visit_takes_its_hosts_state() -> None:
    # احتفى الأردن بزيارة الأمير محمد بن سلمان ... الملك عبدالله الثاني الذي استقبل ولي ولي العهد
    v = _ev("VISIT", ["mohammed_bin_salman", "abdullah_ii"],
            {"mohammed_bin_salman": "guest", "abdullah_ii": "host"})
    host_places([(0, v)], _NAMED)
    assert v.attrs.place == "jordan"


def test_a_visit_takes_the_state_of_whom_its_visitor_meets_in_its_sentence() -> None:
    v = _ev("VISIT", ["mohammed_bin_salman"], {"mohammed_bin_salman": "guest"})
    m = _ev("MEET", ["mohammed_bin_salman", "abdullah_ii"])
    host_places([(0, v), (0, m)], _NAMED)  # ترحيب بلاده بزيارة X ولقائه بالملك عبدالله الثاني
    assert v.attrs.place == "jordan"


def test_a_meeting_of_another_sentence_names_no_host() -> None:
    # زيارته ... لبغداد ... قمة طارئة مع مبارك: both dated on the day of writing, years apart
    v = _ev("VISIT", ["mohammed_bin_salman"], {"mohammed_bin_salman": "guest"})
    m = _ev("MEET", ["mohammed_bin_salman", "abdullah_ii"])
    host_places([(0, v), (2, m)], _NAMED)
    assert v.attrs.place is None


def test_a_meeting_held_elsewhere_names_no_host() -> None:
    # عقد الجبير اجتماعا مع نظيره المصري في مدينة جدة ... زيارة وفد من حماس المملكة
    v = _ev("VISIT", ["adel_al_jubeir", "hamas"], {"adel_al_jubeir": "guest"})
    m = _ev("MEET", ["adel_al_jubeir", "sameh_shoukry"], place="jeddah")
    host_places([(0, m), (3, v)], _NAMED | {"egypt"})
    assert v.attrs.place is None


def test_no_place_the_article_does_not_name_nor_a_host_of_the_visitors_own_state() -> None:
    v = _ev("VISIT", ["mohammed_bin_salman", "abdullah_ii"], {"abdullah_ii": "host"})
    host_places([(0, v)], {"saudi_arabia"})
    assert v.attrs.place is None  # Jordan not named in the article
    home = _ev("VISIT", ["abdullah_ii", "mohammed_bin_salman"],
              {"abdullah_ii": "guest", "mohammed_bin_salman": "host"})
    host_places([(0, home)], _NAMED)
    assert home.attrs.place == "saudi_arabia"
    own = _ev("VISIT", ["adel_al_jubeir", "mohammed_bin_salman"],
             {"adel_al_jubeir": "guest", "mohammed_bin_salman": "host"})
    host_places([(0, own)], _NAMED)
    assert own.attrs.place is None  # a minister received at home: no host abroad


def test_a_meeting_on_a_tour_day_is_held_at_the_stop_of_its_hosts_state() -> None:
    # جولته الخليجية التي تشمل الكويت وقطر والعراق ... اجتماعا موسعا مع نظيره الكويتي
    stops = [_ev("VISIT", ["mohammad_javad_zarif"], {"mohammad_javad_zarif": "guest"}, place=p)
             for p in ("kuwait", "qatar", "iraq")]
    m = _ev("MEET", ["mohammad_javad_zarif", "sabah_al_khalid"])
    two = _ev("MEET", ["mohammad_javad_zarif", "sabah_al_ahmad", "tamim_bin_hamad"])
    host_places([(0, s) for s in stops] + [(3, m), (4, two)], _NAMED)
    assert m.attrs.place == "kuwait"
    assert two.attrs.place is None  # hosts of two stops: no one of them
