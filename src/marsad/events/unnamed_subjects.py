"""A verb of meeting, agreeing or arriving whose subject is an unnamed group of members or sides.

«واتفق الأعضاء على النظر في مشروع مسودة», «أن الأطراف التي وصلت إلى جنيف تريد أن تسجل نقاطا»:
the verb's subject is a definite plural that names no one (`unnamed_subject` rows of
lang/ar/event_senses.tsv: الأعضاء, الأطراف, المشاركون, المجتمعون, المفاوضون), right after the verb or
right before a relative pronoun that opens the verb's clause. The event's doers are unnamed, and the
names the sentence gives elsewhere are not theirs (the guide: meetings with unnamed officials and
of one body with itself are no events; an unnamed side is no mention): no event. Not where a name
follows the group within two words («الأعضاء في مجلس الأمن», «الأطراف اليمنية» when the adjective is
a mention): the group is a named body's or state's, keyed to it.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_senses, sense_word
from marsad.events.speaker_names import definite
from marsad.events.triggers import Trigger
from marsad.events.words import Word

_KIND = "unnamed_subject"
_RELATIVE = frozenset({"relative_pronoun"})
_NAMED_AFTER = 2  # words after the group where a name makes it a named body's or state's


def unnamed_subject(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether verb trigger `t`'s subject is an unnamed group: right after it («واتفق الأعضاء»),
    or right before the relative pronoun before it («الأطراف التي وصلت»)."""
    if t.row.pos != "verb":
        return False
    ws = sent.words
    j = t.index + t.size
    if j < len(ws) and _group(ctx, ws, j):
        return True
    return t.index >= 2 and event_senses().at(ws, t.index - 1, _RELATIVE) is not None \
        and _group(ctx, ws, t.index - 2)


def _group(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """A definite `unnamed_subject` word at `j` with no name in it or right after it."""
    return definite(ws[j].norm) and sense_word(ws[j], _KIND) and all(
        ctx.mention_at(w) is None for w in ws[j:j + 1 + _NAMED_AFTER])
