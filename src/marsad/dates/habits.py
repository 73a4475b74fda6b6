"""A Hijri month or feast named in a yearly habit is a SET: «في كل عام ومع بداية شهر رمضان ينشط
البيع», «يقام المهرجان سنويا في عيد الفطر» (docs/realtext-annotation.md, the timex-dev-10 batch: a
Hijri month or feast of a habit is a `SET` of no value, `P1Y` accepted). A feast's eve named alone is
read the same way («للحناء ليلة العيد طقوس خاصة», round 47: every year's eve).

"Named in a yearly habit": a bare month or feast (no day, year or next/last word) in the clause of
an adverb of every year («كل عام», «سنويا»), at most HABIT_REACH words from it, or of a word of custom
(`habit` cues of date_cues.tsv: «عادة», «اعتاد», «دأب», «دائما», «غالبا»: «تستخدم الأسر التنور في شهر
رمضان غالباً», «اعتادت الجماعات تنفيذ هجمات خلال شهر رمضان»), at most CUSTOM_REACH words from it
(round 36), or in a question («ماذا تفضل في رمضان؟», «هل تختم القرآن في رمضان؟»: an interview's
question is on the month of any year; not one of the future, «كيف ستقضي العيد؟»), right after a word
singling out one case of a general statement (`singled_out` cues: «خصوصا خلال شهر رمضان», «لاسيما في
رمضان»; not with a year in its clause), or set against the rest of the year in its clause (`rest_of_year`
cues: «في رمضان وفي غيره», «عنه في بقية أيام السنة»). Not after the
adjective («حفل المعايدة السنوي ... بمناسبة عيد الفطر»: the annual party of this year's feast), nor
in another clause («وفي شهر رمضان لاحظت ... التي تزداد أنواعها في كل عام»). Each expression is
compared with the nearest yearly adverb on either side (expressions never overlap), found by
bisection, so this stays n log n however many expressions a text holds.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import CLAUSE_BREAK
from marsad.dates.tense import unjoined
from marsad.dates.word_forms import is_cue
from marsad.lang.words import WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

YEARLY = "P1Y"
HABIT_REACH = 5  # words at most between the yearly adverb (or word of custom) and the month or feast
CUSTOM_REACH = 7  # words at most between a word of custom and the month or feast («اعتادت التنظيمات
# المتطرفة تنفيذ مذابح كبرى خلال شهر رمضان»: a word of custom says more than a yearly adverb)
HABIT_LOOK = 100  # characters read on either side for a word of custom
_SPECIFIC = ("day", "dayw", "hmnum", "hyear", "mod", "nth", "eve")  # parts that name one occurrence


def bare_yearly(t: Timex) -> bool:
    """A Hijri month or a feast named alone: «شهر رمضان», «بداية شهر رمضان», «عيد الفطر», or a feast's
    eve named alone («ليلة العيد», a TIME: «اعتادت الأسر تزيين البيوت ليلة العيد» is every year's eve)."""
    if t.raw.kind not in ("hijri", "holiday", "feast_occasion"):
        return False
    eve = t.type == "TIME" and bool(t.raw.parts.get("eve"))
    pins = (k for k in _SPECIFIC if k != "eve" or not eve)
    return (t.type == "DATE" or eve) and not any(t.raw.parts.get(k) for k in pins)


def yearly_adverb(t: Timex) -> bool:
    """«كل عام», «سنويا»: not the adjective «السنوي» (an annual thing of one year)."""
    return t.type == "SET" and t.value == YEARLY and not t.raw.parts.get("set", "").startswith("ال")


def _near(text: str, a: Timex, b: Timex) -> bool:
    gap = text[min(a.end, b.end):max(a.start, b.start)]
    return not CLAUSE_BREAK.search(gap) and len(gap.split()) <= HABIT_REACH


def _custom_near(text: str, t: Timex) -> bool:
    """Whether a `habit` word stands at most CUSTOM_REACH words from `t` in its clause."""
    left = CLAUSE_BREAK.split(text[max(0, t.start - HABIT_LOOK):t.start])[-1]
    right = CLAUSE_BREAK.split(text[t.end:t.end + HABIT_LOOK])[0]
    words = WORD.findall(left)[-CUSTOM_REACH:] + WORD.findall(right)[:CUSTOM_REACH]
    return any(is_cue(norm(w), "habit") for w in words)


def _rest_of_year(text: str, t: Timex) -> bool:
    """Whether words naming the rest of the year (`rest_of_year` cues: «في بقية أيام السنة», «وفي
    غيره») stand in the clause of `t`, at most HABIT_LOOK characters on either side."""
    left = CLAUSE_BREAK.split(text[max(0, t.start - HABIT_LOOK):t.start])[-1]
    right = CLAUSE_BREAK.split(text[t.end:t.end + HABIT_LOOK])[0]
    clause = " " + " ".join(norm(w) for w in WORD.findall(left + " " + right)) + " "
    return any(f" {norm(c)} " in clause for c in lexicon().cues.get("rest_of_year", ()))


def _singled_out(text: str, t: Timex, timexes: list[Timex]) -> bool:
    """Whether a `singled_out` word stands right before `t`, or before a `singled_frame` preposition
    right before it («خصوصا خلال شهر رمضان», «لاسيما في رمضان»), and no other date of its clause pins
    the year («خصوصا خلال شهر رمضان المبارك لعام 1436»)."""
    left = CLAUSE_BREAK.split(text[max(0, t.start - HABIT_LOOK):t.start])[-1]
    words = [norm(w) for w in WORD.findall(left)]
    if words and is_cue(words[-1], "singled_frame"):
        words = words[:-1]
    if not words or not is_cue(words[-1], "singled_out"):
        return False
    return not any(o is not t and o.value and not CLAUSE_BREAK.search(
        text[min(o.end, t.end):max(o.start, t.start)]) for o in timexes)


def _asked(text: str, t: Timex) -> bool:
    """Whether a question mark closes the clause of `t` («ماذا تفضل في رمضان؟», «ذكرى حدثت لك في رمضان
    أو العيد؟»: an interview's question on the month of any year), unless the clause speaks of the
    future («كيف ستقضي العيد؟»: the coming feast)."""
    brk = CLAUSE_BREAK.search(text, t.end, t.end + HABIT_LOOK)
    if brk is None or brk.group() not in "؟?":
        return False
    left = CLAUSE_BREAK.split(text[max(0, t.start - HABIT_LOOK):t.start])[-1]
    clause = left + " " + text[t.end:brk.start()]
    cues = lexicon().cues
    prefixes, nouns = tuple(cues.get("future_prefix", ())), tuple(cues.get("not_future", ()))
    for word in map(norm, WORD.findall(clause)):
        verb = unjoined(word)
        if is_cue(word, "future") or (
                len(verb) >= 5 and verb.startswith(prefixes) and not verb.startswith(nouns)):
            return False  # «كيف ستقضي العيد؟», «هل سوف تسافر في العيد؟»
    return True


def yearly_habits(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each bare Hijri month or feast near a yearly adverb or a word of custom of its
    clause made a SET of no value."""
    if not any(map(bare_yearly, timexes)):
        return timexes
    adverbs = sorted((t for t in timexes if yearly_adverb(t)), key=lambda t: t.start)
    starts = [t.start for t in adverbs]
    out = []
    for t in timexes:
        if bare_yearly(t):
            k = bisect_left(starts, t.start)
            if any(_near(text, t, adverbs[j]) for j in range(max(0, k - 1), min(len(adverbs), k + 1))) \
                    or _custom_near(text, t) or _asked(text, t) or _singled_out(text, t, timexes) \
                    or _rest_of_year(text, t):
                t = replace(t, type="SET", value=None, mod=None)
        out.append(t)
    return out
