"""بيّن (showed, made clear) is written like the preposition بين (between). With the و that opens a
clause it is a verb row of its own («وبين أن …»); written bare (quote_cues show_homograph), it is
the verb only where a clause opens on it (the sentence's first word, or after a comma) with its
complementizer right after it: «وفيما يتعلق بالمواعيد، [بين] أن المشروع لن يتأخر», «المخرج سالم،
[بين] أنه …»; never inside a phrase: «الفرق بين أن …», «خيّره بين أن يستقيل أو …» (the
preposition before أنْ and a verb), «اتفاق بين البلدين أن …»."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_VERBS, Cue, quote_cues

_HOMOGRAPH = frozenset({"show_homograph"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_CLAUSE_MARKS = "،,.:;؛"


def showing(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """The bare بين read as the verb بيّن (see the module's docstring), as verbs of saying."""
    ws = sent.words
    out = []
    for k, c in quote_cues().each(ws, _HOMOGRAPH):  # «وبين»: a verb row already
        if quote_cues().at(ws, k, SAYING_VERBS) is not None or k + c.size >= len(ws) \
                or quote_cues().at(ws, k + c.size, _COMPLEMENTIZER) is None:
            continue
        if k == 0 or any(ch in _CLAUSE_MARKS for ch in ctx.text[ws[k - 1].end:ws[k].start]):
            out.append((k, Cue("verb", c.size)))
    return out
