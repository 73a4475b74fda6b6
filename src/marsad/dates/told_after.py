"""«وخرج المريض من العناية المركزة إلى قسم الجراحة العامة بعد 13 يوما», «دوري الأولى، الذي غادره نهاية
الموسم الماضي بعد 16 عاما»: «بعد» + a count inside a clause of past narration is a length measured from
the happening the clause tells, not the day that many units after the writing day (round 52's outside
dates audit read both as dates from now: 2015-08-14, 2031).

The guide's round-51 ruling (a count after «بعد» in past narration, measured from a told happening, is a
`DURATION`, the count alone its span) covers «بعد 21 يوما من إحباط» and «بعد دقيقة واحدة فقط أدركت»;
`narrative_after` reads the count opening its clause. This reads it inside its clause: the clause
opens with a perfective verb written with «و/ف» («وخرج», «وتم»: a `short_past_verb` cue of two letters)
or holds a relative pronoun and its perfective verb («الذي غادره»), at most REACH words before «بعد»,
with no imperfective verb, no `story_verb_not` word («أن», «إن», «لم») between, and no word of the
future in its sentence («وأعلن الوزير أن المباراة ستقام بعد أسبوع» keeps its date).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.dates.lexicon import lexicon, norm
from marsad.dates.narrative import CLAUSE_BREAK
from marsad.dates.narrative_after import LOOK, future_after, future_before, future_in, no_story_verb
from marsad.dates.tense import unjoined
from marsad.dates.units import duration, unit_count
from marsad.dates.word_forms import imperfective, is_cue
from marsad.lang.words import LETTER_RUN, WORD

if TYPE_CHECKING:
    from marsad.dates.extract import Timex

REACH = 20  # words at most between the clause's verb and «بعد»


def _perfective(word: str) -> bool:
    """A normalised word that may be a perfective verb: not definite, no `preposition` or
    `story_verb_not` word, no imperfective, no verb of the future; three letters at least or a
    `short_past_verb` cue («تم»)."""
    if not (len(word) >= 3 or is_cue(word, "short_past_verb")):
        return False
    return not (word.startswith("ال") or no_story_verb(word) or imperfective(word) or future_in([word]))


def _past_clause(words: list[str]) -> bool:
    """Whether `words` (those of the clause before «بعد») tell a past happening (module doc)."""
    if not words:
        return False
    opening = words[0][1:] if words[0][:1] in "وف" else ""
    start = 1 if opening and _perfective(opening) else None
    if start is None:
        for i in range(len(words) - 2, -1, -1):
            if is_cue(words[i], "later_relative"):
                start = i + 2 if _perfective(words[i + 1]) else None
                break
    if start is None or len(words) - start > REACH:
        return False
    return not any(imperfective(unjoined(w)) or is_cue(w, "story_verb_not") for w in words[start:])


def _counted_from_now(text: str, t: Timex) -> bool:
    """«موعد للجري بعد أسبوعين من الآن»: «من» and a `no_reference` word right after it count from now;
    «بعد شهر الصيام»: a unit with no count before a definite word is a noun in construct, no count."""
    after = [norm(w) for w in WORD.findall(text[t.end:t.end + LOOK])[:2]]
    if len(after) == 2 and after[0] == "من" and is_cue(after[1], "no_reference"):
        return True
    return not t.raw.parts.get("num") and bool(after) and after[0].startswith("ال")


def told_after(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each «بعد» + a count inside a clause of past narration read as its length, the
    count alone its span (module doc)."""
    out = list(timexes)
    for i, t in enumerate(out):
        p = t.raw.parts
        if t.raw.kind != "ago" or t.type != "DATE" or not t.value or not t.value[:1].isdigit() \
                or lexicon().ago.get(p.get("ago", ""), 0) <= 0:
            continue
        left = CLAUSE_BREAK.split(text[max(0, t.start - LOOK):t.start])[-1]
        if not _past_clause([norm(w) for w in WORD.findall(left)]) \
                or future_after(text, t.end) or future_before(text, t.start):
            continue
        if _counted_from_now(text, t):
            continue
        unit, n = unit_count(p)
        count = LETTER_RUN.search(text, t.start)  # «بعد» itself: the count starts after it
        if n is None or count is None:
            continue
        begin = next((m.start() for m in WORD.finditer(text, count.end(), t.end)), None)
        if begin is not None:
            out[i] = replace(t, start=begin, type="DURATION", value=duration(unit, n), mod=None)
    return out
