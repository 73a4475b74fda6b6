"""News outlets are no parties to the events they report.

A newspaper, channel or agency of the shipped catalogue (`lang/kb/media.yaml`) named beside an
event is who asked or reported, not who met: «أكد خان، في حوار مع «الشرق الأوسط»، أن …»,
«وقال الحذيفي في اتصال هاتفي بـ«عكاظ»», «التقت «الشرق الأوسط» الشابين». It steps out of the
event's participants; a meeting left with one party is then no meeting (extract's
`_too_few_parties`). On the 3,000-article story run all 8 events with an outlet as a party
were interviews, citations or programmes.
"""

from __future__ import annotations

from functools import cache

from marsad.lang import kb_entries
from marsad.model import EventAttrs, Span

_OUTLETS_FILE = "media.yaml"
_REPORTED = frozenset({"MEET", "CALL", "VISIT"})  # an outlet may sign a deal (AGREE) as a company


@cache
def outlets() -> frozenset[str]:
    """The entity ids of the catalogue's news outlets."""
    return frozenset(str(raw["id"]) for raw in kb_entries(_OUTLETS_FILE) if raw.get("id"))


def without_outlets(ev: Span[EventAttrs]) -> None:
    """Drop the news outlets from a meeting's, call's or visit's participants and roles."""
    media = outlets()
    parts = ev.attrs.participants
    if ev.label in _REPORTED and any(p in media for p in parts):
        parts[:] = [p for p in parts if p not in media]
        ev.attrs.roles = {p: r for p, r in ev.attrs.roles.items() if p not in media}
