"""Speech right after a participle of saying, with no أن, colon or marks: «أجابني قائلا [الزواج
هو الذي عزف عني]», «متسائلا، [لماذا رفضتم النظام؟ ...]», «مضيفًا [الخدمات البلدية من
الأولويات ...]». The participle's clause subject said it (as «قائلا: ...»); the words run to
the next verb or participle of saying that opens a clause, or to the sentence's end.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_colon import colon_speech_end
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found

_BARE = frozenset({"bare_speech"})  # quote_cues: participles whose speech may follow them bare
_GAP = " \u00a0،,"  # what may stand between the participle and the speech («متسائلا، لماذا ...»)


def bare_speech(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]],
                pairs: list[tuple[int, int]]) -> list[Found]:
    """Speech after each participle of `cues` that quote_cues also gives kind `bare_speech`,
    when its next word opens it: no complementizer, preposition or other cue word, no mark
    or colon between."""
    ws, out = sent.words, []
    for k, c in cues:
        j = k + c.size
        if j >= len(ws) or quote_cues().at(ws, k, _BARE) is None \
                or ctx.text[ws[j - 1].end:ws[j].start].strip(_GAP):
            continue
        if quote_cues().at(ws, j) is not None or any(s <= ws[j].start < e for s, e in pairs):
            continue
        start, end = trim(ctx.text, ws[j].start, colon_speech_end(sent, cues, ws[j - 1].end, ctx.text))
        if len(ctx.text[start:end].split()) < COLON_WORDS:
            continue
        out.append(Found(start, end, "direct", k, c, ws[j - 1].end))
    return out
