"""A session with a named chair is a body's own session, no event.

The guide (round 52) counts a body's own session with a named chair («ترأس مدير عام الشؤون الصحية
… اجتماعاً لتطوير برامج طب العيون بحضور …», «وعقدت اللجنة المحلية للانتخابات … اجتماعات تنسيقية
برئاسة المهندس X», «ترأس عدة اجتماعات بحضور عدد من كبار القياديين») as a meeting of one body with
itself: the chair is no second side, those present («بحضور») no party. A meeting noun
(`assembly` rows of lang/ar/event_senses.tsv) that a verb of chairing (`chair_verb`: ترأس) governs
a few words before it, or that the chairing (`chair_noun`: برئاسة) follows right after, is such a
session when no partner (مع, بين; a pronoun with مع) nor joint body (المشتركة) follows it and no
delegation (وفد) stands between the verb and the noun («ترأس وفد المملكة في اجتماعات …»: the
delegation meets the body). Round 53's outside audit: 3 of 60 events so, none right.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, sense_word
from marsad.events.triggers import Trigger

_VERB_BEFORE = 12  # words before the meeting noun where its verb of chairing may stand
_CHAIR_AFTER = 3  # words after the meeting noun where its chairing may stand
_PHRASE = 10  # words after the meeting noun read for a partner or a joint body
_PARTNER = frozenset({"partner_prep"})


def chaired_session(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the meeting noun `t` is a session its named chair presides over, with no partner."""
    ws = sent.words
    if t.row.type != "MEET" or t.row.pos != "noun" or t.possessed or not sense_word(ws[t.index], "assembly"):
        return False
    j = t.index + t.size
    chaired = any(sense_word(ws[k], "chair_noun") for k in range(j, min(len(ws), j + _CHAIR_AFTER)))
    if not chaired:
        for k in range(t.index - 1, max(-1, t.index - 1 - _VERB_BEFORE), -1):
            if sense_word(ws[k], "delegation") or event_cues().at(ws, k, _PARTNER) is not None:
                return False  # «ترأس وفد المملكة في اجتماعات الجمعية»: the delegation meets the body
            if sense_word(ws[k], "chair_verb"):
                chaired = True
                break
    if not chaired:
        return False
    for k in range(j, min(len(ws), j + _PHRASE)):
        if event_cues().at(ws, k, _PARTNER) is not None or sense_word(ws[k], "joint_body") \
                or sense_word(ws[k], "partner_pronoun"):
            return False  # «ترأس X اجتماعاً مع Y»: talks with a partner
    return True
