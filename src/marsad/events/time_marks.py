"""A past event recalled as a time mark: «بعد توقيع الاتفاق», «عقب اجتماع ...», «بعد خمسة أيام فقط من
توقيع الاتفاق في فيينا». The noun tells when something else happened, and the clause around it does
not name its parties (`extract_events` skips it); where the noun names its parties after «بين»
(«تحسنت العلاقات عقب اجتماعات بين آبي والرئيس الصيني»), it reports the event with them, as a doer
named after it does (`party_lists.doer_after`), after a word of sequence (بعد, منذ, عقب), and so
does a partner named by a plural office after «مع» («عقب اجتماع مشترك مع وزراء خارجية دول مجلس
التعاون»); a date the event names («من تاريخ توقيع العقد بين X و Y») stays a mark. On the
events-dev gold (dev rows) the «بين» case took one missed meeting and made no false one, and so did
the «مع» case (round 34).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues
from marsad.events.party_lists import between_parties, office_groups, partner_named
from marsad.events.subordinate import clause_mark_before
from marsad.events.triggers import Trigger
from marsad.lang.normalize import normalize

_BACKGROUND = frozenset({"background"})
_GROUP_OFFICE = frozenset({"group_office"})
_WITH = frozenset({"partner_prep"})
_GROUP_AFTER = 5  # words from the noun to a plural office (اجتماع مشترك مع وزراء)
_FROM = normalize("من")
_MARK_REACH = 5  # words a time word may stand before «من» (بعد خمسة أيام فقط من): the windows' largest


def time_mark(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a time word (`event_cues` kind background) stands right before the noun trigger
    (بعد توقيع الاتفاق), or, within its window and with a span of time between, before «من» right
    before it (بعد خمسة أيام فقط من توقيع الاتفاق في فيينا): a past event recalled as a time mark,
    whose parties the clause around it does not name («بعثت ألمانيا وفدًا ...»: Germany signed
    nothing); not «بعد خروجه من اجتماع مع X», where «من» is the verbal noun's own, nor one whose
    doer is named after it past titles («بعد أيام من لقاء الرئيس فلاديمير بوتين ... مع الزعيم
    الصيني»: a report of the meeting), nor one right after a word of sequence (بعد, منذ, عقب: a
    window in the table) that names its parties after «بين» («تحسنت العلاقات عقب اجتماعات بين آبي
    والرئيس الصيني»: the meetings reported); a day or a date the event names (من تاريخ توقيع العقد
    بين X و Y, ذكرى, يوم: no window) stays a time mark whoever it names."""
    ws = sent.words
    cue = event_cues().at(ws, t.index - 1, _BACKGROUND)
    if cue is not None:
        return int(cue.value or 0) == 0 or (len(between_parties(ctx, sent, [t])) < 2
                                            and not _group_named_after(ctx, sent, t))
    if t.index < 2 or ws[t.index - 1].norm != _FROM:
        return False
    for k in range(t.index - 2, max(-1, t.index - 2 - _MARK_REACH), -1):
        if clause_mark_before(ctx, ws, k + 1) or ctx.mention_at(ws[k]) is not None:
            return False  # a comma or a name between: no one time phrase
        cue = event_cues().at(ws, k, _BACKGROUND)
        if cue is not None:  # a span of time between (خمسة أيام), not «بعد خروجه من اجتماع مع X»
            spanned = any(ctx.in_timex(w) for w in ws[k + 1:t.index - 1])
            return spanned and t.index - 1 - k <= int(cue.value or 0) \
                and not partner_named(ctx, ws, t.index + t.size)  # «بعد أيام من لقاء الرئيس X»: told
    return False


def _group_named_after(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether «مع» and a plural office after it stand a few words after the noun, in its
    clause, with the countries or bodies the office's holders stand for named after it
    (`party_lists.office_groups`): the meeting's partners («وقال كيري في مؤتمر صحفي عقب اجتماع
    مشترك مع وزراء خارجية دول مجلس التعاون في الدوحة»), a report of it. A plural office in the
    genitive with no «مع» («عقب اجتماع وزراء خارجية الاتحاد الأوروبي») is mostly a body
    meeting itself, named no partner: a time mark still."""
    ws = sent.words
    j = t.index + t.size
    partner = False
    for k in range(j, min(len(ws), j + _GROUP_AFTER)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False  # a comma or a stop closes the noun's phrase
        partner |= event_cues().at(ws, k, _WITH) is not None
        if partner and event_cues().at(ws, k, _GROUP_OFFICE) is not None:
            named = office_groups(ctx, sent, [t], ctx.mentions_in(sent.start, sent.end))
            return any(m.start > ws[k].start for m in named)
    return False
