"""A body's own meeting is no event between actors.

The guide counts «meetings of one body with itself unless the participants are named» as no
events (docs/realtext-annotation.md § Events): «اجتماعات الحزب الحاكم المقبلة», «اجتماع اللجنة
التنفيذية للفيفا», «اجتماع وزراء خارجية الاتحاد الأوروبي في بروكسل», «قمة الاتحاد الأفريقي».
A meeting noun (`assembly` rows of lang/ar/event_senses.tsv: اجتماع, قمة) whose next word is
a body or its members (`members_body` rows: اللجنة, المجلس, الحزب, وزراء, سفراء) or the name of
an organisation, is such a meeting when the phrase names one actor at most and no partner
follows it (مع, بين). A joint body (`joint_body`: المشتركة, الثلاثية) stands for several states
and is left alone: «اجتماع اللجنة السعودية الفرنسية المشتركة» is talks of the two.

A verb of meeting with no object (`assembly_verb` rows: اجتمع, تجتمع) whose subject, right after it
past time words, is such a body is its own session too, when its phrase names one actor at most and
no partner («تجتمع اللجنة التنفيذية في الفيفا غدا بمدينة زيوريخ», «ويجتمع مجلس الاحتياطي الاتحادي
في وقت لاحق»; round 52: 2 of 304 events on records 12000-13999 outside every gold and 1 of the
round 51 audit's 41, none right). A person after the verb (اجتمع الأمير X), a partner (مع, a second
name: اجتمع المجلس بالرئيس X; a pronoun with مع for a partner named before, «أميركا التي اجتمع
الحوثيون معها»: events-dev-fresh15) keep the meeting.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, sense_word
from marsad.events.triggers import Trigger
from marsad.events.words import Word

_PHRASE = 7  # words after the meeting noun read for the body's phrase, its partner and its names
_PARTNER = frozenset({"partner_prep"})
_PLACE = frozenset({"place_prep", "goal_prep"})


def own_meeting(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the meeting noun or verb `t` is one body's own meeting that names no other party."""
    ws = sent.words
    if t.row.type == "MEET" and t.row.pos == "verb" and sense_word(ws[t.index], "assembly_verb"):
        j = t.index + t.size
        while j < len(ws) and ctx.in_timex(ws[j]):
            j += 1  # ويجتمع اليوم مجلس الاحتياطي
        return j < len(ws) and _body_alone(ctx, ws, j)  # تجتمع اللجنة التنفيذية في الفيفا غدا
    if t.row.type != "MEET" or t.row.pos != "noun" or t.possessed or not sense_word(ws[t.index], "assembly") \
            or ctx.mentions_in(sent.start, sent.end, ("PER",)):
        return False  # «أكد X خلال مشاركته في اجتماع وزراء الشؤون الخارجية بالاتحاد الأوروبي»: X met them
    j = t.index + t.size
    return j < len(ws) and _body_alone(ctx, ws, j)


def _body_alone(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a body or its members stand at `j` (`members_body` or an organisation named) in a
    phrase that names one actor at most and no partner."""
    m = ctx.mention_at(ws[j])
    named_body = m is not None and m.label == "ORG" and m.start <= ws[j].start
    if not (sense_word(ws[j], "members_body") or named_body):
        return False
    names: set[str] = set()
    for k in range(j, min(len(ws), j + _PHRASE)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0") \
                or event_cues().at(ws, k, _PLACE) is not None:
            break  # a comma, a bracket or a place's preposition (في فيينا) ends the phrase
        if event_cues().at(ws, k, _PARTNER) is not None or sense_word(ws[k], "joint_body") \
                or sense_word(ws[k], "partner_pronoun"):
            return False  # «أميركا التي اجتمع الحوثيون معها»: a partner named before
        if (m := ctx.mention_at(ws[k])) is not None:
            names.add(ctx.entity_of(m))
    return len(names) <= 1
