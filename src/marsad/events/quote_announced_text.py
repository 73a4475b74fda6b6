"""A text the writer announces and then gives whole («وفيما يلي نص البيان :⏎…», «فيما يلي نصه :-⏎…»,
«نص الرسالة: “…”»): the statement, letter or column that follows is one `direct` quotation, with
the quotations inside it not split apart (docs/realtext-annotation.md, Quotations). The lead is a
word of quote_cues kind `text_lead` («نص», «نصه»), after «يلي» or opening its line, with a colon
after it in its line (a title may stand after the colon: «نص مقاله: “غموض” في بيان»). When the
text goes on after the colon in the lead's line (at least `_MIN_SAME_LINE` words) it is that line's
words, without its marks; else it is everything from the next line to the last sentence of the
article: the writer who announces a text gives it to its end."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import quote_cues
from marsad.events.quote_labels import trim
from marsad.events.quote_speaker import Found

_LEAD = frozenset({"text_lead"})
_FOLLOWS = frozenset({"points_lead"})  # «فيما [يلي] نص البيان»
_MAX_BEFORE_COLON = 3  # «نص [البيان الأهلاوي] :»
_MAX_TITLE = 8  # «نص مقاله: [“غموض” في بيان “توضيحي”]⏎…»: a title, the text on the next lines
_MIN_SAME_LINE = 12
_TRIM = " \t\n\u00a0:-–—“”\"«».،,"


def announced_text(ctx: ArticleContext, sent: Sentence) -> list[Found]:
    """The text announced by a lead in `sent`, as one `direct` quotation (none without a lead)."""
    text, ws = ctx.text, sent.words
    for k in range(len(ws)):
        if quote_cues().at(ws, k, _LEAD) is None:
            continue
        line_start = text.rfind("\n", 0, ws[k].start) + 1
        after_follows = k > 0 and quote_cues().at(ws, k - 1, _FOLLOWS) is not None
        if not after_follows and text[line_start:ws[k].start].strip(_TRIM):
            continue
        line_end = text.find("\n", ws[k].end)
        line_end = len(text) if line_end < 0 else line_end
        colon = text.find(":", ws[k].end, line_end)
        if colon < 0 or len(text[ws[k].end:colon].split()) > _MAX_BEFORE_COLON:
            continue
        rest = text[colon + 1:line_end]
        if len(rest.split()) >= _MIN_SAME_LINE:
            start, end = trim(text, colon + 1, line_end, _TRIM)
        elif len(rest.split()) <= _MAX_TITLE:
            start, end = trim(text, line_end, ctx.sentences[-1].end, _TRIM)
        else:
            continue
        if start < end:
            return [Found(start, end, "direct", -1, None, colon)]
    return []
