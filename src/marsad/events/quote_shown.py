"""بيّن (showed, made clear) is written like the preposition بين (between). With the و that opens a
clause it is a verb row of its own («وبين أن …»); written bare (quote_cues show_homograph), it is
the verb only where a clause opens on it (the sentence's first word, or after a comma) with its
complementizer right after it: «وفيما يتعلق بالمواعيد، [بين] أن المشروع لن يتأخر», «المخرج سالم،
[بين] أنه …»; never inside a phrase: «الفرق بين أن …», «خيّره بين أن يستقيل أو …» (the
preposition before أنْ and a verb), «اتفاق بين البلدين أن …»."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_VERBS, Cue, quote_cues, speaker_ref
from marsad.events.words import Word
from marsad.lang.marks import mark_kinds

_HOMOGRAPH = frozenset({"show_homograph"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_CLAUSE_MARKS = "،,.:;؛"
_SUBJECT_WORDS = 3  # words of a subject between بين and its complementizer
_SUBJECT_KINDS = ("statement", "title")


def showing(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """The bare بين read as the verb بيّن (see the module's docstring), as verbs of saying."""
    ws = sent.words
    out = []
    for k, c in quote_cues().each(ws, _HOMOGRAPH):  # «وبين»: a verb row already
        if quote_cues().at(ws, k, SAYING_VERBS) is not None or k + c.size >= len(ws):
            continue
        before = ctx.text[ws[k - 1].end:ws[k].start] if k > 0 else ""
        if quote_cues().at(ws, k + c.size, _COMPLEMENTIZER) is not None:
            if k == 0 or any(ch in _CLAUSE_MARKS for ch in before):
                out.append((k, Cue("verb", c.size)))
        elif (k == 0 or any(ch in _CLAUSE_MARKS or ch in mark_kinds() for ch in before)) \
                and _subject_then_complementizer(ctx, ws, k + c.size):
            out.append((k, Cue("verb", c.size)))
    return out


def _subject_then_complementizer(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Word `j` is a statement noun or an office («تقرير», «التقرير», «المتحدث») and the
    complementizer follows within `_SUBJECT_WORDS` words, none of them joined by «و» nor set off
    by punctuation: the subject of the verb بيّن, not the first side of the preposition."""
    ref = speaker_ref(ws[j].norm)
    if ref is None or ref[0] not in _SUBJECT_KINDS:
        return False
    for n in range(j + 1, min(len(ws), j + 1 + _SUBJECT_WORDS)):
        if ws[n].norm.startswith("و") or any(ch in _CLAUSE_MARKS
                                             for ch in ctx.text[ws[n - 1].end:ws[n].start]):
            return False
        if quote_cues().at(ws, n, _COMPLEMENTIZER) is not None:
            return True
    return False
