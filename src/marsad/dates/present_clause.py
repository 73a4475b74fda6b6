"""A bare «اليوم» read as the present from its clause, when the cue stands a few words back.

Round 12 made a bare «اليوم» the present (PRESENT_REF), not the day of writing, right after a
`present` cue of `lang/ar/date_cues.tsv` (a pronoun, «أما», a verb of becoming, of living through
a state, of seeing) or a `persist` one («ما زال»). The cue often stands further back in its
clause, with the state's complement between them:
- a `present` cue up to PRESENT_REACH words back: «تعاني من تداعياتها اليوم», «بات ينظر إليها
  اليوم», «صارت متطورة جدا اليوم», «كما هو الشأن اليوم», «بلادنا هي المؤهلة اليوم»;
- a form of «ما زال» up to PERSIST_REACH words back, when «حتى» stands right before «اليوم»
  (to this day; `until`): «ما زال قائماً حتى اليوم», «لم تزل تتداول عبر المساجد والمنابر حتى اليوم».
A `present_block` word between the cue and «اليوم» (a relative, «ما», «الذي») opens a clause of
its own, whose «اليوم» is the day again: «وهو ما أعلنه اليوم» is what he announced today.
A `present_through` verb of passing («تمر», «يمر») is a `present` cue only when the word right after
«اليوم» is indefinite with a `through` preposition written onto it (round 40): «المنظومة العربية تمر
اليوم بواحدة من أدق المراحل», «يمر العالم اليوم بأزمة» (going through a state); «يمر الموكب اليوم
بالمدينة» is a place, «تمر اليوم ذكرى ...» today's anniversary.
A «اليوم» that opens its clause (a conjunction at most before it) with a `present_after` verb right
after it is the present too (round 36): «اليوم أصبح لدينا يقين», «واليوم يعيش الرجل بين أهله».

«اليوم» right after an `until` word («حتى», «إلى»: "to this day", round 37) is the present too when
its clause reaches back to a `since` word with no day named between them («ظلت وفية لأسلوبها منذ
بدايتها إلى اليوم», «منذ انطلاق الثورة قبل 4 سنوات وحتى اليوم»; not «منذ الأحد حتى اليوم»: the days
from Sunday to today), holds a `past_negation` word («لم يجر الكشف عن تفاصيلها حتى اليوم»: so far), or
opens with it («وحتى اليوم، ركز التحالف على ...», «وإلى اليوم يعد السجن»), or has an `elapsed` cue (what
makes «منذ» + a count the length up to now) up to ELAPSED_REACH words before it: a state lasting («ظل
حتى اليوم نابضا بالمعاني», «وبقيا فيها إلى اليوم»), a superlative («أفضل نصر للعرب حتى اليوم»).
A «اليوم» that opens its clause is the present too when the past (PAST_REF) was named at most
CONTRAST_REACH characters before it: now set against then («في الماضي، كان نقص الأمطار يعني خسارة
القمح. واليوم توجد خسائر ضخمة», «وفي السنوات الماضية أصبحت ...، واليوم بفضل التعاون»).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import CLAUSE_BREAK
from marsad.dates.word_forms import clitic_forms, is_cue
from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

PRESENT_REACH = 3  # words back in the clause a `present` cue may stand (the nearest is round 12's)
PERSIST_REACH = 8  # words back in the clause a form of «ما زال» may stand before «حتى اليوم»
LOOK_BACK = 160  # characters read back for the clause
SINCE_LOOK_BACK = 240  # characters read back for a `since` word before «حتى اليوم»
ELAPSED_REACH = 5  # words back in the clause an `elapsed` cue may stand before «حتى اليوم»
CONTRAST_REACH = 250  # characters back where the past a clause-opening «اليوم» is set against may end
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_TODAY = "اليوم"


def _clause_start(text: str, end: int, look_back: int = LOOK_BACK) -> int:
    """Where the clause that ends at `end` begins (at most `look_back` characters back)."""
    start = max(0, end - look_back)
    cut = [m.end() for m in CLAUSE_BREAK.finditer(text, start, end)]
    return cut[-1] if cut else start


def _clause_words(text: str, end: int) -> list[str]:
    """The normalised words of the clause that ends at `end`, in order."""
    return [norm(w) for w in WORD.findall(text[_clause_start(text, end):end])]


def _after_the_past(t: Timex, earlier: list[Timex]) -> bool:
    """Whether the past (PAST_REF) was named at most CONTRAST_REACH characters before «اليوم»:
    «في الماضي، كان نقص الأمطار ... واليوم توجد خسائر»."""
    return any(o.value == "PAST_REF" and 0 <= t.start - o.end <= CONTRAST_REACH for o in earlier)


def _up_to_now(text: str, t: Timex, before: list[str], timexes: list[Timex]) -> bool:
    """Whether «اليوم» right after an `until` word is "to this day" (module doc)."""
    if not before or not is_cue(before[-1], "until"):
        return False
    start = _clause_start(text, t.start, SINCE_LOOK_BACK)
    since = [m.start() for m in WORD.finditer(text, start, t.start) if is_cue(norm(m.group()), "since")]
    if since and any(since[0] <= o.start and o.end <= t.start and (
            _DAY.match(o.value or "") or o.raw.kind in ("weekday", "relday")) for o in timexes):
        return False  # «منذ الأحد حتى اليوم»: the days from Sunday to today
    return bool(since) or before[:-1] in ([], ["و"], ["ف"]) \
        or any(is_cue(w, "past_negation") for w in before[:-1]) \
        or any(is_cue(f, "elapsed") for w in before[-1 - ELAPSED_REACH:-1] for f in clitic_forms(w))


def _present_in_clause(words: list[str], returning: bool = False, through: bool = False) -> bool:
    until = bool(words) and words[-1] in lexicon().cues.get("until", frozenset())
    reach = PERSIST_REACH if until else PRESENT_REACH
    if through and words and is_cue(words[-1], "present_through"):
        return True  # «تمر اليوم بمرحلة»: right before «اليوم» (the other cues there are resolve.py's)
    for back in range(2, min(reach, len(words)) + 1):
        word = words[-back]
        between = words[len(words) - back + 1:]
        if any(is_cue(w, "present_block") for w in between):
            return False
        if is_cue(word, "persist") and until:
            return True
        if back <= PRESENT_REACH and (
                is_cue(word, "present") or (through and is_cue(word, "present_through"))
                or (not returning and _no_longer(words, len(words) - back))):
            return True
    return False


def _present_after(text: str, end: int) -> bool:
    """Whether the word right after `end` (a space between) is a `present_after` verb."""
    m = WORD.match(text, end + 1) if text[end:end + 1].isspace() else None
    return m is not None and is_cue(norm(m.group()), "present_after")


def _going_through(text: str, end: int) -> bool:
    """Whether the word right after `end` (a space between) is indefinite with a `through` preposition
    written onto it («تمر اليوم بمرحلة»: going through a state; not «يمر اليوم بالمدينة», a place)."""
    m = WORD.match(text, end + 1) if text[end:end + 1].isspace() else None
    word = norm(m.group()) if m else ""
    return len(word) > 2 and word[:1] in lexicon().cues.get("through", frozenset()) \
        and not word[1:].startswith(ARTICLE)


def _no_longer(words: list[str], i: int) -> bool:
    """«لم يعد/تعد» ("no longer"): a `present_negated` verb right after a `past_negation` word
    (لم, or «ولم/فلم»)."""
    return i > 0 and is_cue(words[i], "present_negated") and is_cue(words[i - 1], "past_negation")


@cache
def _return_to() -> re.Pattern[str]:
    """The `return_to` words of date_cues.tsv, as written, opening the word after «اليوم»."""
    forms = [r["word"] for r in load_table("date_cues") if r["kind"] == "return_to"]
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, forms)) + ")")


def nowadays_in_clause(text: str, timexes: list[Timex]) -> list[Timex]:
    """A bare «اليوم» resolved to a day is the present (PRESENT_REF) when its clause has a cue of
    the present a few words back (module doc)."""
    out = list(timexes)
    for i, t in enumerate(out):
        p = t.raw.parts
        if t.raw.kind != "relday" or t.raw.norm != _TODAY or p.get("wd") or p.get("dp") \
                or not _DAY.fullmatch(t.value or ""):
            continue
        # «لم يعد الوزير اليوم إلى مكتبه»: «لم يعد» is "did not return", not "no longer"
        returning = _return_to().match(text, t.end) is not None
        before = _clause_words(text, t.start)
        opens = before in ([], ["و"], ["ف"])  # «اليوم» opens its clause, a conjunction at most before it
        through = _going_through(text, t.end)
        if _present_in_clause(before, returning, through) or (opens and _present_after(text, t.end)) \
                or _up_to_now(text, t, before, out) or (opens and _after_the_past(t, out[:i])):
            out[i] = replace(t, type="DATE", value="PRESENT_REF")
    return out
