"""Speech under a name label: a line that opens with a person's name and a colon
(«-جورج : القادم أفضل», a sub-heading that quotes the person the paragraph below is about).

Only a line whose words before the colon are one person mention counts: «س: ...», a list's
lead-in («أبرز النتائج: ...») or a place («الرياض: ...», a dateline) are no speaker labels.
A turn of dialogue in the writer's voice counts too: the first person of a verb of saying alone
before the colon (quote_dialogue_turns.tsv: «قلت: [انفق منه ...]», «قلت له: [أنا فاتن حمامة]»).
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_LABEL_JUNK = " \t\u00a0-–—•*·"
_MIN_WORDS = 2  # «القادم أفضل»: a label's speech may be short, but one word is a term


def labelled_speech(ctx: ArticleContext, sent: Sentence, pairs: list[tuple[int, int]],
                    cues: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, colon) of each line of the sentence that is a person's name, a colon and
    the words that person said (to the line's end, or to the next verb of saying at offsets
    `cues` where a flattened text ran the heading into its paragraph), outside quotation
    marks."""
    text = ctx.text
    out = []
    line_start = sent.start
    while line_start < sent.end:
        nl = text.find("\n", line_start, sent.end)
        line_end = sent.end if nl < 0 else nl
        colon = text.find(":", line_start, line_end)
        if colon > 0 and (_is_name_label(ctx, line_start, colon) or _is_turn(text, line_start, colon)):
            stop = min([c for c in cues if colon < c < line_end], default=line_end)
            start, end = trim(text, colon + 1, stop)
            inside = any(s - 1 <= start < e + 1 for s, e in pairs)
            if not inside and len(text[start:end].split()) >= _MIN_WORDS:
                out.append((start, end, colon))
        line_start = line_end + 1
    return out


@cache
def _turn_words(kind: str) -> frozenset[str]:
    """quote_dialogue_turns of `kind`: `turn` (قلت), `addressee` (له: «قلت له:», the hearer)."""
    return frozenset(normalize(r["form"]) for r in load_table("quote_dialogue_turns") if r["kind"] == kind)


def _is_turn(text: str, start: int, colon: int) -> bool:
    """The words before the colon are a first-person verb of saying (and its addressee)."""
    label = text[start:colon].strip(_LABEL_JUNK + "\n")
    ws = [w.norm for w in words_of(label)]
    return 1 <= len(ws) <= 2 and ws[0] in _turn_words("turn") \
        and all(w in _turn_words("addressee") for w in ws[1:]) and len(label.split()) == len(ws)


def _is_name_label(ctx: ArticleContext, start: int, colon: int) -> bool:
    label = ctx.text[start:colon]
    lead = len(label) - len(label.lstrip(_LABEL_JUNK))
    s, e = start + lead, start + len(label.rstrip(_LABEL_JUNK))
    if s >= e:
        return False
    names = ctx.mentions_in(s, e + 1)
    return len(names) == 1 and names[0].label == "PER" and names[0].start <= s and names[0].end >= e


_EDGE_JUNK = " \t\n\u00a0،,:؛;.-–—"


def trim(text: str, start: int, end: int, junk: str = _EDGE_JUNK) -> tuple[int, int]:
    """[start, end) less the characters of `junk` at its edges (by default spaces and punctuation;
    quotes.py trims its spans too)."""
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end
