"""A past event recalled as a time mark: «بعد توقيع الاتفاق», «عقب اجتماع ...», «بعد خمسة أيام فقط من
توقيع الاتفاق في فيينا». The noun tells when something else happened, and the clause around it does
not name its parties (`extract_events` skips it); where the noun names its parties after «بين»
(«تحسنت العلاقات عقب اجتماعات بين آبي والرئيس الصيني»), it reports the event with them, as a doer
named after it does (`noun_participants.doer_after`), after a word of sequence (بعد, منذ, عقب), and so
does a partner named by a plural office after «مع» («عقب اجتماع مشترك مع وزراء خارجية دول مجلس
التعاون»), and so does a plural office in the genitive naming a body with a partner after «مع» in
the same phrase («عقب اجتماع وزراء خارجية دول مجلس التعاون مع وزير خارجية الولايات المتحدة»: both
sides named; a «، في X» right after the phrase is its place); a date the event names («من تاريخ
توقيع العقد بين X و Y») stays a mark. On the events-dev gold (dev rows) the «بين» case took one
missed meeting and made no false one, and so did the «مع» case (round 34); the genitive case two.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, office_word, title_word
from marsad.events.noun_participants import partner_named
from marsad.events.party_lists import between_parties, office_groups
from marsad.events.subordinate import clause_mark_before
from marsad.events.triggers import Trigger
from marsad.events.words import BETWEEN, WITH
from marsad.lang.clitics import pronoun_suffixes
from marsad.lang.normalize import normalize
from marsad.model import Span

_BACKGROUND = frozenset({"background"})
_GROUP_OFFICE = frozenset({"group_office"})
_WITH = frozenset({"partner_prep"})
_GROUP_AFTER = 5  # words from the noun to a plural office (اجتماع مشترك مع وزراء)
_COURTESY = frozenset({"courtesy_group"})
_PLACE = frozenset({"place_prep"})
_COMMAS = ("،", ",")
_SIDES_REACH = 16  # words from a genitive plural office to the «مع» of the meeting's other side
_PARTNER_TITLES = 4  # words after «مع» where the partner's name starts (مع وزير خارجية الولايات المتحدة)
_FROM = normalize("من")
_PHRASE_STOPS = frozenset("،,.;؛:!?؟()")  # what closes a recalled deal's phrase
_DEAL_REACH = 5  # words from a signing noun to the «بين» or «مع» of its sides (توقيع الاتفاق النووي مع)
_COUNTERPART = frozenset({"counterpart"})
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
        if recalled_deal(ctx, sent, t) is not None:
            return False  # بعد توقيع الاتفاق النووي مع إيران: a deal recalled with a side, reported
        return int(cue.value or 0) == 0 or (len(between_parties(ctx, sent, [t])) < 2
                                            and not _group_named_after(ctx, sent, t)
                                            and not _one_partner_after(ctx, sent, t)
                                            and _partner_with(ctx, sent, t) is None)
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


@dataclass(frozen=True, slots=True)
class RecalledDeal:
    """A signing told as a time mark with a side named (`recalled_deal`)."""

    sides: frozenset[str]  # the actors its phrase names (`_deal_sides`): its parties, where any is one
    dated: bool  # its phrase tells a time of its own (`_deal_date_told`); else it has no date


def recalled_deal(ctx: ArticleContext, sent: Sentence, t: Trigger) -> RecalledDeal | None:
    """A signing noun right after a word of sequence (بعد, منذ, عقب: a window in the table) that
    names a side of the deal in its phrase (`_deal_side_named`): an AGREE that happened (round 49,
    third reader), reported though told as a time mark; None for any other trigger."""
    cue = event_cues().at(sent.words, t.index - 1, _BACKGROUND) if t.index else None
    if cue is None or int(cue.value or 0) <= 0 or not _signing(t) or not _deal_side_named(ctx, sent, t):
        return None
    return RecalledDeal(_deal_sides(ctx, sent, t), _deal_date_told(ctx, sent, t))


def _deal_sides(ctx: ArticleContext, sent: Sentence, t: Trigger) -> frozenset[str]:
    """The actors a recalled deal's phrase names, from the noun to the comma or stop that closes
    it («بعد توقيع الاتفاق النووي بين طهران ومجموعة 5+1»: Tehran and the group), its sides alone:
    «وهاجم المرشد خامنئي بعيد توقيع الاتفاق مع إيران» is Iran's deal, not Khamenei's. Empty for
    a side named by a pronoun (بينها), left to the parties read before."""
    ws = sent.words
    j = t.index + t.size
    end = ws[-1].end
    for k in range(j + 1, len(ws)):
        if any(c in _PHRASE_STOPS for c in ctx.text[ws[k - 1].end:ws[k].start]):
            end = ws[k - 1].end  # not a quotation mark: «مجموعة «5 + 1»» goes on
            break
    return frozenset(ctx.entity_of(m) for m in ctx.mentions_in(ws[j].start if j < len(ws) else end, end))


def _deal_date_told(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether the phrase of a recalled deal tells a time of its own («منذ توقيع اتفاقية الاستقدام
    بين البلدين مطلع العام الجاري»), before a comma or a stop closes it: else the deal has no date,
    however well its day is known (round 49, third reader)."""
    ws = sent.words
    j = t.index + t.size
    for k in range(j, min(len(ws), j + _DEAL_REACH + _DEAL_REACH)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False
        if ctx.in_timex(ws[k]):
            return True
    return False


def _signing(t: Trigger) -> bool:
    """Whether an agreement noun tells the deal signed or made (توقيع, إبرام: the agreement noun
    it needs after it), not the deal itself named as a topic («بعد الاتفاق النووي بين طهران
    والقوى الدولية», events-dev-fresh16 12965: none where no signing is told, round 41)."""
    return t.row.type == "AGREE" and bool(t.row.needs) and BETWEEN not in t.row.needs


def _deal_side_named(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether an agreement noun recalled after a word of sequence names a side of the deal in its
    own phrase, a name right after «بين» or «مع» before a comma or a stop closes it («منذ توقيع
    اتفاقية الاستقدام بين البلدين», «بعد توقيع الاتفاق النووي الإيراني مع الدول الخمس + واحد»):
    the deal reported with its sides (round 49, third reader), not a bare mark of time."""
    ws = sent.words
    j = t.index + t.size
    for k in range(j, min(len(ws) - 1, j + _DEAL_REACH)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False  # a comma or a stop closes the noun's phrase
        if _pointing_back(ws[k].norm):
            return any(ctx.mention_at(w) is not None for w in ws[:t.index])  # بينها: a side named before
        if ws[k].norm in (WITH, BETWEEN) and not ctx.text[ws[k].end:ws[k + 1].start].strip(" \u00a0"):
            return ctx.mention_at(ws[k + 1]) is not None
    return False


def _pointing_back(norm: str) -> bool:
    """Whether a word is «بين» or «مع» with a pronoun suffix (بينها, معها, بينهما)."""
    return any(norm.startswith(p) and norm[len(p):] in pronoun_suffixes() for p in (WITH, BETWEEN))


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


def _one_partner_after(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a meeting noun is followed, in its phrase, by «مع» and a person or a body named
    past titles or a counterpart noun («وقال الجبير بعد محادثات مع نظيره الروسي سيرجي لافروف»,
    «عقب اجتماع مطول مع رئيس الوزراء X»): the talks of the clause's subject with that partner,
    reported, not a bare mark of time («بعد توقيع الاتفاق»). An agreement or a visit with «مع» is
    left a mark: «بعد توقيع الاتفاق مع X» is mostly a deal recalled, «بعد زيارة مع X» a companion."""
    if t.row.type != "MEET":
        return False
    ws = sent.words
    j = t.index + t.size
    for k in range(j, min(len(ws) - 1, j + _GROUP_AFTER)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False  # a comma or a stop closes the noun's phrase
        if ctx.mention_at(ws[k]) is not None:
            return False
        if ws[k].norm == WITH:
            if ctx.text[ws[k].end:ws[k + 1].start].strip(" \u00a0"):
                return False
            at = k + 1 + (event_cues().at(ws, k + 1, _COUNTERPART) is not None)
            return partner_named(ctx, ws, at)
    return False


def sides_place(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The place of a meeting noun whose two sides its phrase names (`_partner_with`), told
    in a «، في X» right after the phrase («... مع وزير خارجية الولايات المتحدة، في الدوحة»)."""
    ws, j = sent.words, _partner_with(ctx, sent, t)
    if j is None:
        return None
    for k in range(j + 1, min(len(ws) - 1, j + _SIDES_REACH)):
        gap = ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0")
        if not gap:
            continue
        if gap not in _COMMAS or event_cues().at(ws, k, _PLACE) is None:
            return None
        m = ctx.mention_at(ws[k + 1])
        return m if m is not None and m.label == "LOC" and m.start == ws[k + 1].start else None
    return None


def _partner_with(ctx: ArticleContext, sent: Sentence, t: Trigger) -> int | None:
    """The word of «مع» before the partner when the noun's doer is a plural office in the genitive
    right after it (past courtesy words), with the body its holders stand for named
    (`party_lists.office_groups`), and a partner is named after «مع» further in the same phrase
    («رحب المجلس بالبيان المشترك الصادر عقب اجتماع أصحاب السمو والمعالي وزراء خارجية دول مجلس
    التعاون والأمين العام للمجلس مع وزير خارجية الولايات المتحدة»): both sides named, the meeting
    is reported, not a mark of time; None otherwise."""
    ws = sent.words
    k = t.index + t.size
    while k < len(ws) and (event_cues().at(ws, k, _COURTESY) is not None
                           or (office_word(ws[k].norm) and not title_word(ws[k].norm))):
        k += 1  # أصحاب السمو والمعالي
    if k >= len(ws) or event_cues().at(ws, k, _GROUP_OFFICE) is None:
        return None
    groups = office_groups(ctx, sent, [t], ctx.mentions_in(sent.start, sent.end))
    if not any(m.start > ws[k].start for m in groups):
        return None
    for j in range(k + 1, min(len(ws) - 1, k + _SIDES_REACH)):
        if ctx.text[ws[j - 1].end:ws[j].start].strip(" \u00a0"):
            return None  # a comma or a stop closes the noun's phrase
        if event_cues().at(ws, j, _WITH) is not None:
            named = not ctx.text[ws[j].end:ws[j + 1].start].strip(" \u00a0") and any(
                ctx.mention_at(w) is not None for w in ws[j + 1:j + 1 + _PARTNER_TITLES])
            return j if named else None
    return None
