"""Seasons and feasts listed after a yearly habit are each a SET: «أصبحت تقام عدة مرات في العام في
محافظة الطائف، وتستمر لأشهر، في الصيف، في رمضان، في الربيع، في إجازة الحج» (docs/realtext-annotation.md,
the timex-dev-10 rule: a season, Hijri month or feast named in a habit is a `SET`, a season
`XXXX-SU`, a Hijri one of no value; round 47: a season in a habit a SET).

A list is two items or more, the first after «في», each later one after a pause or «و» (its «في»
may be left out): an item is a bare Hijri month or feast found already (`habits.bare_yearly`), a
definite season (date_seasons.tsv: «الصيف», «الربيع»; alone it is no date, in such a list it is every
year's), or a holiday word (`feast_holiday` cues: «إجازة», «عطلة») and the definite noun it is named by
(«إجازة الحج»). The list must start at most HABIT_REACH words after a yearly adverb («كل عام»,
«سنويا», «عدة مرات في العام») in its sentence; the pauses of a list (and of a clause between them)
break no habit, as they do for one month alone (`habits`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.habits import HABIT_LOOK, HABIT_REACH, bare_yearly, yearly_adverb
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import SENTENCE_BREAK
from marsad.dates.word_forms import is_cue
from marsad.lang.clitics import ARTICLE
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

_FIRST = re.compile(r"(?<!\w)و?في\s+")  # «في الصيف», «وفي رمضان»
_NEXT = re.compile(r"\s*(?:[،,]\s*(?:و\s*)?|\s+و\s*)(?:في\s+)?")  # «، في الربيع», « والربيع»


def _item(text: str, at: int, found: dict[int, Timex]) -> tuple[int, str | None, Timex | None] | None:
    """The list item starting at `at`: (its end, a season's value or None, the timex found there)."""
    t = found.get(at)
    if t is not None:
        return (t.end, None, t) if bare_yearly(t) else None
    words = list(WORD.finditer(text, at, min(len(text), at + 40)))
    if not words or words[0].start() != at:
        return None
    first = norm(words[0].group())
    code = lexicon().seasons.get(first)
    if code and first.startswith(ARTICLE):
        return words[0].end(), f"XXXX-{code}", None
    if is_cue(first, "feast_holiday") and len(words) > 1 and norm(words[1].group()).startswith(ARTICLE) \
            and not text[words[0].end():words[1].start()].strip():
        return words[1].end(), None, None
    return None


def _list_at(text: str, at: int, found: dict[int, Timex]) -> list[tuple[int, int, str | None, Timex | None]]:
    """The items of the list whose first item starts at `at` (after its «في»)."""
    items: list[tuple[int, int, str | None, Timex | None]] = []
    while (got := _item(text, at, found)) is not None:
        end, value, t = got
        items.append((at, end, value, t))
        m = _NEXT.match(text, end)
        if m is None:
            break
        at = m.end()
    return items


def listed_habits(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each season or feast of a list after a yearly adverb made a SET."""
    adverbs = [t for t in timexes if yearly_adverb(t)]
    if not adverbs:
        return timexes
    found = {t.start: t for t in timexes}
    made: dict[int, Timex] = {}
    for a in adverbs:
        brk = SENTENCE_BREAK.search(text, a.end, a.end + HABIT_LOOK)
        stop = brk.start() if brk else min(len(text), a.end + HABIT_LOOK)
        for m in _FIRST.finditer(text, a.end, stop):
            if len(WORD.findall(text, a.end, m.start())) > HABIT_REACH:
                break
            items = _list_at(text, m.end(), found)
            if len(items) < 2:
                continue
            for start, end, value, t in items:
                base = t or a
                raw = base.raw if t else replace(base.raw, start=start, end=end, norm=norm(text[start:end]))
                made[start] = replace(base, start=start, end=end, type="SET", value=value, mod=None, raw=raw)
            break
    if not made:
        return timexes
    kept = [t for t in timexes if t.start not in made]
    return sorted(kept + list(made.values()), key=lambda t: (t.start, t.end))
