"""Where speech after a colon without marks starts and ends, and which colon ends a verb's subject.

«وقال المصور مهند العمودي، الذي كان أحد الحاضرين لالتقاط صور من الاحتفال: من المفترض ...»:
the subject before the colon may be long (an office, a place, a relative clause), and the
colon may stand after a space or a closing mark («البراك : إن ...», «لـ"سبق": ...»). A colon
that ends its line puts the speech on the next line («وكتبت:⏎«رجل غارق ...»», «حينها أخبرني:⏎...»).

«وقال وزير الحج: [ونحن نعيش ...]، وتمنى وزير الحج أن ...»: the speech runs to the next verb or
participle of saying in its sentence (which opens a quotation of its own: joined by و/ف, after a
comma, or with a colon of its own, «لكن X قال:»), not to the sentence's end. «وقال: إن الوزارة
تتابع ...»: the complementizer after the colon introduces what was said and is not part of it.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues

_COMPLEMENTIZER = frozenset({"complementizer"})
_CONJUNCTIONS = "وف"
_CLAUSE_PUNCTUATION = "،,؛;.:"
_CLAUSE_WORDS = frozenset({"complementizer", "verb", "continuation", "participle"})
SHORT_SUBJECT = 8  # words a subject before a colon may always have
LONG_SUBJECT = 24  # words it may have when no complementizer or other verb of saying comes first


def subject_colon(text: str, sent: Sentence, k: int, size: int, long: bool) -> int:
    """The offset of the colon that ends the subject of the verb of saying at word `k` (of
    `size` words), or -1: within SHORT_SUBJECT words after the verb, or (`long`: a verb of
    saying proper, not a continuation verb such as أضاف, which also means "added" and takes an
    object: «وأضاف نجوم الأخضر أربع ميداليات بتحقيق كل من: ...») within LONG_SUBJECT words when
    none of the words past the short ones opens a clause or another quotation."""
    ws = sent.words
    j0 = k + size
    for j in range(j0, min(len(ws), j0 + (LONG_SUBJECT if long else SHORT_SUBJECT)) + 1):
        gap_end = ws[j].start if j < len(ws) else sent.end
        gap_start = ws[j - 1].end
        if (at := text.find(":", gap_start, gap_end)) >= 0:
            return at
        if j < len(ws) and j - j0 >= SHORT_SUBJECT and quote_cues().at(ws, j, _CLAUSE_WORDS):
            return -1
    return -1


def colon_speech_end(sent: Sentence, cues: list[tuple[int, Cue]], colon: int, text: str = "") -> int:
    """The offset where the speech after the colon at `colon` ends: the first verb of saying
    (word indexes `cues`) after it that opens a clause (a participle, a verb joined by و or ف, or
    one after a comma: «...، وأكد أن»), else the sentence's end. A verb inside the speech does
    not end it («وتابع: تم [نقل] 4 حالات ...»)."""
    first = sent.word_index(colon + 1)  # the speech's own first word («مضيفا: ورد بلاغ ...») ends nothing
    later = [sent.words[k].start for k, c in cues if sent.words[k].start > colon and k != first and (
        not text or c.kind == "participle" or text[sent.words[k].start] in _CONJUNCTIONS
        or any(ch in _CLAUSE_PUNCTUATION for ch in text[sent.words[k - 1].end:sent.words[k].start])
        or _own_colon(text, sent, k + c.size))]
    return min(later, default=sent.end)


def _own_colon(text: str, sent: Sentence, j: int) -> bool:
    """A colon right after the verb of saying that ends before word `j`: the verb opens a speech
    of its own, its subject before it («وقال X: إن …، لكن [Y] قال: إن …»: Y's, not X's)."""
    end = sent.words[j].start if j < len(sent.words) else sent.end
    return ":" in text[sent.words[j - 1].end:end]


def before_orphan_closer(text: str, start: int, end: int, pairs: list[tuple[int, int]]) -> int:
    """`end`, or where a closing mark that closes no pair stands in [start, end) with words of the
    sentence after it: the writer closed the speech after the colon without having opened it
    («وأضاف يقول: مباراة اليوم ... وصلنا»، وعن اللاعبين الجدد قال: «...»»), so it ends there."""
    closes = {e for _, e in pairs}
    at = next((i for i in range(start + 1, end) if text[i] in _CLOSERS and i not in closes
               and not text[i - 1].isspace() and text[i - 1] != ":"  # not «وأضاف:»تتضمن ...» (an opener)
               and not text[i + 1:i + 2].isalpha() and text[i + 1:end].strip(" ،,.")), end)
    return len(text[:at].rstrip(" ،,")) if at < end else end


def after_complementizer(sent: Sentence, start: int) -> int:
    """`start`, or the end of the complementizer (إن, إنه, أن) that opens the words there."""
    k = sent.word_index(start)
    if k < len(sent.words) and sent.words[k].start == start \
            and quote_cues().at(sent.words, k, _COMPLEMENTIZER) is not None and k + 1 < len(sent.words):
        return sent.words[k + 1].start
    return start


_MARKS = "\"'“”«»‹›‘’″"
_CLOSERS = "»”›"  # marks that only close (the straight ones may open)
_LIST_OPENERS = "-–—•*·0123456789٠١٢٣٤٥٦٧٨٩"


def next_line_speech(ctx: ArticleContext, sent: Sentence, colon: int,
                     min_words: int) -> tuple[int, int] | None:
    """(start, end) of the speech on the line after a colon that ends the sentence `sent`: the
    next sentence, when a line break parts the two and it is no list item, less its marks."""
    text = ctx.text
    if text[colon + 1:sent.end].strip():
        return None
    nxt = next((s for s in ctx.sentences if s.start >= sent.end), None)
    if nxt is None or "\n" not in text[sent.end:nxt.start] or text[sent.end:nxt.start].strip():
        return None
    start, end = nxt.start, nxt.end
    while start < end and text[start] in _MARKS + " ":
        start += 1
    while end > start and text[end - 1] in _MARKS + " .":
        end -= 1
    if text[nxt.start:nxt.start + 1] in _LIST_OPENERS or len(text[start:end].split()) < min_words:
        return None
    return start, end
