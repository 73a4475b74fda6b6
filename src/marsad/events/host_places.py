"""A visit's host country: where a visit names no place, the state its host serves is the place
(«احتفى الأردن بشكل خاص بزيارة الأمير محمد بن سلمان ... الملك عبدالله الثاني الذي استقبل ولي ولي
العهد»: the King of Jordan receives him, the visit is to Jordan), and of the stops of a tour told on
one day a meeting names none, the stop its host's state is the one it is held at («جولته الخليجية
التي تشمل الكويت وقطر ... اجتماعا موسعا مع نظيره الكويتي»: in Kuwait). The guide's visit host country
(«a visit's host country») read from the shipped catalogue's `state` of each person
(`lang/person_states`); the host's state must be named in the article as a place, and a host of the
visitor's own state names none (a minister received at home)."""

from __future__ import annotations

from marsad.events.meetings_in_visits import visitors
from marsad.lang.person_states import person_states
from marsad.model import EventAttrs, Span


def host_places(events: list[tuple[int, Span[EventAttrs]]], named: set[str]) -> None:
    """Set the place of each visit that names none to its host's state, and of each meeting that
    names none, held by a visitor on a day his visits name several places, to the one of them its
    other party's state is. A host is the visit's own (its role `host`) or a party of a meeting
    of the visitor told in the visit's sentence that names no place of its own («ترحيب بلاده بزيارة
    X ولقائه بالملك عبدالله الثاني»; a meeting held elsewhere is no sign of the host, and one on the
    same date may be years apart: «زيارته ... لبغداد» and a later summit, both dated on the day of
    writing). `named`: the places the article names (entity ids of its locations)."""
    of_state = person_states()
    for si, v in events:
        if v.label != "VISIT" or v.attrs.place is not None:
            continue
        guests = visitors(v)
        hosts = {p for p, r in v.attrs.roles.items() if r == "host"}
        hosts |= {p for sj, ev in events if ev.label == "MEET" and ev.attrs.place is None
                  and sj == si and guests & set(ev.attrs.participants) for p in ev.attrs.participants}
        found = _states(hosts - guests, guests, of_state) & named
        if len(found) == 1:
            v.attrs.place = found.pop()
    visiting = set().union(*(visitors(v) for _, v in events if v.label == "VISIT"))
    for _, ev in events:
        if ev.label != "MEET" or ev.attrs.place is not None:
            continue
        parts = set(ev.attrs.participants)
        stops = {v.attrs.place for _, v in events if v.label == "VISIT" and v.attrs.place is not None
                 and visitors(v) & parts and v.attrs.date is not None and v.attrs.date == ev.attrs.date}
        if len(stops) < 2:
            continue  # one stop: the visit's place (meetings_in_visits)
        guests = parts & visiting
        found = _states(parts - guests, guests, of_state) & stops
        if len(found) == 1:
            ev.attrs.place = found.pop()


def _states(hosts: set[str], guests: set[str], of_state: dict[str, str]) -> set[str]:
    """The states the hosts serve, less any a guest serves (no host abroad: a meeting at home)."""
    own = {of_state.get(g) for g in guests}
    return {s for h in hosts if (s := of_state.get(h)) is not None and s not in own}
