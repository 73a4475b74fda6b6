"""The speaker of a verb of saying with «فيه» or «فيها» after it (a relative clause on the thing
done before it) when that thing was done by the person who opens the reported clause it stands
in: «ونقلت الوكالة عن مصادر أن [سامي العلي] أجرى اتصالات مع قادة الحزب، قال فيها: …» is
سامي العلي, who made the calls, not the agency nor the sources nor the last speaker."""

from __future__ import annotations

from marsad.events.context import Sentence
from marsad.events.lexicon import quote_cues
from marsad.events.speaker_agreement import agrees
from marsad.events.speakers import SpeakerTracker

_COMPLEMENTIZER = frozenset({"complementizer"})
_CLAUSE_WORDS = 20  # words from the complementizer to the verb of saying


def clause_opening_person(tracker: SpeakerTracker, sent: Sentence, k: int,
                          agreement: str | None) -> str | None:
    """The person named right after the last complementizer before word `k` («أن [X] أجرى
    …»), when no other person is named between him and the verb, no stop but commas stands
    there, and the verb agrees with him; None otherwise."""
    ws, ctx = sent.words, tracker.ctx
    found = quote_cues().nearest_before(ws, k, _COMPLEMENTIZER, max(0, k - _CLAUSE_WORDS))
    if found is None or found[0] + 1 >= k:
        return None
    j = found[0]
    m = ctx.mention_at(ws[j + 1])
    if m is None or m.label != "PER" or m.start != ws[j + 1].start:
        return None
    others = [o for o in ctx.mentions_in(m.end, ws[k].start)
              if o.label == "PER" and ctx.entity_of(o) != ctx.entity_of(m)]
    if others or any(ch in ".:؛!?؟" for ch in ctx.text[m.end:ws[k].start]):
        return None
    speaker, named = tracker.explicit(sent, j + 1, j + 2)
    if not named or speaker not in tracker.persons or not agrees(agreement, tracker.gender_of(speaker)):
        return None
    return speaker
