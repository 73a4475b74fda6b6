"""A place carried on to the next report of the same doer on the same day.

«التقى X ... في الرياض ... كما التقى X الأمين العام Y، وذلك بمقر المركز»; «وصل الوزير إلى بغداد ...
وسيلتقي أيضا رئيس الوزراء»: an event that names no place of its own, told after an event of one of
its parties that names one, on the same day (or undated) and told alike (made or to come), takes
place where that one did, unless that place is one of its own parties (a state that acts).
"""

from __future__ import annotations

from marsad.model import EventAttrs, Span

_MADE = ("happened", "ongoing")


def carry_places(events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Fill the place of each placeless event from the nearest event before it (in the article's
    order) that shares a party, names a place, is told alike and falls on the same day.
    `events`: (sentence index, event), as `extract_events` holds them."""
    ordered = sorted(events, key=lambda x: (x[0], x[1].attrs.trigger_start or x[1].start))
    for k, (si, ev) in enumerate(ordered):
        if ev.attrs.place is not None or ev.label == "CALL":
            continue  # a call joins two places: none of them is its own
        parts = set(ev.attrs.participants)
        for sj, prev in reversed(ordered[:k]):
            if sj == si and prev.attrs.place is None:
                continue
            if prev.label != ev.label or not parts & set(prev.attrs.participants):
                continue
            if prev.attrs.place is None or prev.attrs.place in parts:
                break
            made = (prev.attrs.status in _MADE) == (ev.attrs.status in _MADE)
            if made and (ev.attrs.date is None or ev.attrs.date == prev.attrs.date):
                ev.attrs.place = prev.attrs.place
            break
