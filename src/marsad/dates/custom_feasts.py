"""The parts of a feast's day told in a text of custom are every year's: once a text reads one
Hijri month or feast as a habit (`habits.yearly_habits`, `habit_lists.listed_habits`: a SET of no
value), its bare «يوم العيد», «صباح العيد», «نهار العيد», «أيام العيد», «ليلة العيد» are the feast of
any year too, a SET of no value (docs/realtext-annotation.md, the timex-dev-10 rule: «نهار العيد» of a
habit is a `SET`; timex-dev-23 3724: «ففي أيام العيد يمتزج التراث الجنوبي ...», «حتى يظهرن صباح العيد
بأبهى حلة» in a text whose «للحناء ليلة العيد طقوس خاصة» is a habit; timex-dev-10 26779: «لا يتعدى
سماع أصواتها نهار العيد ... يحصلون عليها صباح العيد» after «في كل عام ومع بداية شهر رمضان»).

A part of the day is a `feast_part` cue (date_cues.tsv: «يوم», «صباح», «نهار», «أيام», «ليلة») right
before a `feast_noun` one («العيد»), that noun not followed by a definite word («يوم العيد الوطني» is
another feast, «صباح العيد الماضي» one feast: both left as they are). Such a part is read nowhere
else (alone it names no one feast the grammar dates), so a new span is made only here, where the guide
marks it, and only where no expression stands already («أول أيام العيد» keeps its day). A text with
no habit feast keeps its feast days as they are.

In such a text a Hijri month named alone («رمضان», «شهر رمضان»: no day, year, part or last/next word in
its span) is every year's too when its clause holds an imperfective verb of a habit within MONTH_REACH
words of it and no year (timex-dev-23 3724: «فقديماً كانت النساء يبدأن من بداية العشر الأواخر برمضان» in
the text of «للحناء ليلة العيد طقوس خاصة»; «ويختم القرآن الكريم 3 مرات في رمضان», «التسول ظاهرة تنشط
بكثرة في رمضان»): a SET of no value. Not a month of a told happening («التي وقعت في نهار رمضان», «أعلن
قبل حلول شهر رمضان بقليل»: no imperfective verb), nor one its clause dates («ولا ينسى صيامه رمضان أثناء
بعثته في بريطانيا عام 1977م»). A month name written like an imperfective verb (يونيو, يوليو, يناير) is
no verb.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.grammar import RawTimex
from marsad.dates.habits import bare_yearly
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import CLAUSE_BREAK
from marsad.dates.reference import ongoing
from marsad.dates.word_forms import is_cue
from marsad.lang.clitics import ARTICLE
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

CUSTOM_FEAST = "custom_feast"  # the kind of a feast's part made a habit here
MONTH_REACH = 7  # words at most between a bare Hijri month and the imperfective verb of its habit
MONTH_LOOK = 80  # characters read on either side of the month for its clause
_YEAR = re.compile(r"(?<!\d)(?:1[3-9]|20)\d\d(?!\d)")  # a year written in its clause: 1977, 1436


def _habit_feast(t: Timex) -> bool:
    """A Hijri month or feast the habit rules made a SET of no value."""
    return t.type == "SET" and t.value is None and t.raw.kind in ("hijri", "holiday", "feast_occasion")


def _month_of_custom(text: str, t: Timex, timexes: list[Timex]) -> bool:
    """A Hijri month named alone whose clause holds an imperfective verb within MONTH_REACH words
    and no year written in digits: a habit's month in a text of custom."""
    if not (t.type == "DATE" and t.raw.kind == "hijri" and bare_yearly(t)):
        return False
    lx = lexicon()
    if len(WORD.findall(text, t.start, t.end)) != 1 + bool(t.raw.parts.get("shahr")):
        return False  # «أول رمضان»: a day of the month
    if any(o.end <= t.start and not WORD.findall(text, o.end, t.start)[1:] for o in timexes):
        return False  # «الأيام الأخيرة من رمضان»: a stretch of the month, joined to it later
    left = CLAUSE_BREAK.split(text[max(0, t.start - MONTH_LOOK):t.start])[-1]
    right = CLAUSE_BREAK.split(text[t.end:t.end + MONTH_LOOK])[0]
    if _YEAR.search(left) or _YEAR.search(right):
        return False
    words = [norm(w) for w in WORD.findall(left)[-MONTH_REACH:] + WORD.findall(right)[:MONTH_REACH]]
    return any(ongoing(w) and w not in lx.months for w in words)


def feast_days_of_custom(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with every bare part of a feast's day, and every bare Hijri month of a habit's clause,
    made a SET of no value when the text reads a Hijri month or feast as a habit; `timexes` unchanged
    otherwise."""
    licence = next(filter(_habit_feast, timexes), None)
    if licence is None:
        return timexes

    out = [replace(t, type="SET", value=None, mod=None)
           if (t.raw.kind == "holiday" and t.raw.parts.get("eve") and bare_yearly(t))
           or _month_of_custom(text, t, timexes) else t
           for t in timexes]
    words = list(WORD.finditer(text))
    for head, noun, after in zip(words, words[1:], [*words[2:], None], strict=False):
        if not (is_cue(norm(head.group()), "feast_part") and is_cue(norm(noun.group()), "feast_noun")):
            continue
        if text[head.end():noun.start()].strip():
            continue  # a mark or a word between them
        if after is not None and not text[noun.end():after.start()].strip() \
                and norm(after.group()).startswith(ARTICLE):
            continue  # «يوم العيد الوطني», «صباح العيد الماضي»
        # «وصباح العيد»: the conjunction stays out of the span
        start = head.start() + (norm(head.group()) not in lexicon().cues.get("feast_part", ()))
        end = noun.end()
        if any(t.start < end and start < t.end for t in out):
            continue
        raw = RawTimex(start, end, CUSTOM_FEAST, {"part": norm(head.group())}, norm(text[start:end]))
        out.append(replace(licence, start=start, end=end, raw=raw))  # a SET of no value, as it
    return sorted(out, key=lambda t: t.start)
