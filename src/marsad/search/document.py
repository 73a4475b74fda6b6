"""What the index holds for one article: its title, its kept text (the body and heading
segments: no boilerplate, related links, captions or embeds) and the clitic-free forms of
their words, each column words in their matching form separated by spaces."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.model.article import BODY_ROLES
from marsad.search.words import forms, tokens


@dataclass(frozen=True)
class Document:
    """The indexed columns of one article and a digest of what they were made from."""

    title: str
    body: str
    forms: str
    digest: str


def kept_spans(segments: Sequence[tuple[int, int, str]], text_len: int) -> list[tuple[int, int]]:
    """The [start, end) spans of the article's own text (`BODY_ROLES`), in text order; the whole text when the
    article was never cut into segments (a run without the cleaning step)."""
    if not segments:
        return [(0, text_len)] if text_len else []
    return sorted((s, e) for s, e, role in segments if role in BODY_ROLES)


def digest(title: str | None, text: str, segments: Sequence[tuple[int, int, str]]) -> str:
    """A digest of what an article's document is made from (cheaper than the document: an
    article saved again unchanged is recognised without tokenizing it)."""
    pieces = [text[s:e] for s, e in kept_spans(segments, len(text))]
    return hashlib.blake2b("\x1f".join([title or "", *pieces]).encode("utf-8", "replace"),
                           digest_size=16).hexdigest()


def document(title: str | None, text: str, segments: Sequence[tuple[int, int, str]]) -> Document:
    """The index document of an article from its title, text and (start, end, role) segments."""
    pieces = [text[s:e] for s, e in kept_spans(segments, len(text))]
    title_words = tokens(title or "")
    body_words = [w for piece in pieces for w in tokens(piece)]
    bare = sorted({f for w in {*title_words, *body_words} for f in forms(w)})
    return Document(" ".join(title_words), " ".join(body_words), " ".join(bare),
                    digest(title, text, segments))
