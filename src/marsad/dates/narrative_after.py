"""«وبعد خمس سنوات، تسلم الحقيبة»: "five years later" in a narrative, a length from the event told
before it, not five years after the writing day.

«بعد» + a count is the day that many units after the writing day («سيعود بعد أسبوعين»). Opening its
clause (a conjunction at most before it) and closed by a comma (a hedge or a few words between: «بعد
عام واحد،», «فبعد عشرين سنة أو أكثر بقليل،»), it is the narrative's "N later", counted from the event
the text told before it: «دخل العاصمة منتصرا في 1982. بعد عام واحد، استفاد خصمه من التدخل» was 2016.
It is read as its length, a DURATION (the guide's reading of a count measured from an event: «بعد 21
يوما من إحباط» P21D). Not when a word of the future follows in its sentence («وبعد أسبوعين، ستنطلق
البطولة», «وبعد أسبوع، تبدأ المرحلة الثانية»: `future` cues, a verb with a future prefix).
«لاحقا» opening its clause in the same way («.ولاحقا وقعت مواجهات», «ولاحقا انفتحنا على آفاق أرحب»)
is a later moment of the story told, no timex (the guide's round-39 ruling: as «فيما بعد»); it stays
the future (FUTURE_REF) inside a clause («وتتوالى الحفلات لاحقا», «محادثات حول هذا الموضوع لاحقا») or
when a word of the future stands in its sentence («ولاحقا ستعلن اللجنة», «ستكون هناك منافسة على
الطاقة، ولاحقا على الأسلحة») or an imperfective verb
right after it («ولاحقاً، يعود الفريق إلى التدريبات»). The words are the
`story_later` cues of `date_cues.tsv`. Inside a clause it is the same later moment of the story when it
stands at most LATER_REACH words after the perfective verb of a relative pronoun (`later_relative` cues:
«بقيادة الضابط عصام القمري الذي اعتقل لاحقا», timex-dev-26 236; «للتنظيم الذي أعلن مسؤوليته لاحقا»,
timex-dev-3 24573: both unmarked), unless a word of the future stands in its sentence («الذي سيزور لاحقا
قطر»); an imperfective verb after the pronoun keeps it the future («التي تسهم لاحقاً في التوسع»), as a verb
whose first letter is a `not_past_letter` cue does («الذي يجب», «التي سيتم», «الذي نناقشه»).
«في وقت لاحق» (a `story_later` cue too) is read alike with «في» before it («وفي وقت لاحق، اجتمع»), and
also at most VERB_REACH words after a perfective verb opening its clause with «و/ف» written onto it
(«ونقلت وسائل الإعلام التركية في وقت لاحق أن»: timex-dev-27 29716 leaves it unmarked; not after a
`preposition` or `story_verb_not` word, an imperfective or a future verb); a date right after it
(«في وقت لاحق اليوم») keeps it, read with that date.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import CLAUSE_BREAK, SENTENCE_BREAK
from marsad.dates.tense import unjoined
from marsad.dates.units import duration, unit_count
from marsad.dates.word_forms import imperfective, is_cue
from marsad.lang.words import LETTER_RUN, WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

_OPENING = ("", "و", "ف")  # what may stand between the clause break and «بعد»
_IN = ("في", "وفي", "ففي")  # and before «وقت لاحق» («وفي وقت لاحق، اجتمع»)
BEFORE_COMMA = 3  # words at most between the count and the comma that closes it
FUTURE_WORDS = 8  # words of its sentence after the comma read for the future
LOOK = 200  # characters read on either side
LATER_REACH = 3  # words at most between a relative pronoun's perfective verb and «لاحقا»
JOINED_REACH = 6  # characters at most between «وقت لاحق» and a date read with it («من اليوم»)
VERB_REACH = 5  # words at most between a verb opening its clause and «في وقت لاحق» («ونقلت وسائل ...»)


def _opens_clause(text: str, t: Timex, opening: tuple[str, ...] = _OPENING) -> bool:
    left = text[max(0, t.start - LOOK):t.start]
    cut = [m.end() for m in CLAUSE_BREAK.finditer(left)]
    if not cut and t.start > LOOK:
        return False
    return left[cut[-1] if cut else 0:].strip() in opening


def _closed_by_comma(text: str, t: Timex) -> int | None:
    """Where the comma closing the expression ends, at most BEFORE_COMMA words after it, else None."""
    right = text[t.end:t.end + LOOK]
    brk = CLAUSE_BREAK.search(right)
    if brk is None or brk.group() not in "،," or len(WORD.findall(right[:brk.start()])) > BEFORE_COMMA:
        return None
    return t.end + brk.end()


def future_after(text: str, at: int) -> bool:
    rest = text[at:at + LOOK]
    brk = SENTENCE_BREAK.search(rest)
    return future_in(WORD.findall(rest[:brk.start() if brk else len(rest)])[:FUTURE_WORDS])


def future_before(text: str, at: int) -> bool:
    """Whether the sentence before `at` speaks of the future («ستكون هناك منافسة على الطاقة، ولاحقا على
    الأسلحة»)."""
    left = text[max(0, at - LOOK):at]
    cut = [m.end() for m in SENTENCE_BREAK.finditer(left)]
    return future_in(WORD.findall(left[cut[-1] if cut else 0:]))


def future_in(found: list[str]) -> bool:
    words = [unjoined(norm(w)) for w in found]
    cues = lexicon().cues
    prefixes, nouns = tuple(cues.get("future_prefix", ())), tuple(cues.get("not_future", ()))
    return any(is_cue(w, "future") or (len(w) >= 5 and w.startswith(prefixes) and not w.startswith(nouns))
               for w in words)


def _after_past_relative(text: str, t: Timex) -> bool:
    """Whether `t` stands at most LATER_REACH words after a relative pronoun and its perfective verb, in
    its clause («الذي اعتقل لاحقا», «الذي أعلن مسؤوليته لاحقا»; module doc)."""
    left = CLAUSE_BREAK.split(text[max(0, t.start - LOOK):t.start])[-1]
    words = [norm(w) for w in WORD.findall(left)][-(LATER_REACH + 2):]
    for i in range(len(words) - 2, -1, -1):
        if is_cue(words[i], "later_relative"):
            verb = words[i + 1]  # not «يجب», «سيتم», «سأورد», «نناقشه»: a present or future prefix
            return len(verb) >= 3 and not imperfective(verb) \
                and verb[0] not in lexicon().cues.get("not_past_letter", ())
    return False


def _after_opening_verb(text: str, t: Timex) -> bool:
    """Whether `t` stands at most VERB_REACH words after a perfective verb opening its clause with «و/ف»
    written onto it («ونقلت وسائل الإعلام التركية في وقت لاحق», «وأثنى خامنئي في وقت لاحق»): not a
    `preposition` or `story_verb_not` word (a particle, «نحن»), nor a definite word, nor an imperfective or
    a verb with a future prefix; no imperfective between them."""
    left = CLAUSE_BREAK.split(text[max(0, t.start - LOOK):t.start])[-1]
    words = [norm(w) for w in WORD.findall(left)]
    if not 2 <= len(words) <= VERB_REACH + 2 or words[0][:1] not in "وف":
        return False
    verb = words[0][1:]
    if len(verb) < 3 or verb.startswith("ال") or no_story_verb(verb) or imperfective(verb) \
            or future_in([verb]):
        return False
    return not any(imperfective(unjoined(w)) for w in words[1:-1])


def no_story_verb(word: str) -> bool:
    """A word opening a clause that is no perfective verb: a `preposition` or a `story_verb_not` cue."""
    return is_cue(word, "preposition") or is_cue(word, "story_verb_not")


def _story_later(text: str, t: Timex) -> bool:
    """Whether `t` is «لاحقا» of a story told (module doc): opening its clause or after a relative
    pronoun's perfective verb, no word of the future in its sentence, and, opening its clause, its verb
    right after it no imperfective («ولاحقاً، يعود الفريق»)."""
    if t.raw.kind != "ref" or not is_cue(t.raw.parts.get("ref", ""), "story_later") \
            or future_after(text, t.end) or future_before(text, t.start):
        return False
    if _after_past_relative(text, t):
        return True
    later_time = t.raw.parts.get("ref", "") != "لاحقا"  # «في وقت لاحق»: «في» before it
    if later_time and t.value != "FUTURE_REF":
        return False  # «في وقت لاحق اليوم», «في وقت لاحق هذا العام»: that day, that year
    if later_time and _after_opening_verb(text, t):
        return True
    if not _opens_clause(text, t, _IN if later_time else _OPENING):
        return False
    nxt = LETTER_RUN.search(text, t.end)  # past the tanween on «لاحقاً»
    return nxt is None or not imperfective(unjoined(norm(nxt.group())))


def narrative_later(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each "N later" of a narrative read as its length and each «لاحقا» of a story
    told left out (module doc)."""
    # «في وقت لاحق اليوم», «في وقت لاحق من هذا العام»: a date right after it is read with it (that day)
    starts = [t.start for t in timexes]
    out = [t for t in timexes if not (_story_later(text, t) and not any(
        t.end < s <= t.end + JOINED_REACH for s in starts))]
    for i, t in enumerate(out):
        p = t.raw.parts
        if t.raw.kind != "ago" or t.type != "DATE" or not t.value or not t.value[:1].isdigit() \
                or lexicon().ago.get(p.get("ago", ""), 0) <= 0 or not _opens_clause(text, t):
            continue
        comma = _closed_by_comma(text, t)
        if comma is None or future_after(text, comma):
            continue
        unit, n = unit_count(p)
        if n is not None:
            out[i] = replace(t, type="DURATION", value=duration(unit, n), mod=None)
    return out
