"""The Arabic proclitics of `lang/ar/ner_clitics.tsv` as data any layer may use (search, for
one): their normalised forms, longest first, and whether each carries the article."""

from __future__ import annotations

from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize

ARTICLE = "ال"
"""The definite article, normalised."""


@cache
def proclitics(lang: str = "ar") -> tuple[tuple[str, bool], ...]:
    """(normalised proclitic, carries the article?), longest first; the bare article included."""
    rows = {(normalize(r["form"]), r["definite"] == "yes") for r in load_table("ner_clitics", lang)
            if r["kind"] == "proclitic"}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))
