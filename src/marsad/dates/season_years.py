"""«الموسم الماضي 2014 - 2015م», «للموسم الرياضي الجديد 2015/2016م»: a sports season's years are no dates.

A football season named by its two years is no timex (docs/realtext-annotation.md: «موسم 2002 ـ 2003»,
«الموسم الكروي الجديد 2015 _ 2016», «موسم 2013 - 2014» none; every dev gold that meets one leaves its
years out). The year patterns pass over the first year of a range right after «موسم/نسخة» and one word
(`patterns.py`), but a later year written with «م» is a year of its own («2015م»), and two or three words
between the season and its years («الموسم ما قبل الماضي 2013 - 2014م») let both through. Here any year of
a range of two years (a dash, a slash or a tatweel between) that follows «موسم» or «نسخة» with at most
SEASON_WORDS words and no figure or stop between them is left out.
"""

from __future__ import annotations

import re

from marsad.dates.grammar import RawTimex

SEASON_WORDS = 3  # words at most between «موسم/نسخة» and the season's first year («ما قبل الماضي»)
_SEASON_RANGE = re.compile(
    rf"(?:موسم|نسخ[ةه])(?:\s+[^\s\d.,،:;؛!?؟()\[\]«»\"“”]+){{0,{SEASON_WORDS}}}\s+\(?\s*"
    r"(?:19|20)\d\d\s*[-–/_ـ]+\s*(?:19|20)\d\d(?!\d)(?:\s*م(?![^\W\d_]))?")


def without_season_years(text: str, raws: list[RawTimex]) -> list[RawTimex]:
    """`raws` without the years of a season's range (module doc)."""
    seasons = [m.span() for m in _SEASON_RANGE.finditer(text)]
    if not seasons:
        return raws
    return [r for r in raws if not any(s <= r.start and r.end <= e and r.kind == "year" for s, e in seasons)]
