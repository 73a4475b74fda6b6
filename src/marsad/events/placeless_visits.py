"""A visit still to come that names no place and no day, beside a visit of the same visitor the
article reports with its place, is no report of its own.

The guide's rule is one happening, one event, annotated at its first full report. A visit noun
or verb read as planned or expected with neither a place nor a day («أعرب عن أمله في أن تساعد
زيارة أوباما على تغيير الصورة», «وأشار إلى أنه سيبدأ بزيارته الأولى لتفقد الجرحى») after or
before the report of the visitor's visit to a place («خلال زيارة رسمية إلى كينيا») tells that
visit again, or a step of it, with nothing of its own: where it goes is the one place the article
gives. A visit to come with a place or a day of its own («وسيزور جدة غدا») stays, and so does one
told as made with no place (`happenings.late_repeats` keeps «زار المستشفى» apart: its place may be
a building the catalogue does not know).
"""

from __future__ import annotations

from marsad.model import EventAttrs, Span

_TO_COME = frozenset({"planned", "expected"})
Told = list[tuple[int, Span[EventAttrs]]]  # an article's events, each with its sentence's index


def without_placeless_repeats(events: Told) -> Told:
    """The events (with their sentence index) less the visits to come with no place and no day
    whose parties all take part in another visit of the article that has a place."""
    placed = [ev for _, ev in events if ev.label == "VISIT" and ev.attrs.place is not None]
    return [(si, ev) for si, ev in events if not _placeless_repeat(ev, placed)]


def _placeless_repeat(ev: Span[EventAttrs], placed: list[Span[EventAttrs]]) -> bool:
    a = ev.attrs
    if ev.label != "VISIT" or a.place is not None or a.date is not None or a.status not in _TO_COME:
        return False
    parts = set(a.participants)
    return bool(parts) and any(parts <= set(other.attrs.participants) for other in placed)
