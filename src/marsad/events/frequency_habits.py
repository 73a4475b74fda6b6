"""A visit or meeting told with a word of frequency after it is a habit, no one happening (issue 15,
round 48, events-dev-fresh29: «على أن يزوره حسب الاستطاعة مرة أو مرتين في الشهر»): an imperfect verb
trigger with no future prefix and a `habit_after` row of event_senses (مرة في الشهر, كل أسبوع, سنويا)
within the row's window of words after it, before a clause break. Words of frequency before a trigger
(غالبا ما, عادة ما) are `status.told_as_habit`'s own."""

from __future__ import annotations

from marsad.events.lexicon import event_senses
from marsad.events.triggers import Trigger
from marsad.events.verb_tense import imperfect
from marsad.events.words import Word

_BREAK = frozenset({"clause_break"})
_HABIT_AFTER = frozenset({"habit_after"})


def habit_after(words: list[Word], trig: Trigger) -> bool:
    """Whether `trig` is an imperfect verb with no future prefix and a word of frequency a few words
    after it: visits paid again and again («يزوره مرة أو مرتين في الشهر»), not one planned
    («سيزور الرياض مرة في الشهر»: its prefix tells what is to come)."""
    if trig.row.pos != "verb" or trig.reading.future or not imperfect(trig.row.forms[0]):
        return False
    end = trig.index + trig.size
    for j in range(end, len(words)):
        if event_senses().at(words, j, _BREAK) is not None:
            return False
        cue = event_senses().at(words, j, _HABIT_AFTER)
        if cue is not None and j - end <= int(cue.value or 0):
            return True
    return False
