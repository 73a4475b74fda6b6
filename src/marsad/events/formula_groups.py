"""A group of states named by its number formula where the tagger left it unnamed: «بين إيران
ودول 5+1», «المناقشات بين «5+1» والاتحاد الأوروبي», «ومجموعة "5+1"», «مع دول (5+1)».

The tagger reads «مجموعة 5+1» as the catalogue writes it, but not the formula behind «دول», in
quotation marks, or alone, and the events gold keys each of these to the group
(docs/realtext-annotation.md § Events: a body is keyed to what it names). The formula is read
from the catalogue's own names of the group (`lang/kb/world.yaml`: «مجموعة 5+1» -> 5+1; one
that a letter opens, «P5+1», «E3+3», is no formula of its own), spaces allowed around the plus
(«5 + 1»); the formula stands alone in the text (no digit, letter or plus glued to it: not
«15+12»). Each one no mention overlaps is a mention of the group, as the state sides of
`state_sides.py` are (an ORG span over the formula, the group's id as its entity and in
attrs.side), stored only where an event takes it as a party (`party_sides`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

import regex

from marsad.lang import kb_entries
from marsad.lang.words import LETTER_OR_DIGIT
from marsad.model import MentionAttrs, Span

RESOLVED_BY = "formula group"  # attrs.resolved_by of such a mention: «formula group: p5_plus_1»
_IN_NAME = regex.compile(rf"(?<!{LETTER_OR_DIGIT})(?<!\+)(\d+)\+(\d+)(?!{LETTER_OR_DIGIT})(?!\+)")
_IN_TEXT = regex.compile(rf"(?<!{LETTER_OR_DIGIT})(?<![+.])(\d+)\s?\+\s?(\d+)(?!{LETTER_OR_DIGIT})(?!\+)")


@cache
def formula_groups() -> dict[str, str]:
    """Each formula of the catalogue's groups («5+1») -> the group's id (p5_plus_1)."""
    out: dict[str, str] = {}
    for raw in kb_entries():
        if raw.get("type") != "ORG":
            continue
        for name in [raw.get("name"), *(raw.get("names") or [])]:
            for m in _IN_NAME.finditer(str(name or "")):
                out.setdefault(f"{m.group(1)}+{m.group(2)}", str(raw["id"]))
    return out


def formula_mentions(text: str, names: Sequence[Span[MentionAttrs]]) -> list[Span[MentionAttrs]]:
    """The groups' formulas in `text` that no mention of `names` overlaps, as ORG mentions of
    the group."""
    groups = formula_groups()
    if not groups or "+" not in text:
        return []
    spans = sorted((s.start, s.end) for s in names)
    out: list[Span[MentionAttrs]] = []
    for m in _IN_TEXT.finditer(text):
        group = groups.get(f"{m.group(1)}+{m.group(2)}")
        if group is None:
            continue
        start, stop = m.span()
        k = bisect_left(spans, (stop, stop))
        if any(s < stop and start < e for s, e in spans[max(0, k - 8):k]):
            continue
        out.append(Span(start, stop, "ORG", MentionAttrs(
            entity=group, norm=f"{m.group(1)}+{m.group(2)}", resolved_by=f"{RESOLVED_BY}: {group}",
            side=group)))
    return out
