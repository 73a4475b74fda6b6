"""The date vocabulary, read from the `lang/ar/date_*.tsv` tables and normalised for matching.

Every word is stored in its matching form (`normalize`, lower-cased for Latin script), so
lookups take the normalised text of a match. `alternation(words)` builds a regex
alternative, longest word first, with flexible spaces inside multi-word entries.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache

import regex

from marsad.lang import load_table
from marsad.lang.normalize import normalize


def norm(word: str) -> str:
    """The matching form of a lexicon word or of matched text."""
    return regex.sub(r"\s+", " ", normalize(word).lower().strip())


def alternation(words: object) -> str:
    """A regex alternative over `words` (normalised), longest first, spaces flexible."""
    forms = sorted({norm(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(r"\s+".join(regex.escape(p) for p in f.split(" ")) for f in forms) + ")"


def cue_alternation(cues: Mapping[str, Collection[str]], kind: str) -> str:
    """The alternation of a cue kind's words; with none, a pattern that never matches (an empty
    alternation would match anywhere)."""
    return alternation(cues[kind]) if cues.get(kind) else "(?!)"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    month_context: dict[str, str]  # none | frame: what a month word needs around it
    month_homographs: frozenset[str]  # other spellings of month words, as written (إب, أب)
    written_names: frozenset[str]  # names written so that they normalise to a date word (آلان)
    written_words: frozenset[str]  # the date words those names normalise to (الان)
    hijri_months: dict[str, int]
    hijri_bare: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    hours: dict[str, int]  # the ordinals and the hour words (الواحدة 1): a clock hour in words
    units: dict[str, tuple[str, int | None]]
    day_words: dict[str, int]
    modifiers: dict[str, int]
    demonstratives: frozenset[str]
    ago: dict[str, int]
    quantifiers: frozenset[str]
    approx: frozenset[str]
    anaphoric: frozenset[str]  # «نفسه» after a unit, «نفس» before it: either
    anaphoric_before: frozenset[str]  # only these make the unit after them a day of the story
    fillers: frozenset[str]
    refs: dict[str, int]  # the `one_day` rows too: refs of their own
    one_day: frozenset[str]  # «ذات يوم», «في أحد الأيام»: a ref that reads the tense of its clause
    fractions: dict[str, str]
    month_weeks: dict[str, int]  # الأسبوع الأول 1, الأسبوع الأخير -7: a week's first day in its month
    halves: frozenset[str]
    unit_parts: dict[str, int]  # ربع 4, ثلث 3: a fraction of one unit, by its denominator
    clock_minutes: dict[str, int]  # والنصف 30, إلا ربعا -15: minutes after (before) a clock hour
    decades: dict[str, str]
    parts: dict[str, str]
    sets: dict[str, str]
    seasons: dict[str, str]
    holidays: dict[str, tuple[str, int, int]]  # calendar, month, day
    dayparts: dict[str, tuple[str, int]]
    day_periods: dict[str, str]  # المسائية EV: the adjective of «الفترة المسائية», its part of the day
    cues: dict[str, frozenset[str]]


def _by_kind(rows: tuple[dict[str, str], ...], kind: str) -> dict[str, int]:
    return {norm(r["word"]): int(r["offset"]) for r in rows if r["kind"] == kind}


def _writing_times() -> dict[str, int]:
    """Every «حتى ساعة إعداد هذا الخبر» of date_writing_times.tsv (lead + act + object): the present."""
    rows = load_table("date_writing_times")
    words = {part: [r["word"] for r in rows if r["part"] == part] for part in ("lead", "act", "object")}
    return {norm(f"{lead} {act} {obj}"): 0
            for lead in words["lead"] for act in words["act"] for obj in words["object"]}


@cache
def lexicon() -> Lexicon:
    """The date vocabulary (loaded once)."""
    rel = load_table("date_relative")
    cues: dict[str, set[str]] = {}
    for r in load_table("date_cues"):
        cues.setdefault(r["kind"], set()).add(norm(r["word"]))
    hijri = load_table("date_hijri_months")
    numbers = load_table("date_numbers")
    months = load_table("date_months")
    return Lexicon(
        months={norm(r["word"]): int(r["month"]) for r in months},
        month_context={norm(r["word"]): r["context"] for r in months},
        month_homographs=frozenset(r["form"] for r in load_table("date_month_homographs")),
        written_names=frozenset(r["form"] for r in load_table("date_written_names")),
        written_words=frozenset(norm(r["word"]) for r in load_table("date_written_names")),
        hijri_months={norm(r["word"]): int(r["month"]) for r in hijri},
        hijri_bare=frozenset(norm(r["word"]) for r in hijri if r["bare"] == "yes"),
        weekdays={norm(r["word"]): int(r["isoday"]) for r in load_table("date_weekdays")},
        numbers={norm(r["word"]): int(r["value"]) for r in numbers if r["kind"] == "cardinal"},
        ordinals={norm(r["word"]): int(r["value"]) for r in numbers if r["kind"] == "ordinal"},
        hours={norm(r["word"]): int(r["value"]) for r in numbers if r["kind"] in ("ordinal", "hour")},
        units={norm(r["word"]): (r["unit"], int(r["count"]) if r["count"] else None)
               for r in load_table("date_units")},
        day_words=_by_kind(rel, "day"),
        modifiers=_by_kind(rel, "modifier"),
        demonstratives=frozenset(_by_kind(rel, "demonstrative")),
        ago=_by_kind(rel, "ago"),
        quantifiers=frozenset(_by_kind(rel, "quantifier")),
        approx=frozenset(_by_kind(rel, "approx")),
        anaphoric=frozenset(_by_kind(rel, "anaphoric")) | frozenset(_by_kind(rel, "anaphoric_before")),
        anaphoric_before=frozenset(_by_kind(rel, "anaphoric_before")),
        fillers=frozenset(_by_kind(rel, "filler")),
        refs=_by_kind(rel, "ref") | _by_kind(rel, "one_day") | _writing_times(),
        one_day=frozenset(_by_kind(rel, "one_day")),
        fractions={norm(r["word"]): r["code"] for r in load_table("date_fractions")},
        month_weeks={norm(r["word"]): int(r["first"]) for r in load_table("date_month_weeks")},
        halves=frozenset(_by_kind(rel, "half")),
        unit_parts=_by_kind(rel, "unit_part"),
        clock_minutes=_by_kind(rel, "minutes"),
        decades={norm(r["word"]): r["value"] for r in load_table("date_decades")},
        parts={norm(r["word"]): r["mod"] for r in load_table("date_parts")},
        sets={norm(r["word"]): r["value"] for r in load_table("date_sets")},
        seasons={norm(r["word"]): r["code"] for r in load_table("date_seasons")},
        holidays={norm(r["word"]): (r["calendar"], int(r["month"]), int(r["day"]))
                  for r in load_table("date_holidays")},
        dayparts={norm(r["word"]): (r["suffix"], int(r["hours"])) for r in load_table("date_dayparts")},
        day_periods={norm(r["word"]): r["suffix"] for r in load_table("date_day_periods")},
        cues={k: frozenset(v) for k, v in cues.items()},
    )


@cache
def given_names(*kinds: str) -> frozenset[str]:
    """The given names of `lang/ar/segment_given_names.tsv` of the `kinds` (`name`: hardly anything but
    a name; `word`: also a common word), normalised."""
    return frozenset(norm(r["name"]) for r in load_table("segment_given_names") if r["kind"] in kinds)
