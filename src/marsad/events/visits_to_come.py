"""A visit still to come with no day of its own, told beside the visit of the same visitors the
article reports, is that visit told again.

The guide's rule is one happening, one event, annotated at its first full report. A visit noun
or verb read as planned or expected with neither a place nor a day («أعرب عن أمله في أن تساعد
زيارة أوباما على تغيير الصورة», «وأشار إلى أنه سيبدأ بزيارته الأولى لتفقد الجرحى») after or
before the report of the visitor's visit to a place («خلال زيارة رسمية إلى كينيا») tells that
visit again, or a step of it, with nothing of its own: where it goes is the one place the article
gives. So does one to the very place of a visit of theirs reported as made or under way, on a
day or with no day («بدأ أبو سهمين زيارة مفاجئة إلى الجزائر مساء أمس», then «سيعقد خلال زيارته
للجزائر اجتماعا مع ليون»: the meeting is still to come, the visit is under way). A visit to come
with a day of its own («وسيزور جدة غدا») stays; so does one to the place of a visit made long
ago («زار كينيا عام 2006»: a year, no day), one told as made with no place
(`repeats.late_repeats` keeps «زار المستشفى» apart: its place may be a building the catalogue
does not know), and one with a visitor of its own. The state a visit's place lies in is no
visitor of its own («زيارته لموسكو» read with Russia).
"""

from __future__ import annotations

from marsad.events.place_scales import one_place, states_of_places
from marsad.model import EventAttrs, Span

_TO_COME = frozenset({"planned", "expected"})
_MADE = frozenset({"happened", "ongoing"})
_DAY = len("2015-07-30")  # a date that names a day
Told = list[tuple[int, Span[EventAttrs]]]  # an article's events, each with its sentence's index


def without_visits_told_again(events: Told, during: frozenset[int] = frozenset()) -> Told:
    """The events (with their sentence index) less the visits to come with no day of their own
    whose visitors take part in another visit of the article: one with a place, where they name
    none, else one made or under way at their place, on a day or with none. A visit told after
    «خلال» (`during`: their ids) with no place is the frame of its sentence's meeting, the visit
    told elsewhere, once any of its parties takes part in a visit with a place: the partner of
    the meeting read with it is no visitor of its own («وصل إلى القاهرة أمس ميدفيديف ... . وأشارت
    إلى أن رئيس الوزراء الروسي سيلتقي خلال زيارته مع الرئيس السيسي»)."""
    placed = [ev for _, ev in events if ev.label == "VISIT" and ev.attrs.place is not None]
    return [(si, ev) for si, ev in events if not _told_again(ev, placed, id(ev) in during)]


def _told_again(ev: Span[EventAttrs], placed: list[Span[EventAttrs]], framing: bool) -> bool:
    a = ev.attrs
    if ev.label != "VISIT" or a.date is not None or a.status not in _TO_COME:
        return False
    parts = _visitors(ev)
    if not parts:
        return False
    if a.place is None:
        return any(parts <= set(other.attrs.participants)
                   or (framing and parts & set(other.attrs.participants)) for other in placed)
    return any(other is not ev and other.attrs.status in _MADE and _on_a_day(other.attrs.date)
               and one_place(a.place, other.attrs.place) and parts <= set(other.attrs.participants)
               for other in placed)


def _visitors(ev: Span[EventAttrs]) -> set[str]:
    """A visit's parties less its place and the state that place lies in."""
    place = ev.attrs.place
    return set(ev.attrs.participants) - {place, states_of_places().get(place or "")}


def _on_a_day(date: str | None) -> bool:
    return date is None or len(date) == _DAY
