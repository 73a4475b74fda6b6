"""The masculine past of تحدّث (talked) is written like the present of حدث («الزيارات تحدث بشكل
مفاجئ»: they happen), so only its feminine and plural are verb rows of quote_cues. Written so
(quote_cues talk_homograph), it is the verb of saying only where «عن» (quote_cues about) and a
complementizer follow within a few words, its subject between, no pause: «فيما [تحدث] وزير خارجيته
X عن أن المناطق …» (round 46: the clause was read as the words of the speaker before «فيما»)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_VERBS, Cue, quote_cues
from marsad.events.words import mark_before

_HOMOGRAPH = frozenset({"talk_homograph"})
_ABOUT = frozenset({"about"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_SUBJECT_WORDS = 8  # words from the verb to «عن»: its subject, an office and a name
_BREAKS = "،,.:;؛?!؟"


def talking(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """Each «تحدث» read as the verb of saying (see the module's docstring)."""
    ws = sent.words
    out = []
    for k, c in quote_cues().each(ws, _HOMOGRAPH):
        if quote_cues().at(ws, k, SAYING_VERBS) is not None:
            continue
        for j in range(k + c.size, min(len(ws) - 1, k + c.size + _SUBJECT_WORDS + 1)):
            if mark_before(ctx.text, ws, j, _BREAKS):
                break
            if quote_cues().at(ws, j, _ABOUT) is not None:
                if quote_cues().at(ws, j + 1, _COMPLEMENTIZER) is not None \
                        and not ctx.text[ws[j].end:ws[j + 1].start].strip():
                    out.append((k, Cue("verb", c.size)))
                break
    return out
