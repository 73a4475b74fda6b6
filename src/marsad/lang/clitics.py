"""The Arabic clitics of `lang/ar/ner_clitics.tsv` as data any layer may use (search, dates):
the proclitics' normalised forms, longest first, and whether each carries the article; the
pronoun suffixes (enclitics), split off by NER or not."""

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


@cache
def pronoun_suffixes(lang: str = "ar") -> tuple[str, ...]:
    """Every pronoun suffix (enclitic) of the table, normalised, longest first: those NER does
    not split off (ه) too, for a layer that reads a suffix in context (a possessed, so definite,
    noun: «اجتماعه»)."""
    forms = {normalize(r["form"]) for r in load_table("ner_clitics", lang) if r["kind"] == "enclitic"}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))
