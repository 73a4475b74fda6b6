"""Series and round: الجولة الـ17 من المشاورات الأمنية الاستراتيجية -> (17, the series).

A round noun (`event_cues.tsv`, kind round_noun) followed by digits (الـ17, 17) or an
ordinal (`event_ordinals.tsv`: التاسعة عشرة = 19, الحادية والعشرين = 21) gives the round;
the noun phrase after من names the series. Patterns in other scripts (an embedded English
post: "19th round") come from `event_round_patterns.tsv`.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from marsad.events.lexicon import event_cues
from marsad.events.words import Word, stems
from marsad.lang import load_table
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS
from marsad.lang.normalize import normalize

_SERIES_WORDS = 4
_ROUND_NOUN = frozenset({"round_noun"})


@cache
def _ordinals() -> dict[str, tuple[int, str]]:
    return {normalize(r["form"]): (int(r["value"]), r["kind"]) for r in load_table("event_ordinals")}


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(r["pattern"]) for r in load_table("event_round_patterns"))


def _ordinal(word: str) -> tuple[int, str] | None:
    table = _ordinals()
    for st in stems(word):
        if st.stem in table:
            return table[st.stem]
        if "ال" + st.stem in table:
            return table["ال" + st.stem]
    return None


def ordinal_word(word: str) -> bool:
    """A bare ordinal (الثاني, الأولى): no name however the tagger read it (النائب الثاني
    after الملك عبدالله الثاني is the second deputy, not the king); the form without the article
    (ثاني of آل ثاني) may be a name."""
    return any(st.stem in _ordinals() for st in stems(word))


def ordinal_at(words: list[Word], i: int) -> tuple[int, int] | None:
    """(value, words used) of a number or ordinal phrase starting at word `i`."""
    if i >= len(words):
        return None
    digits = regex.sub(r"^\D*", "", words[i].norm)
    if digits.isdigit() and len(digits) <= 3:
        return int(digits), 1
    first = _ordinal(words[i].norm)
    if first is None or first[1] == "teen":
        return None
    value, used = first[0], 1
    nxt = _ordinal(words[i + 1].norm) if i + 1 < len(words) else None
    if first[1] == "unit" and nxt is not None:
        if nxt[1] == "teen":
            return value + 10, 2
        if nxt[1] == "ten" and words[i + 1].norm.startswith("و"):
            return value + nxt[0], 2
    return value, used


class SeriesName(NamedTuple):
    """A series: its normalised key (for matching) and where its phrase stands in the text."""

    key: str
    start: int
    end: int


def round_in(words: list[Word]) -> tuple[int, SeriesName | None] | None:
    """(round, series) stated in `words`, or None."""
    for i, _ in event_cues().each(words, _ROUND_NOUN):
        got = ordinal_at(words, i + 1)
        if got is None:
            continue
        value, used = got
        j = i + 1 + used
        series = None
        if j < len(words) and words[j].norm == "من":
            series = series_name(words, j + 1)
        return value, series
    return None


def series_name(words: list[Word], i: int, head: str | None = None) -> SeriesName | None:
    """The noun phrase at `i` naming a series: its head (`head`, when the caller has
    stripped its clitics) and up to two adjectives after it, articles stripped in the key."""
    parts: list[str] = []
    last = i
    for k, w in enumerate(words[i:i + _SERIES_WORDS]):
        bare = w.norm[2:] if w.norm.startswith("ال") and len(w.norm) > 4 else w.norm
        if k == 0 and head:
            bare = head[2:] if head.startswith("ال") and len(head) > 4 else head
        elif parts and (len(bare) < 4 or not bare.endswith(NISBA_ENDINGS)):
            break
        parts.append(bare)
        last = i + k
        if len(parts) == 3:
            break
    if not parts:
        return None
    return SeriesName(" ".join(parts), words[i].start, words[last].end)


def round_in_text(text: str) -> int | None:
    """A round number stated by a pattern of another script in `text`, or None."""
    for pat in _patterns():
        m = pat.search(text)
        if m:
            return int(m.group("n"))
    return None
