"""Events weighed, wished for or set as a condition, not reported: a head word before the trigger.

A noun of possibility, condition or opposition (احتمال توصل إيران إلى اتفاق, معارضتهم لإبرام اتفاق),
a verb of hoping with its preposition (ونأمل في حوار بين إيران ودول الخليج), a word of wanting
(عن رغبته في زيارة طهران) or of (lack of) interest (أنها غير مهتمة بحوار مع الولايات المتحدة) right
before an event's trigger makes the event something weighed, hoped for or refused, not something
that took place: no event (docs/realtext-annotation.md: hypothetical wording is no event). The head
is an `event_cues` row of kind unreal_head, one word or several, that ends right before the
trigger; a head noun of condition may stand a few indefinite adjectives before a trigger that
carries the lam of purpose («شرط لازم وضروري لإبرام اتفاق جيد مع إيران»).

A word of refusing before a noun of meeting or visiting, its refuser named between or not («مع رفض
ايران استقبال مشعل وقيادة حماس», «رفضت الحكومة استقبال الوفد»: `event_cues` kind refusal_head), makes
the meeting or visit one refused, not one held: no event. An agreement refused («رفض الكونغرس
الاتفاق») was still made, so the kind reads no agreement noun.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.events.triggers import Trigger
from marsad.events.words import Word

_UNREAL = frozenset({"unreal_head"})
_REFUSAL = frozenset({"refusal_head"})
_REFUSED = frozenset({"MEET", "VISIT"})  # what a refusal before its noun keeps from taking place
_HEAD_WORDS = 3  # the longest head (its preposition included): «يأمل في», «رغبتهم في»
_ADJECTIVES = 2  # indefinite adjectives between a head noun and a trigger with the lam (شرط لازم وضروري لـ)
_LAM = "ل"


def unreal_head(text: str, words: list[Word], t: Trigger) -> bool:
    """Whether an unreal_head cue ends right before trigger `t`, or a few indefinite adjectives
    before it when `t` carries the lam of purpose (شرط لازم وضروري لإبرام)."""
    for k in range(1, min(t.index, _HEAD_WORDS) + 1):
        cue = event_cues().at(words, t.index - k, _UNREAL)
        if cue is not None and cue.size == k:
            return True
    if not t.reading.clitic.endswith(_LAM):
        return False
    for k in range(2, min(t.index, 1 + _ADJECTIVES) + 1):
        between = words[t.index - k + 1:t.index]
        if any(w.norm.startswith(("ال", "وال")) for w in between) or any(
                text[a.end:b.start].strip() for a, b in zip(words[t.index - k:t.index],
                                                            words[t.index - k + 1:t.index + 1], strict=True)):
            return False  # شرط الحصول على ...: a definite word is no adjective of the head; marks part them
        cue = event_cues().at(words, t.index - k, _UNREAL)
        if cue is not None and cue.size == 1:
            return True
    return False


def refused(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a refusal_head cue stands right before noun trigger `t` of a meeting or a visit,
    or right before the name of its refuser there («رفض ايران استقبال مشعل»)."""
    if t.row.pos != "noun" or t.row.type not in _REFUSED:
        return False
    ws, k = sent.words, t.index - 1
    owner = ctx.mention_at(ws[k]) if k >= 0 else None
    while owner is not None and k >= 0 and ctx.mention_at(ws[k]) is owner \
            and not ctx.text[ws[k].end:ws[k + 1].start].strip():
        k -= 1  # past the refuser's name, no mark between
    if owner is not None and k >= 0 and ctx.text[ws[k].end:ws[k + 1].start].strip():
        return False
    return k >= 0 and event_cues().at(ws, k, _REFUSAL) is not None
