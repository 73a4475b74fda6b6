"""Speech right after a participle of saying, with no أن, colon or marks: «أجابني قائلا [الزواج
هو الذي عزف عني]», «متسائلا، [لماذا رفضتم النظام؟ ...]», «مضيفًا [الخدمات البلدية من
الأولويات ...]». The participle's clause subject said it (as «قائلا: ...»); the words run to
the next verb or participle of saying that opens a clause, or to the sentence's end. After any
verb or participle of saying, an opening mark the sentence never closes opens such speech too
(«وتابع" انا من عشاق درويش ...», «وأضاف قائلا " تفاعل الناس ...»).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_colon import colon_speech_end
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found

_BARE = frozenset({"bare_speech"})  # quote_cues: participles whose speech may follow them bare
_OPENERS = "\"'“«‹‘"
_GAP = " \u00a0،,"  # what may stand between the participle and the speech («متسائلا، لماذا ...»)


def bare_speech(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]],
                pairs: list[tuple[int, int]]) -> list[Found]:
    """Speech after each participle of `cues` that quote_cues also gives kind `bare_speech`,
    when its next word opens it: no complementizer, preposition or other cue word, no mark
    or colon between; or after any cue, an opening mark between that closes no pair."""
    ws, out = sent.words, []
    for k, c in cues:
        j = k + c.size
        if j >= len(ws):
            continue
        gap = ctx.text[ws[j - 1].end:ws[j].start].strip(_GAP)
        at = ctx.text.find(gap, ws[j - 1].end) if len(gap) == 1 else -1
        unpaired = gap in _OPENERS and at >= 0 and not any(at in (s - 1, e) for s, e in pairs)
        if not unpaired and (quote_cues().at(ws, k, _BARE) is None or gap):
            continue  # «وتابع" انا من عشاق درويش»: a mark the sentence never closes opens the speech
        if quote_cues().at(ws, j) is not None or any(s <= ws[j].start < e for s, e in pairs):
            continue
        start, end = trim(ctx.text, ws[j].start, colon_speech_end(sent, cues, ws[j - 1].end, ctx.text))
        if len(ctx.text[start:end].split()) < COLON_WORDS:
            continue
        out.append(Found(start, end, "direct", k, c, ws[j - 1].end))
    return out
