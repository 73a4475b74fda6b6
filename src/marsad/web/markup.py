"""The article text with its layers as HTML, built from escaped pieces.

The text is cut at every span boundary (a sweep over the offsets); each piece is escaped and
wrapped in the tags of the spans that cover it, always in the same order (event sentence,
quotation, entity, date), so spans that overlap or nest give well-formed, flattened tags:
a span crossing another is closed and reopened around it. Of two spans of one kind covering
a piece the innermost is shown (no link inside a link). Junk segments (`JUNK_ROLES`) are
folded in a `<details class="junk">`. Nothing from the data reaches the page unescaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup, escape

from marsad.reading.pages import JUNK_ROLES
from marsad.store.web_articles import ArticleDetail, SegmentSpan

ROLE_NAMES = {"meta": "بيانات الصفحة", "embed": "محتوى مضمَّن", "boilerplate": "نص متكرر",
              "related": "روابط ذات صلة", "mojibake": "نص تالف", "caption": "تعليق صورة"}
_KINDS = ("sentence", "quote", "entity", "timex")  # outermost first


def entity_href(eid: str) -> str:
    return "/entity/" + quote(eid, safe="")


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    open_tag: Markup
    close_tag: Markup
    first_tag: Markup | None = None  # the opening of its first piece (an id), when it differs
    before: Markup = field(default_factory=Markup)  # shown before its first piece
    after: Markup = field(default_factory=Markup)  # shown after its last piece
    plain_tag: Markup | None = None  # an entity's opening when inside another entity (not a link)


def _spans(art: ArticleDetail) -> list[_Span]:
    out: list[_Span] = []
    sentences: dict[tuple[int, int], list[str]] = {}
    for ev in art.events:
        sentences.setdefault((ev.start, ev.end), [])
        if ev.type not in sentences[ev.start, ev.end]:
            sentences[ev.start, ev.end].append(ev.type)
    anchored: set[int] = set()  # one anchor per start, should two sentences share it
    for (start, end), types in sorted(sentences.items()):
        label = " ".join(types)
        anchor = None if start in anchored else Markup('<span class="event-sentence" id="s-{}" title="{}">')
        anchored.add(start)
        out.append(_Span(start, end, "sentence",
                         Markup('<span class="event-sentence" title="{}">').format(label), Markup("</span>"),
                         anchor.format(start, label) if anchor else None,
                         Markup("").join(Markup('<span class="chip event-type">{}</span>').format(t)
                                         for t in types)))
    for q in art.quotes:
        who = q.speaker_name or q.speaker_text or "?"
        after = (Markup(' <a class="speaker" href="{}">— {}</a>').format(entity_href(q.speaker), who)
                 if q.speaker else Markup(' <span class="speaker">— {}</span>').format(who))
        out.append(_Span(q.start, q.end, "quote",
                         Markup('<span class="quote {}" title="{}">').format(q.kind, who), Markup("</span>"),
                         after=after))
    for m in art.mentions:
        name = m.entity_name or m.text
        if m.entity:
            tag = Markup('<a class="ent ent-{}" href="{}" title="{}">').format(
                m.type, entity_href(m.entity), name)
            plain = Markup('<span class="ent ent-{}" title="{}">').format(m.type, name)
            out.append(_Span(m.start, m.end, "entity", tag, Markup("</a>"), plain_tag=plain))
        else:
            out.append(_Span(m.start, m.end, "entity", Markup('<span class="ent ent-{}">').format(m.type),
                             Markup("</span>")))
    for t in art.timexes:
        out.append(_Span(t.start, t.end, "timex",
                         Markup('<span class="timex" title="{}">').format(t.value or t.type),
                         Markup("</span>")))
    return [s for s in out if 0 <= s.start < s.end <= len(art.text)]


def _opening(s: _Span, stack: Sequence[_Span], opened: set[int]) -> Markup:
    """The opening tag of `s` where it opens: its first (with an id) once; an entity inside an
    entity link is not a link itself."""
    if s.kind == "entity" and s.plain_tag is not None and any(o.kind == "entity" for o in stack):
        return s.plain_tag
    if id(s) not in opened:
        opened.add(id(s))
        return (s.first_tag or s.open_tag) + s.before
    return s.open_tag


def _close(s: _Span, stack: Sequence[_Span]) -> Markup:
    if s.kind == "entity" and s.plain_tag is not None and any(o.kind == "entity" for o in stack):
        return Markup("</span>")
    return s.close_tag


def _inline(text: str, lo: int, hi: int, spans: Sequence[_Span], opened: set[int]) -> Markup:
    """text[lo:hi] with the spans that meet it (clipped to it), nested where they nest; a span
    that crosses the end of another is closed and reopened."""
    inside = sorted((s for s in spans if s.start < hi and s.end > lo),
                    key=lambda s: (max(lo, s.start), -min(hi, s.end), _KINDS.index(s.kind)))
    cuts = sorted({lo, hi} | {max(lo, s.start) for s in inside} | {min(hi, s.end) for s in inside})
    parts: list[Markup] = []
    stack: list[_Span] = []
    pending: list[Markup] = []
    k = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        ending = [i for i, s in enumerate(stack) if min(hi, s.end) <= a]
        reopen: list[_Span] = []
        if ending:
            while len(stack) > ending[0]:
                s = stack.pop()
                parts.append(_close(s, stack))
                if min(hi, s.end) > a:
                    reopen.append(s)
                elif s.end == a:
                    pending.append(s.after)
        if pending and not any(s.kind == "entity" for s in stack):
            parts.extend(pending)
            pending = []
        starting = []
        while k < len(inside) and max(lo, inside[k].start) <= a:
            starting.append(inside[k])
            k += 1
        for s in sorted(reversed(reopen + starting), key=lambda s: (-min(hi, s.end), _KINDS.index(s.kind))):
            parts.append(_opening(s, stack, opened))
            stack.append(s)
        parts.append(escape(text[a:b]))
    while stack:
        s = stack.pop()
        parts.append(_close(s, stack))
        if s.end == hi:
            pending.append(s.after)
    parts.extend(pending)
    return Markup("").join(parts)


def _blocks(text: str, segments: Sequence[SegmentSpan]) -> list[tuple[int, int, str | None]]:
    """The text cut into (start, end, junk role or None); runs of junk segments joined."""
    out: list[tuple[int, int, str | None]] = []
    at = 0
    for seg in sorted(segments, key=lambda s: s.start):
        if seg.start < at or seg.end > len(text):
            continue
        junk = seg.role if seg.role in JUNK_ROLES else None
        gap = text[at:seg.start]
        if junk and out and out[-1][2] and not gap.strip():
            out[-1] = (out[-1][0], seg.end, out[-1][2])
        else:
            if gap:
                out.append((at, seg.start, None))
            out.append((seg.start, seg.end, junk))
        at = seg.end
    if at < len(text):
        out.append((at, len(text), None))
    return out


def article_markup(art: ArticleDetail) -> Markup:
    """The whole text of the article, its layers marked up (see the module docstring)."""
    spans = _spans(art)
    opened: set[int] = set()
    parts: list[Markup] = []
    for lo, hi, junk in _blocks(art.text, art.segments):
        inner = _inline(art.text, lo, hi, spans, opened)
        if junk:
            parts.append(Markup('<details class="junk"><summary>{}</summary>{}</details>').format(
                ROLE_NAMES.get(junk, junk), inner))
        else:
            parts.append(inner)
    return Markup("").join(parts)
