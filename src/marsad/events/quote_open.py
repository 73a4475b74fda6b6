"""Marked speech its sentence's pairs do not see: marks that close in a later sentence («وأضاف
البيان «منذ تأسيس المستشفى ... . وتم دعم الأقسام ...»»), guillemets around guillemets («وأضاف
البيان «منذ تأسيس المستشفى ... لمعرض «سلام» ... المختصة»») and a « never closed («وقال X «سيارات
الإسعاف ... . سأذهب إلى المستشفى للمساعدة.» at a paragraph's end).

The marks of a sentence pair inside it (`marks.quote_pairs` over the sentence), an opener left
unclosed dropped when the next opener comes: an opening mark whose closing one stands in a later
sentence holds a quotation of several sentences, an outer « whose » follows an inner «…» is left
unpaired, and so is a « no mark closes before its paragraph ends. When a verb of saying of the
sentence stands before such an opening mark (as for marked words inside one sentence,
`quotes._direct`), the words from it to its closing mark (or the paragraph's end) are a direct
quotation of that verb's speaker (issue 15 round 29).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue
from marsad.events.quote_labels import trim
from marsad.events.quote_names import is_name
from marsad.events.quote_speaker import Found
from marsad.lang.marks import LONGEST_QUOTE, quote_pairs

_OPEN, _CLOSE = "«", "»"
_CUE_WORDS = 16  # words from the verb to the marks: its subject, a clause on him, a time («وقال X وهو ... «»)


def open_speech(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]],
                found: list[Found]) -> list[Found]:
    """The direct quotations a verb of saying of `sent` opens with marks its sentence's pairs
    miss; none that overlaps a quotation already `found`."""
    if not cues:
        return []
    pairs = quote_pairs(ctx.text, sent.start, len(ctx.text))
    spans = [(s, e) for s, e in pairs if sent.start < s < sent.end < e]  # closing in a later sentence
    paired = {s - 1 for s, _ in pairs}
    for o in range(sent.start, sent.end):
        if ctx.text[o] != _OPEN or o in paired:
            continue
        if (close := _nested_close(ctx.text, o)) is not None:
            spans.append((o + 1, close))  # «... «سلام» ...»: the inner pair took the outer's closer
        elif (close := _paragraph_end(ctx.text, o)) is not None:
            spans.append((o + 1, close))  # «سيارات الإسعاف ... . سأذهب إلى المستشفى.: never closed
    out: list[Found] = []
    for s, e in sorted(spans):
        if any(f.start < e and s < f.end for f in found + out) or is_name(ctx, sent, s, e, cues):
            continue  # «وقاموا بتسمية الدراسة «تأثير ...»: a name in marks
        before = [(k, c) for k, c in cues if sent.words[k].end <= s - 1]
        if before and sent.word_index(s - 1) - before[-1][0] <= _CUE_WORDS:
            k, c = before[-1]
            start, end = trim(ctx.text, s, e)
            out.append(Found(start, end, "direct", k, c, s - 1))
    return out


def _paragraph_end(text: str, opener: int) -> int | None:
    """The end of the paragraph of an opening « that no mark closes in it: the speech runs to
    the line's end (the page lost the closing mark or the paragraph ends the speech); None when
    another « or a » stands before the line ends, or the line runs past reach."""
    if opener + 1 >= len(text) or text[opener + 1].isspace() or (opener > 0 and text[opener - 1].isalpha()):
        return None  # «بين أهل الدين« (مجموع الفتاوى»: a « that closes what came before, misprinted
    end = text.find("\n", opener)
    end = len(text) if end < 0 else end
    if end - opener > LONGEST_QUOTE or any(ch in (_OPEN, _CLOSE) for ch in text[opener + 1:end]):
        return None
    return end


def _nested_close(text: str, opener: int) -> int | None:
    """The » that closes the « at `opener` past a pair of guillemets inside it; None when none
    comes within reach or no pair stands inside (an opener left unclosed)."""
    depth, inner = 0, False
    for i in range(opener, min(len(text), opener + LONGEST_QUOTE)):
        if text[i] == _OPEN:
            depth += 1
            inner = inner or depth > 1
        elif text[i] == _CLOSE:
            depth -= 1
            if depth == 0:
                return i if inner else None
    return None
