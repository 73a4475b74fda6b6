"""A school or training year named by a present, new, last or next word, without a year: «العام
الدراسي الجديد», «العام التدريبي الحالي», «بداية العام الدراسي المقبل», «العام الدراسي الماضي». It is
the calendar year the school year opens in, as a school year named with its years («للعام الدراسي
2015/ 2016م»: 2015 and 2016, docs/realtext-annotation.md, timex-dev-19): the dev rows read «إنجاح العام
الدراسي الجديد» and «القبول للفصل الأول من العام التدريبي الحالي» in July 2015 as 2015 (timex-dev-10
4998, timex-dev-23 11370). A school year alone («لبدء العام الدراسي») stays none (round 34).

The school year in hand turns with the summer: from June the year that ended is the last one and the
one opening after the summer is the present («العام الدراسي الحالي» written in July 2015 is 2015, the
last one 2014); before June the present is the one that opened the calendar year before. A new one is
the one opening in the writing year, and during the summer (before it opens) a next one is too.

A bare school year that repeats one the text has named («مع بداية العام الدراسي الجديد … لمتابعة انطلاق
العام الدراسي», timex-dev-23 27900) is that year (docs/realtext-annotation.md, ruled in round 45), as «الصيف»
meaning this one: `repeated_school_years`. With none named before it, or two named that differ, it stays
none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import regex

from marsad.dates.lexicon import Lexicon, alternation, cue_alternation, lexicon, norm
from marsad.dates.resolved import Resolved, mod_of
from marsad.lang.words import LETTER_OR_DIGIT

if TYPE_CHECKING:
    from marsad.dates.extract import Timex
    from marsad.dates.grammar import RawTimex

SUMMER_TURN = 6  # from this month the school year that opens after the summer is the present one
OPENS = 9  # a school year opens before this month: until then a next one is the one opening this year
# a definite year word and the word after it («العام الدراسي», «للعام الدراسي»: from the article's lam)
_YEAR_AND_NEXT = regex.compile(
    rf"(?<!{LETTER_OR_DIGIT})(?:[وفب]?ل(?=ل)|[وفب](?=ال))?(?P<year>(?:ال|(?<=ل)ل)(?:عام|سن[ةه]))\s+(?P<next>\w+)")
_YEAR_AFTER = regex.compile(r"\s*\(?\s*\d")  # «العام الدراسي 2015/ 2016م»: a school year of its own


def school_year_pattern(lx: Lexicon, partx: str) -> tuple[str, str, str]:
    """The (kind, heads, pattern) row of a school year with a present, new, last or next word right
    after its nisba (`school_year` cues; `school_new` cues: «الجديد»; a last/next word of one word of
    date_relative.tsv); `partx`: the part word before a unit that the other patterns share («بداية»)."""
    school = cue_alternation(lx.cues, "school_year")
    new = cue_alternation(lx.cues, "school_new")
    mod = alternation(w for w in lx.modifiers if " " not in w)
    return ("school_year", "parts year_cue",
            rf"(?:{partx})?(?:ال|(?<=ل)ل)(?:عام|سنه)\s+(?:{school})\s+(?:(?P<snew>{new})|(?P<mod>{mod}))"
            rf"(?!{LETTER_OR_DIGIT})(?!\s*\(?\s*\d)")


def school_year(r: RawTimex, anchor: date | None, lx: Lexicon) -> Resolved:
    """The calendar year the school year `r` names opens in (see the module's docstring)."""
    if anchor is None:
        return Resolved("DATE", None)
    present = anchor.year if anchor.month >= SUMMER_TURN else anchor.year - 1
    shift = 0 if r.parts.get("snew") else (mod_of(r.parts) or 0)
    if r.parts.get("snew") or (shift > 0 and SUMMER_TURN <= anchor.month < OPENS):
        year = anchor.year
    else:
        year = present + shift
    return Resolved("DATE", str(year), lx.parts.get(r.parts.get("part", "")))


def repeated_school_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each bare school year («العام الدراسي», no present, new, last or next word, no year
    after it) that repeats the school years of its nisba the text named before it, all of one value,
    as a date of that value (see the module's docstring)."""
    school = lexicon().cues.get("school_year", ())
    named: dict[str, set[str | None]] = {}
    out = list(timexes)
    for m in _YEAR_AND_NEXT.finditer(text):
        word, start = norm(m.group("next")), m.start("year")
        if word not in school or _YEAR_AFTER.match(text, m.end()):
            continue
        at = next((t for t in timexes if t.start <= start < t.end or start <= t.start < m.end()), None)
        if at is not None:
            if at.raw.kind == "school_year":
                named.setdefault(word, set()).add(at.value)
            continue
        values = named.get(word, set())
        if len(values) == 1 and None not in values:  # `at` None: no timex overlaps the phrase
            first = next(t for t in timexes if t.raw.kind == "school_year" and t.value in values)
            span = norm(text[start:m.end()])
            raw = replace(first.raw, start=start, end=m.end(), parts={"school": word}, norm=span)
            out.append(replace(first, start=start, end=m.end(), mod=None, raw=raw))
    return sorted(out, key=lambda t: (t.start, t.end))
