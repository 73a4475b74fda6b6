"""Marks around a name or a term, not a quotation: «وكالة “رويترز”», «الإعلامي "منهل
عبدالقادر"», a quoted word («"الغيرة"»), marks the tagger reads as one mention; unless a verb of
saying introduces words it took for a title («قال الفنان حسن حسني: «جيت عشان حبيبتي مريم»»).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues

COLON_WORDS = 3  # words a colon's speech must have (not «قال: نعم» lists and labels)
_SHORT_COLON_SUBJECT = 8  # words between a verb of saying and the colon before a marked quote


def is_name(ctx: ArticleContext, sent: Sentence, s: int, e: int, cues: list[tuple[int, Cue]]) -> bool:
    """Marks around a name: after a name noun or the preposition لـ (told «...»), or before a
    colon or a complementizer (وأضاف «إيرنست»: ..., وأكدت «ماما سارة» أنها ...); or around
    a mention, unless a verb of saying (and its subject and a colon) introduces words the
    tagger took for a title (قال الفنان X: «جيت عشان حبيبتي مريم»)."""
    k = sent.word_index(s)
    if k > 0 and quote_cues().at(sent.words, k - 1, frozenset({"name_noun"})):
        return True
    pre = ctx.text[sent.start:s - 1].rstrip(" \u00a0").rstrip("ـ")
    if pre.endswith("ل") and (len(pre) == 1 or not pre[-2].isalpha()):
        return True
    rest = ctx.text[e + 1:sent.end].lstrip(" \u00a0")
    j = sent.word_index(e + 1)
    if rest.startswith(":") or (rest[:1].isalpha() and j < len(sent.words)
                                and quote_cues().at(sent.words, j, frozenset({"complementizer"}))):
        return True
    inner = ctx.text[s:e].strip()
    if len(inner.split()) < 2:
        return True  # a quoted word («"الغيرة"») is a term, not a quotation
    said = _introduced(ctx, sent, s, cues, len(inner.split()))
    for m in ctx.mentions:
        if m.start < e and s < m.end and (min(e, m.end) - max(s, m.start)) >= 0.8 * len(inner) \
                and not (said and m.label == "MISC"):
            return True
    return False


def _introduced(ctx: ArticleContext, sent: Sentence, s: int, cues: list[tuple[int, Cue]], words: int) -> bool:
    """The `words` marked words opening at `s` follow a colon within a short subject after a
    verb of saying («قال الفنان حسن حسني: “...”»), or the verb right away when they are a
    clause, longer than a name in marks that is the verb's subject («كشف “مكتب أخبار سوريا”»)."""
    pre = ctx.text[sent.start:s - 1].rstrip(" \u00a0")
    k = sent.word_index(sent.start + len(pre)) if pre else 0  # the first word at or after the mark
    if pre.endswith(":"):
        return words >= COLON_WORDS and any(j < k <= j + c.size + _SHORT_COLON_SUBJECT for j, c in cues)
    return words > COLON_WORDS and any(j + c.size == k for j, c in cues)
