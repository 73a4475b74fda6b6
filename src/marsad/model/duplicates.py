"""How an article record says it is an exact duplicate (`marsad.ingest.duplicates` decides
it): the `exact_duplicate` flag, and `meta["duplicate_of"]` naming the original's id. Read
by the store (the `duplicate_of` column) and by the exports (`articles.jsonl`)."""

from __future__ import annotations

from marsad.model.article import Article

EXACT_DUPLICATE = "exact_duplicate"
DUPLICATE_OF = "duplicate_of"


def duplicate_of(art: Article) -> str | None:
    """The id of the article `art` is an exact duplicate of, or None."""
    if EXACT_DUPLICATE not in art.flags:
        return None
    value = art.meta.get(DUPLICATE_OF)
    return value if isinstance(value, str) else None
