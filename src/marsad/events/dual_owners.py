"""A meeting noun with the dual possessive after the two parties the sentence names before it.

«وأكد الجبير ولافروف خلال لقائهما في موسكو ...», «وقال X وY عقب اجتماعهما إن ...»: the pronoun
«هما» on the noun points back to the pair joined by «و» before it, the subjects of the sentence,
who met. Such a noun is attached (`noun_participants.attached`): an event with those two as its
parties, not a meeting told before with no parties of its own (and so no time mark after «عقب»).
Where another trigger of the sentence stands before the noun («واتفق X وY خلال لقائهما الهاتفي على
ضرورة ...»), the noun is the frame of that verb's act, which decides (a shared view there: none).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.triggers import Trigger
from marsad.events.words import AND
from marsad.lang.normalize import normalize

_DUAL = normalize("هما")  # the dual possessive: لقائهما, اجتماعهما, محادثاتهما
_PARTIES = ("PER", "ORG", "LOC")


def dual_owners(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether possessed noun trigger `t` carries the dual pronoun and two names joined by «و»
    (nothing else between them) stand before it in its sentence, with no other trigger before
    the noun but a statement's (their press conference)."""
    if not t.possessed or not t.reading.stem.endswith(_DUAL):
        return False
    at = sent.words[t.index].start
    others = [sent.words[o.index].start for o in sent.triggers()
              if o.index != t.index and o.row.type != "STATEMENT"]  # «في مؤتمر صحفي عقب اجتماعهما»: theirs
    names = [m for m in ctx.mentions_in(sent.start, at) if m.label in _PARTIES]
    if any(o < at for o in others):
        return False  # «واتفق X وY خلال لقائهما ...»: the verb's own event tells what they did in it
    return any(ctx.text[a.end:b.start].strip() == AND for a, b in zip(names, names[1:], strict=False))
