"""A month word in its context (`month_in_context`): a month word that is also a verb, a name or a
transliterated word (context `frame` in `lang/ar/date_months.tsv`) is a month only with a frame word
right before it (في مارس; `month_frame` cues of `date_cues.tsv`) or with date context: a day before
it, a year, شهر, a part word (أواخر), a last/next word (الماضي), the same month of another series
next to it (آب/أغسطس). A month word written as one of `date_month_homographs.tsv` (إب, أب, اب: آب
with another hamza) needs date context; a frame word is not enough (في إب).

A bare month (no day, year, part or last/next word) right after a noun naming an event by its month
(`month_event` cues: «ثورة يوليو», «بثورة يوليو», «ذكرى يوليو») is the event's name, no date, as a
bare year after `year_event` is one: timex-dev-26 7792 marks «ثورة 23 يوليو» (a day) and leaves its three
«ثورة/ذكرى يوليو» unmarked.
"""

from __future__ import annotations

from marsad.dates.lexicon import lexicon
from marsad.dates.word_forms import CONJUNCTIONS, clitic_forms, spelling

# what makes a month word a month whatever its context: a year (or «من العام الماضي»), a second
# month name (آب (أغسطس)), شهر, a part word (أواخر), a last/next word (الماضي)
_DATE_PARTS = ("year", "ymod", "mon2", "shahr", "part", "mod")
_DAY_FIRST = frozenset(("dmy", "range_dm", "range_md"))  # kinds where a day number sits by the month


def month_in_context(kind: str, parts: dict[str, str], clitic: str, prev_word: str, written: str) -> bool:
    """Whether the month word of a candidate (`parts["mon"]`, `written` as in the original
    text) has the context it needs. `clitic`: what is written onto it (ب in باب); `prev_word`:
    the normalised word before it."""
    lx = lexicon()
    dated = kind in _DAY_FIRST or any(parts.get(k) for k in _DATE_PARTS)
    if not dated and any(f in lx.cues.get("month_event", ()) for f in clitic_forms(prev_word)):
        return False  # «على ثورة يوليو», «ذكرى يوليو»: an event's name
    homograph = spelling(written) in lx.month_homographs
    if not homograph and lx.month_context.get(parts.get("mon", ""), "none") == "none":
        return True
    if dated:
        return True
    if homograph or clitic.strip(CONJUNCTIONS):
        return False  # في إب, من باب, بنيسان: no date context
    if clitic.strip() == "و" and prev_word in lx.months:
        return True  # «بين يناير ومارس»: joined to the month before it, a list of months
    frames = lx.cues.get("month_frame", frozenset())
    return prev_word in frames or (prev_word[:1] in CONJUNCTIONS and prev_word[1:] in frames)
