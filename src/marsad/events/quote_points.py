"""Points a statement lists on the lines after «ما يلي :» («وقالت المديرية في بيان إن … فإنها تود
بيان ما يلي :⏎أولاً : [الطفلة …]⏎ثانياً : [تم إبلاغ …]»): each point is what the speaker of the
sentence that announced them said. The sentence needs a verb of saying of its own and ends with a
lead of quote_cues (kind points_lead: «ما يلي», «ما يأتي») and a colon; each point is a line that
opens with an ordinal of quote_cues (kind point_ordinal: أولا, ثانيا, …), a number or a bullet,
and its words end with its line, or, where a clause of saying of its own follows in that line
(«…؛ وقد أكدت ذلك والدتها وأفادت أن …»), at the last «؛» or «.» before that clause. A decision
listed («قرر مجلس الوزراء ما يلي :⏎1 - تجديد …») has no verb of saying and stays out.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_speaker import Found

_LEAD = frozenset({"points_lead"})
_ORDINAL = frozenset({"point_ordinal"})
_SAYING = frozenset({"verb", "continuation", "participle"})
_BULLETS = "-–—•*·0123456789٠١٢٣٤٥٦٧٨٩"
_AFTER_MARKER = " :-–—).\u00a0"  # what stands between a point's marker and its words
_POINT_ENDS = "؛."
_MIN_WORDS = 3


def listed_points(ctx: ArticleContext, sent: Sentence, cues: list[tuple[int, Cue]]) -> list[Found]:
    """The points listed on the lines after `sent` when it announces them (its last words a lead
    and a colon), each governed by the sentence's last verb of saying before the lead."""
    text, ws = ctx.text, sent.words
    colon = text.rfind(":", sent.start, sent.end)
    if colon < 0 or text[colon + 1:sent.end].strip(" -") or not ws:
        return []
    lead = next((k for k in range(max(0, len(ws) - 3), len(ws))
                 if (c := quote_cues().at(ws, k, _LEAD)) is not None and k + c.size == len(ws)), None)
    if lead is None:
        return []
    said = [(k, c) for k, c in cues if k < lead and c.kind in _SAYING]
    if not said:
        return []
    k, cue = said[-1]
    out: list[Found] = []
    prev = sent
    for nxt in ctx.sentences:
        if nxt.start < sent.end:
            continue
        if "\n" not in text[prev.end:nxt.start] or text[prev.end:nxt.start].strip() or not nxt.words:
            break
        start = _after_marker(text, nxt)
        if start is None:
            break
        end = _point_end(text, nxt, start)
        if len(text[start:end].split()) >= _MIN_WORDS:
            out.append(Found(start, end, "indirect", k, cue, colon))
        prev = nxt
    return out


def _after_marker(text: str, nxt: Sentence) -> int | None:
    """Where the words of the point on the line of `nxt` start, past its ordinal, number or bullet
    («أولاً : », «1 - », «- »); None when the line opens with none."""
    ws = nxt.words
    if (c := quote_cues().at(ws, 0, _ORDINAL)) is not None and c.size < len(ws):
        at = ws[c.size - 1].end
        if ":" not in text[at:ws[c.size].start] and "-" not in text[at:ws[c.size].start]:
            return None  # «أولا» opening a sentence of its own, no numbered point
    elif text[nxt.start:nxt.start + 1] in _BULLETS:
        at = nxt.start
        while at < nxt.end and (text[at] in _BULLETS or text[at] in _AFTER_MARKER):
            at += 1
        return at if at < nxt.end else None
    else:
        return None
    while at < nxt.end and text[at] in _AFTER_MARKER:
        at += 1
    return at if at < nxt.end else None


def _point_end(text: str, nxt: Sentence, start: int) -> int:
    """The end of the point's words: its line's, or the last «؛» or «.» before a verb of saying
    of its own later in the line (that clause is a quotation of its own)."""
    end = nxt.end
    for i, w in enumerate(nxt.words):
        if w.start > start and quote_cues().at(nxt.words, i, _SAYING) is not None \
                and (cut := max(text.rfind(ch, start, w.start) for ch in _POINT_ENDS)) > start:
            end = cut
            break
    while end > start and text[end - 1] in " .\n،,":
        end -= 1
    return end
