"""Whether an event happened, is planned, expected, hypothetical or denied, from tense and
modality cues.

A future prefix on the trigger (سيجتمع) means planned; cue words before the trigger in its
sentence (`event_cues.tsv`: من المقرر, من المتوقع, نفى, لم, إذا, هل ...) set the status, within the
row's window of words (0: anywhere before). Otherwise the event happened.
"""

from __future__ import annotations

from marsad.events.lexicon import event_cues
from marsad.events.triggers import Trigger
from marsad.events.words import Word

_STATUS = frozenset({"planned", "expected", "denied", "hypothetical"})
_PRIORITY = ("denied", "hypothetical", "expected", "planned")


def status_of(words: list[Word], trig: Trigger) -> str:
    found: set[str] = set()
    for j in range(trig.index):
        cue = event_cues().at(words, j, _STATUS)
        if cue is None:
            continue
        window = int(cue.value or 0)
        if window == 0 or trig.index - (j + cue.size) < window:
            found.add(cue.kind)
    if trig.reading.future:
        found.add("planned")
    for s in _PRIORITY:
        if s in found:
            return s
    return "happened"
