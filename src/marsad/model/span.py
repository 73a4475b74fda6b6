"""A span: a labelled stretch of an article's original text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

A = TypeVar("A")


@dataclass(slots=True)
class Span(Generic[A]):
    """`text[start:end]` of the article, with a label and its layer's attributes
    (`marsad.model.layers`: `Span[MentionAttrs]`, `Span[EventAttrs]`, ...).

    Offsets are Unicode code points into `Article.text`, the text exactly as read.
    A span never carries a modified copy of the text; normalised forms live in
    `attrs` (for matching) and are recomputed, never written back.
    """

    start: int
    end: int
    label: str
    attrs: A

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span[Any]) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span[Any]) -> bool:
        return self.start <= other.start and other.end <= self.end
