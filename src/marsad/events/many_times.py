"""Events told as several happenings at once: a word of repetition after the trigger in its clause
(«زار الرئيس كينيا مرتين في السابق», «تمكن خيزران من زيارة إسرائيل مرات عدة», `many_times` rows of
event_cues within their window). Such a report tells other visits or meetings than the one the
article reports, so it is no repeat of it (`happenings.consolidate`, `repeats.late_repeats`)."""

from __future__ import annotations

from marsad.events.lexicon import event_cues
from marsad.events.triggers import Trigger
from marsad.events.words import Word

_MANY_TIMES = frozenset({"many_times"})
_CLAUSE_ENDS = frozenset({"،", ",", "؛", ";", ".", ":"})


def told_many_times(text: str, words: list[Word], t: Trigger) -> bool:
    """Whether a word of repetition stands within its window after trigger `t`, in its clause (no
    comma, semicolon or stop between them: «زار كينيا، وسيزورها مرتين» is not the visit told)."""
    end = t.index + t.size
    for k in range(end, len(words)):
        if k > end and text[words[k - 1].end:words[k].start].strip() in _CLAUSE_ENDS:
            return False
        cue = event_cues().at(words, k, _MANY_TIMES)
        if cue is not None:
            return k - end < int(cue.value or _WIDEST)
        if k - end >= _WIDEST:
            return False
    return False


_WIDEST = 6  # words past the trigger worth reading: wider than any row's window
