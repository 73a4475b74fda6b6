"""News outlets are no parties to the events they report.

A newspaper, channel or agency of the shipped catalogue (`lang/kb/media.yaml`) named beside an
event is who asked or reported, not who met: «أكد خان، في حوار مع «الشرق الأوسط»، أن …»,
«وقال الحذيفي في اتصال هاتفي بـ«عكاظ»», «التقت «الشرق الأوسط» الشابين». It steps out of the
event's participants; a meeting left with one party is then no meeting (extract's
`_too_few_parties`). On the 3,000-article story run all 8 events with an outlet as a party
were interviews, citations or programmes. An outlet right beside a meeting's verb or noun is
the one interviewing (`outlet_beside`: `senses.an_interview`).
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.triggers import Trigger
from marsad.events.words import Word
from marsad.lang import kb_entries
from marsad.lang.clitics import ARTICLE, LAM_ARTICLE
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span

_OUTLETS_FILE = "media.yaml"
_REPORTED = frozenset({"MEET", "CALL", "VISIT"})  # an outlet may sign a deal (AGREE) as a company


@cache
def outlets() -> frozenset[str]:
    """The entity ids of the catalogue's news outlets."""
    return frozenset(str(raw["id"]) for raw in kb_entries(_OUTLETS_FILE) if raw.get("id"))


@cache
def outlet_names() -> tuple[tuple[str, ...], ...]:
    """The Arabic names of the catalogue's news outlets, each as its normalised words, longest
    first («بي بي سي»)."""
    names = {tuple(normalize(str(n)).split()) for raw in kb_entries(_OUTLETS_FILE)
             for n in (raw.get("name"), *(raw.get("names") or ())) if n}
    return tuple(sorted((n for n in names if n and all(not w.isascii() for w in n)), key=len, reverse=True))


def glued_outlet(ws: list[Word], k: int) -> int | None:
    """The index of the word after a catalogue outlet's name glued to the «لـ» that opens word `k`
    («قال [لبي بي سي] إن», the tagger naming none or a piece of it): to whom the words were said;
    None when no outlet's name is spelled there."""
    lead = next((c for c in (LAM_ARTICLE, "ل") if ws[k].norm.startswith(c) and len(ws[k].norm) > len(c)),
                None)
    if lead is None:
        return None
    first = ws[k].norm[len(lead):]
    for name in outlet_names():
        if (name[0] == first or (lead == LAM_ARTICLE and name[0] == ARTICLE + first)) \
                and tuple(w.norm for w in ws[k + 1:k + len(name)]) == name[1:]:
            return k + len(name)
    return None


def without_outlets(ev: Span[EventAttrs]) -> None:
    """Drop the news outlets from a meeting's, call's or visit's participants and roles."""
    media = outlets()
    parts = ev.attrs.participants
    if ev.label in _REPORTED and any(p in media for p in parts):
        parts[:] = [p for p in parts if p not in media]
        ev.attrs.roles = ev.attrs.roles_without(media)


def outlet_beside(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """A news outlet of the catalogue as the subject right after a verb of meeting, past time
    words («التقت «الشرق الأوسط» الشابين»), or right before a conversation noun, not with the lam
    of one told («خص جون كيري «الشرق الأوسط» بحوار», «أجرت «عكاظ» حوارا مع»): the outlet
    interviews, no actors meet."""
    ws = sent.words
    if t.row.pos == "verb":
        j = t.index + t.size
        while j < len(ws) and ctx.in_timex(ws[j]):
            j += 1
        return j < len(ws) and is_catalogue_outlet(ctx, ws[j])
    before = ws[t.index - 1] if t.index > 0 else None
    return before is not None and is_catalogue_outlet(ctx, before) and not before.norm.startswith("ل")


def is_catalogue_outlet(ctx: ArticleContext, w: Word) -> bool:
    m = ctx.mention_at(w)
    return m is not None and ctx.entity_of(m) in outlets()
