"""Cleaning: cut the text into line segments and give each a role.

Provides `segments`: spans with label = role (`title`, `dateline`, `meta`, `body`,
`heading`, `caption`, `embed`, `boilerplate`, `related`, `mojibake`) and
attrs `{"cue": <why>}`; sets `article.title` when the text carries one.
(Minimal version: first line title, the rest body. The real one reads lang/ar cues.)
"""

from __future__ import annotations

from marsad.model import Article, Span
from marsad.stages.base import stage


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding white space."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return out


@stage("segment", requires=("text",), provides=("segments", "title"))
def segment(art: Article) -> None:
    spans = []
    for k, (s, e) in enumerate(line_spans(art.text)):
        role = "title" if k == 0 and art.title is None else "body"
        spans.append(Span(s, e, role))
    art.set_layer("segments", spans)
    if art.title is None:
        titles = art.segments("title")
        art.title = titles[0].slice(art.text) if titles else None
