"""An event noun that is the subject of a verb of holding in the future is still to come (issue
15, round 35 fresh-text audit: «اجتماع اللجنة التنفيذية ... سيعقد يوم 20 يوليو» read as held;
«زيارته لإيران ستجري هذا العام»): the noun, its complement and the predicate «سيعقد», «ستجرى»,
«ستنعقد» (`event_senses` kind held_to_come, within its window of words after the noun, before a
clause break). A verb with «و» written on it opens a clause of its own and is no predicate of
the noun («وناقش الاجتماع ... وستعقد اللجنة اجتماعها»: the meeting told is held); so is one
past a relative pronoun («الاجتماع الذي عقد أمس»). A verb of holding after «قد» (`held_maybe`:
«إن قمة أخرى بين الزعيمين قد تعقد هذا العام», round 48 ruling) tells the event as expected."""

from __future__ import annotations

from marsad.events.lexicon import event_senses
from marsad.events.triggers import Trigger
from marsad.events.words import Word

_HELD_TO_COME = frozenset({"held_to_come"})
_HELD_MAYBE = frozenset({"held_maybe"})
_BREAK = frozenset({"clause_break"})


def held_to_come(words: list[Word], trig: Trigger) -> bool:
    """Whether noun trigger `trig` is the subject of a future verb of holding after it."""
    return _subject_of(words, trig, _HELD_TO_COME)


def held_maybe(words: list[Word], trig: Trigger) -> bool:
    """Whether noun trigger `trig` is the subject of «قد» + an imperfect verb of holding after it."""
    return _subject_of(words, trig, _HELD_MAYBE)


def _subject_of(words: list[Word], trig: Trigger, kinds: frozenset[str]) -> bool:
    """Whether noun trigger `trig` is the subject of a predicate of `kinds` after it, within the
    row's window and before a clause break."""
    if trig.row.pos != "noun":
        return False
    end = trig.index + trig.size
    for j in range(end, len(words)):
        if event_senses().at(words, j, _BREAK) is not None:
            return False
        cue = event_senses().at(words, j, kinds)
        if cue is not None:
            return j - end <= int(cue.value or 0)
    return False
