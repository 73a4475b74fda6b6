"""Offices in apposition after a person's name, as offices he was introduced with.

Saudi and Arab news give a dignitary's offices after his name as often as before it: «زيارة صاحب
السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع إلى القاهرة», «هاينز فيشر الرئيس
الاتحادي للنمسا», «خالد مشعل رئيس المكتب السياسي». Later sentences name him by that office alone
(«مباحثات القاهرة بين ولي ولي العهد والرئيس المصري», «الرئيس الاتحادي في زيارته لإيران»), and the
events gold keys such a title to the person named before (docs/realtext-annotation.md § Events).
`coref.TitleIndex` reads only the office before a name; this adds, for the events step, the office
right after one (past a comma or none), so an unnamed office resolves to him and is no state's side
(`office_sides.py`). Not after a verb trigger a few words before the name: there the words after
it are as often the verb's object (استقبل بارزاني وزير الخارجية القطري: the minister received, no
office of Barzani's), and not an office followed by another person's name (its holder's).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.coref import TitleIndex
from marsad.events.lexicon import speaker_ref, speaker_ref_form
from marsad.events.words import Word
from marsad.lang.clitics import ARTICLE

_OBJECT_REACH = 3  # words from a verb trigger to a name whose following words may be its object
_OFFICE_WORDS = 6  # words of stacked offices after a name (ولي ولي العهد وزير الدفاع)
_APPOSITION = ("", "،", ",")  # what may stand between a name and its office


def _title(w: Word) -> bool:
    ref = speaker_ref(w.norm)
    return ref is not None and ref[0] == "title"


def _joined(w: Word) -> bool:
    """Whether the title word carries the conjunction (والرئيس, ووزير; not ولي, وزير)."""
    form = speaker_ref_form(w.norm)
    return form is not None and w.norm.endswith(form) and w.norm[:len(w.norm) - len(form)].startswith("و")


def _office_end(ctx: ArticleContext, ws: list[Word], j: int) -> int:
    """The end of the office phrase opening at word `j` (a title, then titles and definite
    qualifiers with nothing between them, no name nor date); `j` itself when no title opens it.
    A title with the conjunction starts another's office (ولي العهد والرئيس المصري)."""
    if not _title(ws[j]) or _joined(ws[j]):
        return j  # «الرئيس السيسي وولي ولي العهد السعودي»: a second person, not his office
    end = j + 1
    while end < len(ws) and end - j < _OFFICE_WORDS and ctx.mention_at(ws[end]) is None \
            and not ctx.in_timex(ws[end]) and not ctx.text[ws[end - 1].end:ws[end].start].strip(" \u00a0"):
        title = _title(ws[end])
        if (title and _joined(ws[end])) or not (title or ws[end].norm.startswith(ARTICLE)):
            break
        end += 1
    return end


def with_apposed_offices(offices: TitleIndex) -> TitleIndex:
    """`offices` with the office in apposition after each person's name (see the module
    docstring) remembered as his."""
    ctx = offices.ctx
    for sent in ctx.sentences:
        ws = sent.words
        verbs = [t.index for t in sent.triggers() if t.row.pos == "verb"]
        for m in ctx.mentions_in(sent.start, sent.end, ("PER",)):
            k = sent.word_index(m.start)
            if any(k - _OBJECT_REACH <= i < k for i in verbs):
                continue  # استقبل بارزاني وزير الخارجية القطري: the office of the one received
            j = sent.word_index(m.end - 1) + 1
            if j >= len(ws) or ctx.text[m.end:ws[j].start].strip(" \u00a0") not in _APPOSITION:
                continue
            end = _office_end(ctx, ws, j)
            after = ctx.mention_at(ws[end]) if end < len(ws) else None
            if end > j and not (after is not None and after.label == "PER"):  # not the next one's office
                offices.add_office(m.start, ctx.entity_of(m), ws[j:end])
    return offices
