"""Quotations inside a longer quotation of the same speaker: not quotations of their own.

«وقال الوزير إن الحكومة "لن تتراجع" عن قرارها»: the reported clause is the quotation; the marked
words inside it are the speaker's own words within it, or a term the writer marks («يشتبه في
تعاطفها مع "الإسلام المتشدد"»), never a second quotation (the guide: spans do not overlap).
Only marked (direct) words go: a reported clause inside another one of the same speaker may be
a speech act of its own that the outer clause ran over («مشيرا إلى أن العمال أنجزوا العمل،
ووصف المشروع بأنه [خطوة أولى]»), and a quotation inside one of another speaker is left too: a
source inside a source («ذكرت الصحيفة أن مسؤولا قال إن ...») and a marked quotation after a
colon that an indirect clause ran over keep their own speaker.
"""

from __future__ import annotations

from marsad.model import QuoteAttrs, Span


def _same_speaker(a: QuoteAttrs, b: QuoteAttrs) -> bool:
    return a.speaker == b.speaker and a.speaker_text == b.speaker_text


def _inside_longer(q: Span[QuoteAttrs], quotes: list[Span[QuoteAttrs]]) -> bool:
    return any(o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start
               and _same_speaker(o.attrs, q.attrs) for o in quotes)


def outside_longer(quotes: list[Span[QuoteAttrs]]) -> list[Span[QuoteAttrs]]:
    """`quotes` less each direct one lying wholly inside a longer quotation with the same
    speaker (entity and describing words)."""
    return [q for q in quotes if q.label != "direct" or not _inside_longer(q, quotes)]
