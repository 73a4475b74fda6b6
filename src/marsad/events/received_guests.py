"""A reception noun with its host's pronoun (خلال استقباله, لدى استقباله) whose guest is named or
given by office a few words after it, past the day, the place and one comma (جاء ذلك خلال استقباله
أمس في مكتبه بالإمارة، محافظ المؤسسة العامة للتدريب التقني X; وقال لدى استقباله محافظ المؤسسة;
خلال استقباله لولي ولي العهد ... الأمير X): the noun tells of a reception with its own guest, as
«خلال لقائه بالرئيس X» does (`noun_participants.attached`); the host is the one the pronoun stands for."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, office_word, title_word
from marsad.events.triggers import Trigger, possessed_only
from marsad.events.words import Word

_REACH = 8  # words from the noun to its guest's name or office
_COMMAS = ("،", ",")


def guest_after(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a possessed reception noun (`possessed_only` in event_senses.tsv) names its guest
    after it (by name or office), past time words, places and at most one comma, before any other
    trigger."""
    if not t.possessed or t.row.pos != "noun" or not possessed_only(t.row.forms[0]):
        return False
    ws = sent.words
    j = t.index + t.size
    others = {o.index for o in sent.triggers() if o.index != t.index}
    commas = 0
    for k in range(j, min(len(ws), j + _REACH)):
        gap = ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0")
        if gap:
            commas += 1
            if gap not in _COMMAS or commas > 1:
                return False
        if k in others:
            return False
        if ctx.in_timex(ws[k]):
            continue
        m = ctx.mention_at(ws[k])
        if m is not None:
            if m.label == "PER":
                return True
            continue  # في مكتبه بالإمارة: the place of the reception
        if title_word(ws[k].norm):
            return True
    return False


_PLACE = frozenset({"place_prep"})
_COURTESY = frozenset({"courtesy_group"})
_OBJECT_REACH = 30  # words from a reception verb to the office of the group it receives
_PARENS = "()"


def received_past_adjuncts(ctx: ArticleContext, sent: Sentence, t: Trigger, i: int) -> bool:
    """Whether the plural office at word `i` is the object of the reception verb `t` (استقبل),
    named after the verb's subject and its offices and past whole comma-set stretches each of
    which tells the day or the place of the reception (استقبل الشيخ X أمير دولة قطر، في مكتبه
    بالديوان الأميري قبل ظهر اليوم (الاثنين)، وزراء خارجية دول مجلس التعاون; استقبل X، اليوم،
    أصحاب السمو والمعالي وزراء خارجية ...): the group is received, as a named guest there is.
    Only courtesy words (أصحاب السمو والمعالي) stand between the last comma and the office; no
    other trigger and no punctuation but commas (and the brackets of a day) stand between."""
    if t.row.pos != "verb" or t.row.subject_role != "host" or not t.index < i <= t.index + _OBJECT_REACH:
        return False
    ws = sent.words
    others = {o.index for o in sent.triggers() if o.index != t.index}
    stretch: int | None = None  # first word of the comma-set stretch the walk is in; None: the subject's
    for k in range(t.index + 1, i + 1):
        if k in others:
            return False
        gap = ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0")
        brackets = "".join(ch for ch in gap if ch in _PARENS)
        if brackets and not (ctx.in_timex(ws[k]) if "(" in brackets else ctx.in_timex(ws[k - 1])):
            return False  # «(الاثنين)»: a day in brackets; no other aside
        gap = "".join(ch for ch in gap if ch not in _PARENS).strip(" \u00a0")
        if not gap:
            continue
        if gap not in _COMMAS:
            return False
        if stretch is not None and not _day_or_place(ctx, ws, stretch):
            return False
        stretch = k
    if stretch is None:
        return False  # no comma: `party_lists` reads the office in the verb's clause already
    return all(event_cues().at(ws, k, _COURTESY) is not None
               or (office_word(ws[k].norm) and not title_word(ws[k].norm)) for k in range(stretch, i))


def _day_or_place(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """Whether the stretch opening at word `k` tells a day (اليوم) or a place (في مكتبه)."""
    return ctx.in_timex(ws[k]) or event_cues().at(ws, k, _PLACE) is not None
