"""A span: a labelled stretch of an article's original text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, Generic, TypeVar

A = TypeVar("A")
C = TypeVar("C", bound=type)


def pickled_by_fields(cls: C) -> C:
    """Give a slotted dataclass a `__reduce__` that pickles (and copies) it as its class and
    its fields' values in order, read at C speed (`attrgetter`), and builds it again with
    them (`cls(*values)`): the same object, about half the time of pickle's generic form
    (a dict of the slots, then one `setattr` per slot) and less than half of its bytes. A
    run's worker processes send and receive each article's spans (`engines.LocalEngine`):
    tens of spans an article, each with its attributes. Only for a class whose `__init__`
    takes every field and does nothing else (no `__post_init__`, no `init=False` field)."""
    names = [f.name for f in fields(cls)]
    assert all(f.init for f in fields(cls)) and not hasattr(cls, "__post_init__"), cls
    values: Callable[[Any], Any] = (attrgetter(*names) if len(names) > 1
                                    else (lambda o: (getattr(o, names[0]),)))

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


@pickled_by_fields
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
