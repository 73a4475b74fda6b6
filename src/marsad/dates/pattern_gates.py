"""A pattern of a kind of temporal expression (`Pattern`, built by `marsad.dates.patterns`) and
the cheap tests that spare its regular expression where it cannot match: what the digits of the
number it opens on must be, and how the word after one of its head words must begin. Each holds
for every branch of the pattern it gates; `tests/test_dates_grammar_index.py` checks that they
hide no match."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import regex

from marsad.dates.lexicon import Lexicon, norm

DIGIT = "\x00digit"  # in `Pattern.after_head`: the next word begins with a decimal digit


@dataclass(frozen=True)
class Pattern:
    kind: str
    heads: tuple[str, ...]  # what its first word can be: a lexicon table, a frame word, "digit"
    rx: regex.Pattern[str]
    # when its first word is a frame word (في), how the word after it must begin for the pattern
    # to match there («في اليوم»): the pattern is not tried after a frame word followed by
    # anything else (a cheap test before the regular expression; empty: always tried)
    after_frame: tuple[str, ...] = ()
    # words of which every match holds one (a cheap test before the regular expression: it is
    # not tried where none of them occurs within the window it is matched in; empty: always)
    needs: tuple[str, ...] = ()
    # when it is tried at a number (its head `digit`), what the number's digits must be, from its
    # first digit (a cheap test on the word, once per distinct word; None: any number)
    digits: regex.Pattern[str] | None = None
    # heads and how the word after one of their words must begin, after one space (`head_gates`;
    # a cheap test before the regular expression; none: always tried)
    after_head: tuple[tuple[str, tuple[str, ...]], ...] = ()


def digit_gates() -> dict[str, str]:
    """By pattern kind, what the digits of the number it opens on must be, from the first digit
    («2015م» opens no day; «15» no year)."""
    day_num, year_num = r"[0-3]?\d(?!\d)", r"(?:1[5-9]|20)\d\d(?!\d)"
    return {"iso": r"(?:19|20)\d\d(?!\d)", "ymd": r"(?:19|20)\d\d(?!\d)", "dmy_num": day_num,
            "hijri_num": rf"{day_num}|1[34]\d\d(?!\d)", "range_dm": day_num, "dmy": day_num,
            "month_day": day_num, "hijri": day_num, "hyear": r"1[34]\d\d(?!\d)", "year": year_num,
            "age": r"\d{1,3}(?!\d)", "clock": r"[0-2]?\d(?!\d)",
            "duration": r"\d+$"}  # a count, then white space or «)»: the word is the number


def head_gates(lx: Lexicon) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """By pattern kind, its gated heads and how the word after one of their words must begin."""
    # the year after a part or a year cue («في», «قبل», «عام»): a year (1xxx, 20xx), «(» before one, «من», a
    # cue, «المالي», or the second word of a part («أواخر شهر»): «في» before anything else opens no year
    tails = (w.split(" ")[1] for w in (*lx.parts, *lx.cues.get("year", ())) if " " in w)
    after_year = tuple(sorted({"1", "2", "(", "من", *lx.cues.get("year", ()), *lx.cues.get("fiscal", ()),
                               *lx.cues.get("school_year", ()), *tails}))
    # a day in words goes on to «و» (الخامس والعشرين), the second word of its name (الحادي عشر), or
    # what follows it: a month (dmy: after a separator, «من», «شهر»), a Hijri month, «من العمر»
    day_on = ("و", *(w.split(" ")[1] for w in (*lx.ordinals, *lx.numbers) if " " in w))
    after_dmy = begins((*day_on, ",", "،", "/", "-", "من", "شهر", *lx.months))
    after_hijri = begins((*day_on, "من", "شهر", *lx.hijri_months))
    after_age = begins((*day_on, "من"))
    # a count in words before its unit (ثلاثة أيام, خمسة وعشرين عاما, أحد عشر شهرا)
    after_count = begins(("و", *(w.split(" ")[1] for w in lx.numbers if " " in w), *lx.units))
    # «من» before a range of days (من 15 إلى 18 مايو): only before a number
    return {"duration": (("numbers", after_count),),
            "year": (("parts", after_year), ("year_cue", after_year)), "range_dm": (("من", (DIGIT,)),),
            "dmy": (("ordinals", after_dmy), ("numbers", after_dmy)),
            "hijri": (("ordinals", after_hijri), ("numbers", after_hijri)),
            "age": (("ordinals", after_age), ("numbers", after_age))}


def begins(words: Collection[str]) -> tuple[str, ...]:
    """How a word after a head can begin for one of `words` (their first words) to be read there:
    a Latin word by its first letter, and «ſ» (the lower-cased text's one letter that matches a
    Latin letter, s, only without regard to case)."""
    firsts = {norm(w).split(" ")[0] for w in words}
    latin = {w[0] for w in firsts if w.isascii() and w.isalpha()}
    return tuple(sorted({*(w for w in firsts if not (w.isascii() and w.isalpha())), *latin,
                         *(("ſ",) if latin else ())}))
