"""Where a visit goes when no preposition names the place: the body it calls on (بزيارة للخطوط
الجوية العربية السعودية, زار وفد من بوينج المؤسسة العامة للخطوط الجوية) and the country a visit noun
governs past its visitor's titles and name (زيارة الرئيس الفرنسي السابق، نيكولا ساركوزي، تونس).
`arguments` asks for them only when the sentence names no place of its own."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.places import named_facility
from marsad.events.triggers import Trigger
from marsad.events.visit_goals import needs_goal
from marsad.model import Span

_REACH = 12  # words from a visit to the end of its visitor's titles and name
_LAM = "ل"  # بزيارة للخطوط: the lam of the body called on, in the mention or before it
_COMMA = ("", "،", ",")
_DOERS = ("PER", "ORG")  # زار السفير X، الشركة ...; زار وفد من شركة بوينج اليوم المؤسسة ...


def visited_body(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> Span | None:
    """An organisation a visit calls on: named right after a visit noun with the lam of whom the
    visit goes to (بزيارة للخطوط الجوية العربية السعودية) or named by a facility noun (بزيارة مركز
    الملك سلمان للإغاثة: a site; another body right after a bare visit noun is its visitor: زيارة
    منظمة الصحة العالمية), or the object of a visit verb past its visitor (زار
    وفد من شركة بوينج اليوم المؤسسة العامة للخطوط). The site of the visit."""
    for t in trigs:
        if t.row.type != "VISIT" or needs_goal(t):
            continue
        ws, j = sent.words, t.index + t.size
        if j >= len(ws):
            continue
        if t.row.pos == "noun":
            m = ctx.mention_at(ws[j])
            if m is not None and m.label == "ORG" \
                    and (_after_lam(ctx, ws[j].start, m) or named_facility(ctx, m)):
                return m
        elif not t.row.subject_role:
            m = _object_past_visitor(ctx, sent, t, ("ORG",), _DOERS)
            if m is not None:
                return m
    return None


def place_past_visitor(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> Span | None:
    """The country or city a visit noun governs after its visitor's titles and name, with or
    without a comma (زيارة الرئيس الفرنسي السابق وزعيم حزب الجمهوريين، نيكولا ساركوزي، تونس):
    the place, as «زيارة X إلى تونس» names it."""
    for t in trigs:
        if t.row.type == "VISIT" and t.row.pos == "noun" and not needs_goal(t):
            m = _object_past_visitor(ctx, sent, t, ("LOC",), ("PER",))
            if m is not None:
                return m
    return None


def _after_lam(ctx: ArticleContext, word_start: int, m: Span) -> bool:
    """Whether a mention starting on a word carries the lam before its article (للخطوط: «ل» before
    the mention, or «لل» opening it), not a name that starts with the letter (لجنة, لبنان)."""
    prefix = ctx.text[word_start:m.start]
    return prefix == _LAM or (not prefix and ctx.text[m.start:m.start + 2] == _LAM * 2)


def _object_past_visitor(ctx: ArticleContext, sent: Sentence, t: Trigger, labels: tuple[str, ...],
                         doers: tuple[str, ...]) -> Span | None:
    """The first name after the trigger's visitor (the first mention after the trigger of a label in
    `doers`, past the bodies his titles name, no location among them), standing right after him or
    past a comma or a time (اليوم), whole words only, when its label is one of `labels`."""
    ws = sent.words
    after = ws[t.index + t.size - 1].end
    limit = ws[min(len(ws) - 1, t.index + t.size + _REACH)].end
    names = [m for m in ctx.mentions_in(after, limit) if m.start >= after
             and not any(x.start <= m.start < x.end for x in ctx.timexes)]
    at = next((i for i, m in enumerate(names) if m.label in doers), None)
    if at is None or at + 1 >= len(names) or any(m.label == "LOC" for m in names[:at]):
        return None  # the visitor past his titles (وزعيم حزب الجمهوريين، نيكولا ساركوزي), no place before
    visitor, m = names[at], names[at + 1]
    gap = "".join(ch for i, ch in enumerate(ctx.text[visitor.end:m.start], visitor.end)
                  if not any(x.start <= i < x.end for x in ctx.timexes))
    if m.label not in labels or gap.strip() not in _COMMA:
        return None
    k = sent.word_index(m.start)
    return m if ws[k].start == m.start else None
