"""Agreements told as what a reported meeting or visit reached: the meeting's content, no AGREE.

The guide (the events-dev-fresh4 rule, round 49's joint statements, ruled in round 50): agreements
reached within a reported meeting or call are its content, not an AGREE of their own, «whatever words
tell it» — «خلال الاجتماع اتفق المعلم وبن علوي على أن الوقت حان», «تكللت الزيارة … ولقاؤه الرئيس
عبدالفتاح السيسي، باتفاق بين الرياض والقاهرة». A word of agreeing (the `accord_verb` senses, the noun
«اتفاق»; never one of signing: «وقع», «توقيع», «أبرم», «اتفاقية», which stay AGREEs, as agreements signed
during a visit do) is such content where an `event_cues` row of kind meeting_content stands:
«خلال» + a noun of meeting, visiting or calling right before it, or after it past a short subject
with no mark between (window 1), or a verb of crowning anywhere before it in its sentence, the noun
taking its «ب» (window 0: «تكللت … باتفاق»).
"""

from __future__ import annotations

from marsad.events.lexicon import event_cues, sense_forms
from marsad.events.triggers import Trigger
from marsad.events.words import Word
from marsad.lang.normalize import normalize

_CONTENT = frozenset({"meeting_content"})
_ACCORD_NOUN = normalize("اتفاق")  # the noun of agreeing; «اتفاقية» is a signed instrument
_WITH = "ب"  # the preposition a verb of crowning takes (تكللت ... باتفاق)
_LONGEST = 2  # words of the longest row (خلال الاجتماع)
_SUBJECT = 3  # words of the subject a row after the verb may stand past (اتفقت السعودية ومصر خلال الزيارة)


def _accord(t: Trigger) -> bool:
    form = t.row.forms[0]
    return form in sense_forms("accord_verb") or (t.row.pos == "noun" and normalize(form) == _ACCORD_NOUN)


def agreed_in_a_meeting(text: str, words: list[Word], t: Trigger) -> bool:
    """Whether AGREE trigger `t`, a word of agreeing, is told as a reported meeting's content."""
    if t.row.type != "AGREE" or not _accord(t):
        return False
    for k in range(1, min(t.index, _LONGEST) + 1):  # خلال الاجتماع اتفق
        cue = event_cues().at(words, t.index - k, _CONTENT)
        if cue is not None and cue.size == k and cue.value == "1":
            return True
    after = t.index + t.size  # اتفقا خلال اللقاء على, واتفقت السعودية ومصر خلال الزيارة
    for j in range(after, min(len(words), after + _SUBJECT + 1)):
        if j > after and text[words[j - 1].end:words[j].start].strip():
            break  # a mark ends the verb's subject
        if (cue := event_cues().at(words, j, _CONTENT)) is not None and cue.value == "1":
            return True
    if not t.reading.clitic.endswith(_WITH):
        return False  # «تكللت الزيارة ... باتفاق»: the crowning verb's ب, the visit's outcome
    return any(cue.value == "0" for j, cue in event_cues().each(words, _CONTENT) if j < t.index)
