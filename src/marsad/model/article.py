"""The one record that flows through the pipeline."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, overload

from marsad.model.layers import EventAttrs, MentionAttrs, QuoteAttrs, SegmentAttrs, TimexAttrs
from marsad.model.published import Published
from marsad.model.span import Span

# The roles of the article's own text (`Article.body`): body lines and sub-headings.
BODY_ROLES = ("body", "heading")


def content_id(*parts: str | None, prefix: str = "") -> str:
    """A stable 16-hex-digit id from content (same parts, same id)."""
    h = hashlib.sha1()
    for p in parts:
        h.update((p or "").encode("utf-8"))
        h.update(b"\x00")
    return prefix + h.hexdigest()[:16]


@dataclass(slots=True)
class Outcome:
    """What happened to one input: read, or skipped with the stage and the reason."""

    path: str
    status: str  # "ok" | "skipped" | "duplicate" | "warning" | "ignored"
    stage: str = "ingest"
    reason: str = ""
    article_id: str | None = None


@dataclass(slots=True)
class Article:
    """One article: its original text, untouched, and layers of spans over it.

    `layers` maps a layer name (`segments`, `tokens`, `mentions`, `timexes`, `quotes`,
    `events`, ...) to a list of spans. `meta` keeps what the input said about the
    article (title, url, date strings, source) before any stage judged it.
    """

    path: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Span[Any]]] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    published: Published = field(default_factory=Published)
    story: str | None = None
    duplicate_group: str | None = None
    id: str = ""
    # What a worker made from the article for the writing step to save as it is (the
    # search document, `search_index.prepare`); never stored itself, not part of equality.
    prepared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text, self.url, prefix="a")

    @overload
    def layer(self, name: Literal["segments"]) -> list[Span[SegmentAttrs]]: ...
    @overload
    def layer(self, name: Literal["mentions"]) -> list[Span[MentionAttrs]]: ...
    @overload
    def layer(self, name: Literal["timexes"]) -> list[Span[TimexAttrs]]: ...
    @overload
    def layer(self, name: Literal["quotes"]) -> list[Span[QuoteAttrs]]: ...
    @overload
    def layer(self, name: Literal["events"]) -> list[Span[EventAttrs]]: ...
    @overload
    def layer(self, name: str) -> list[Span[Any]]: ...

    def layer(self, name: str) -> list[Span[Any]]:
        """The spans of a layer (an empty list, created, when it has none yet), typed by
        its name: `layer("events")` is a `list[Span[EventAttrs]]`."""
        return self.layers.setdefault(name, [])

    def set_layer(self, name: str, spans: list[Span[Any]]) -> None:
        self.layers[name] = sorted(spans, key=lambda s: (s.start, s.end))

    def segments(self, *roles: str) -> list[Span[SegmentAttrs]]:
        """Segments with one of `roles` (all segments when none are given)."""
        segs = self.layers.get("segments", [])
        return [s for s in segs if not roles or s.label in roles]

    @property
    def body(self) -> str:
        """The article's own text: its body segments and sub-headings, one per line."""
        return "\n".join(s.slice(self.text) for s in self.segments(*BODY_ROLES))

    @property
    def mentions(self) -> list[Span[MentionAttrs]]:
        """The named-entity mentions (the `mentions` layer; nothing is created)."""
        return self.layers.get("mentions", [])

    @property
    def timexes(self) -> list[Span[TimexAttrs]]:
        """The dates and times (the `timexes` layer)."""
        return self.layers.get("timexes", [])

    @property
    def quotes(self) -> list[Span[QuoteAttrs]]:
        """The quotations (the `quotes` layer)."""
        return self.layers.get("quotes", [])

    @property
    def events(self) -> list[Span[EventAttrs]]:
        """The events of this article (the `events` layer)."""
        return self.layers.get("events", [])

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)


class StoredArticle(NamedTuple):
    """What a run needs of an article an earlier run stored (read by `store`)."""

    path: str
    duplicate_group: str | None
