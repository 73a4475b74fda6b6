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
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.grammar import RawTimex
from marsad.dates.habits import bare_yearly
from marsad.dates.lexicon import lexicon, norm
from marsad.dates.word_forms import is_cue
from marsad.lang.clitics import ARTICLE
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

CUSTOM_FEAST = "custom_feast"  # the kind of a feast's part made a habit here


def _habit_feast(t: Timex) -> bool:
    """A Hijri month or feast the habit rules made a SET of no value."""
    return t.type == "SET" and t.value is None and t.raw.kind in ("hijri", "holiday", "feast_occasion")


def feast_days_of_custom(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with every bare part of a feast's day made a SET of no value when the text reads a
    Hijri month or feast as a habit; `timexes` unchanged otherwise."""
    licence = next(filter(_habit_feast, timexes), None)
    if licence is None:
        return timexes

    out = [replace(t, type="SET", value=None, mod=None)
           if t.raw.kind == "holiday" and t.raw.parts.get("eve") and bare_yearly(t) else t
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
