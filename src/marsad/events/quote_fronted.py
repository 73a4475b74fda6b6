"""Reported words with their source put before them by an attribution phrase at the sentence's
start, a verb of saying and its subject, then the clause opened by the ف of the answer: «ووفقا لما
ذكرته وكالة أنباء "الأناضول" فجر اليوم، فقد [قام المواطنون ...]», «وبحسب مانقلته قناة الإخبارية
أمس فإن [اثنين من المصابين ...]» (ما glued to the verb, no comma). The verb's subject said it."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_attributed import saying_verb_at
from marsad.events.quote_colon import colon_speech_end
from marsad.events.quote_labels import trim
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found
from marsad.events.words import Word
from marsad.lang.normalize import normalize

_ATTRIBUTION = frozenset({"attribution"})  # «وفقا لما», «بحسب ما» before a verb of saying
_ACCORDING_TO = frozenset({"according_to"})  # «بحسب» with ما glued to the verb: «بحسب مانقلته»
_ANSWER = frozenset({"complementizer", "answer"})  # فإن, فقد: the ف of the answer opens the words
_ANSWER_LETTER = "ف"
_WHAT = normalize("ما")
_SOURCE_WORDS = 10  # words naming the source and when it spoke, between the verb and فإن / فقد


def _fronted_verb(ws: list[Word]) -> tuple[int, Cue] | None:
    """The verb of saying after the attribution phrase opening the sentence, with its index."""
    if not ws:
        return None
    if (att := quote_cues().at(ws, 0, _ATTRIBUTION)) is not None and att.size < len(ws):
        cue = saying_verb_at(ws, att.size)
        return (att.size, cue) if cue is not None else None
    if quote_cues().at(ws, 0, _ACCORDING_TO) is None or len(ws) < 2 or not ws[1].norm.startswith(_WHAT):
        return None
    glued = Word(ws[1].start + len(_WHAT), ws[1].end, ws[1].norm[len(_WHAT):])  # مانقلته: ما + نقلته
    cue = saying_verb_at([glued], 0) if len(glued.norm) >= 3 else None
    return (1, cue) if cue is not None else None


def fronted_speech(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]],
                   pairs: list[tuple[int, int]], found: list[Found]) -> list[Found]:
    """The words after فإن or فقد that close a fronted attribution «وفقا لما ذكرت X ...،» a few
    words on, no other verb of saying between: to the next verb of saying that opens a clause,
    or the sentence's end."""
    ws = sent.words
    if (fronted := _fronted_verb(ws)) is None:
        return []
    k, verb = fronted
    for j in range(k + verb.size, min(len(ws), k + verb.size + _SOURCE_WORDS + 1)):
        if any(i == j for i, _ in cues) and quote_cues().at(ws, j, _ANSWER) is None:
            return []  # another verb of saying: the source's words are its own clause
        if ctx.text[ws[j].start] != _ANSWER_LETTER or quote_cues().at(ws, j, _ANSWER) is None:
            continue
        start, end = trim(ctx.text, ws[j].end, colon_speech_end(sent, cues, ws[j].end, ctx.text))
        if len(ctx.text[start:end].split()) < COLON_WORDS or any(s <= start < e for s, e in pairs) \
                or any(f.start < end and start < f.end for f in found):
            return []
        return [Found(start, end, "indirect", k, verb, ws[j].start)]
    return []
