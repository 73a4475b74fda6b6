"""A reception noun with its host's pronoun (خلال استقباله, لدى استقباله) whose guest is named or
given by office a few words after it, past the day, the place and one comma (جاء ذلك خلال استقباله
أمس في مكتبه بالإمارة، محافظ المؤسسة العامة للتدريب التقني X; وقال لدى استقباله محافظ المؤسسة;
خلال استقباله لولي ولي العهد ... الأمير X): the noun tells of a reception with its own guest, as
«خلال لقائه بالرئيس X» does (`party_lists.attached`); the host is the one the pronoun stands for."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import title_word
from marsad.events.triggers import Trigger, possessed_only

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
