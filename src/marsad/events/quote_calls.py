"""Calls quoted in marks: «دعا X أمس حزب العمال الكردستاني إلى «[رفع اصبعه عن الزناد]»», «ودعا مصدر
عسكري ... إلى «[الاستفادة من ...]»», «وتعهد رئيس الوزراء البريطاني «[بمواجهة التطرف ...]»».

A verb of calling, asking or pledging (quote_calls.tsv) is no verb of saying: with a noun object
after its preposition it names what was asked for, not words said («دعا إلى الحوار»), and
quote_objects leaves it out. When its preposition opens marked words of more than a few words,
right before the marks or as their first word's proclitic, the marks hold the caller's own words:
a direct quotation whose speaker is the verb's subject (issue 15 round 29).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_calls, quote_cues
from marsad.events.quote_names import COLON_WORDS
from marsad.events.quote_speaker import Found
from marsad.events.words import Word, stems

_CALL_WORDS = 18  # words from the verb to the marks: its subject, a time, who is called on
_ASKED, _FROM = "من+", "من"  # quote_calls preposition: the one asked after من, then the marks
_BETWEEN = frozenset({"verb", "continuation", "participle", "complementizer", "hearsay"})


def called_speech(ctx: ArticleContext, sent: Sentence, marks: list[tuple[int, int]],
                  found: list[Found]) -> list[Found]:
    """The marked words a verb of calling introduces through its preposition, each a direct
    quotation of the verb's subject; none that overlaps a quotation already `found`."""
    ws = sent.words
    calls = list(quote_calls().each(ws))
    out: list[Found] = []
    for s, e in marks:
        if any(f.start < e and s < f.end for f in found + out) \
                or len(ctx.text[s:e].split()) <= COLON_WORDS:
            continue
        last = max((j for j, w in enumerate(ws) if w.end <= s - 1), default=None)
        first = next((j for j, w in enumerate(ws) if w.start >= s), None)
        if last is None:
            continue
        for k, c in reversed(calls):
            if k + c.size > last + 1 or last - k >= _CALL_WORDS:
                continue
            if any(quote_cues().at(ws, j, _BETWEEN) for j in range(k + c.size, last + 1)):
                break  # «دعا X إلى ... وقال «...»»: the marks are the later verb's
            preps = c.value.split()
            before = not ctx.text[ws[last].end:s - 1].strip() and _preposition(ws[last], preps) \
                and last >= k + c.size
            inside = first is not None and any(st.clitic in preps for st in stems(ws[first].norm)) \
                and not ctx.text[ws[last].end:s - 1].strip(" \u0640")
            asked = _ASKED in preps and not ctx.text[ws[last].end:s - 1].strip() \
                and any(ws[j].norm == _FROM for j in range(k + c.size, last))  # طلب X من [Y] «...»
            if before or inside or asked:
                out.append(Found(s, e, "direct", k, Cue("verb", c.size), s - 1))
            break
    return out


def _preposition(w: Word, preps: list[str]) -> bool:
    """The word is one of the verb's prepositions: a word (إلى, الى) or a lone proclitic (لـ, بـ)."""
    return any(w.norm == p or w.norm.rstrip("\u0640") == p for p in preps)
