"""Where a meeting told with a visit is held: a meeting that names no place, held with a visitor
on the day of his visit (or within a visit under way), is held where the visit is («وصل سمو
الأمير X إلى عمّان ... وعقد الملك عبدالله الثاني اجتماعاً مع سمو الأمير»: in Jordan)."""

from __future__ import annotations

from marsad.events.repeats import days_apart
from marsad.model import EventAttrs, Span

_TO_COME = frozenset({"planned", "expected"})  # a meeting still to come
ONGOING_BEFORE = 1  # days before a visit under way is reported on which a meeting in it may fall (أمس)


def place_of_the_visit(events: list[tuple[int, Span[EventAttrs]]], published: str | None = None) -> None:
    """A meeting that names no place, held with a visitor on the day of his visit, is held where
    the visit is: «وصل سمو الأمير X إلى عمّان ... وعقد الملك عبدالله الثاني اجتماعاً مع سمو
    الأمير» (in Jordan). The visitor must be a party to the meeting, the two told alike (made or
    to come) and dated the same (or the meeting undated), and his visits that day must name one
    place. A visit under way (الذي يزور المنطقة حاليا) is dated on the report's day but spans the
    days before it: a reception of its visitor the day before («استقبل الأمير X أمس ... Y الذي
    يزور المنطقة حاليا») is held there too. So is a meeting still to come, undated, of a visitor
    who arrived on the report's day or the day before («وصل أوباما مساء أمس إلى كينيا ... كما سيجري
    محادثات مع نظيره الكيني»): it falls within the visit under way (`published`: the day of
    writing). A visit told in the meeting's own sentence («خلال مباحثاته مع Y التي تزور القاهرة») is
    the one the meeting is held in, unless the meeting is dated before it.
    `events`: (sentence index, event), as `extract_events` holds them."""
    for si, ev in events:
        if ev.label != "MEET" or ev.attrs.place is not None:
            continue
        parts = set(ev.attrs.participants)
        found = {v.attrs.place for sj, v in events
                 if v.label == "VISIT" and v.attrs.place is not None and v.attrs.place not in parts
                 and visitors(v) & parts
                 and ((_told_alike(v.attrs.status, ev.attrs.status) and _during(ev, v))
                      or _within_visit_under_way(ev, v, published) or (sj == si and not _before(ev, v)))}
        if len(found) == 1:
            ev.attrs.place = found.pop()


def _before(meeting: Span[EventAttrs], visit: Span[EventAttrs]) -> bool:
    """Whether a meeting is dated days before the visit (a reception «الأحد الماضي» of a guest «الذي
    يزور المنطقة حاليا»: not yet within the visit told)."""
    a, b = meeting.attrs.date, visit.attrs.date
    gap = days_apart(a, b) if a and b else None
    return gap is not None and gap > 0


def _within_visit_under_way(meeting: Span[EventAttrs], visit: Span[EventAttrs],
                            published: str | None) -> bool:
    """Whether an undated meeting to come falls within a visit made on the report's day or the day
    before (the visitor is there: «بدأ ... اليوم ... زيارة رسمية لبروناي ... كما سيجرى مباحثات»)."""
    if meeting.attrs.date is not None or meeting.attrs.status not in _TO_COME or not published:
        return False
    if visit.attrs.status not in ("happened", "ongoing") or visit.attrs.date is None:
        return False
    gap = days_apart(visit.attrs.date, published[:10])
    return gap is not None and 0 <= gap <= ONGOING_BEFORE


def _during(meeting: Span[EventAttrs], visit: Span[EventAttrs]) -> bool:
    """Whether a meeting falls on the day of a visit: undated, the same day, or, for a visit
    under way when it is reported, the day before the report's."""
    a, b = meeting.attrs.date, visit.attrs.date
    if a is None or a == b:
        return True
    gap = days_apart(a, b) if b is not None else None
    return visit.attrs.status == "ongoing" and gap is not None and 0 <= gap <= ONGOING_BEFORE


def visitors(v: Span[EventAttrs]) -> set[str]:
    """The guests of a visit: those its roles name, else its first party (the visitor comes
    first: «زيارة X إلى Y»)."""
    guests = {p for p, r in v.attrs.roles.items() if r == "guest"}
    parts = [p for p in v.attrs.participants if p != v.attrs.place]
    return guests or set(parts[:1])


def _told_alike(a: str | None, b: str | None) -> bool:
    """Two statuses of one happening: both made or under way, or both to come."""
    made = ("happened", "ongoing")
    return (a in made) == (b in made)
