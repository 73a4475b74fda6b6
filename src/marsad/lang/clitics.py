"""The Arabic clitics of `lang/ar/ner_clitics.tsv` as data every layer uses (NER, name
matching, search, dates); the one place that reads the table: the proclitics' normalised
forms, longest first, and whether each carries the article; the pronoun suffixes
(enclitics), all of them or those NER splits off."""

from __future__ import annotations

from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize

ARTICLE = "ال"
"""The definite article, normalised."""

LAM_ARTICLE = "لل"
"""The preposition ل written onto the article, whose alif it drops («للوفد», «للتجارة»), normalised:
one of the proclitics that carry the article."""


def with_lam_article(noun: str) -> str:
    """The normalised noun `noun` (without its article) with ل and the article written onto it:
    `LAM_ARTICLE` + noun («للوفد»), one lam fewer where the noun opens with ل itself, the article's
    lam merged into it («ليل» -> «لليل», «لياقه» -> «للياقه»)."""
    return LAM_ARTICLE + (noun[1:] if noun.startswith("ل") else noun)


@cache
def proclitics(lang: str = "ar") -> tuple[tuple[str, bool], ...]:
    """(normalised proclitic, carries the article?), longest first; the bare article included."""
    rows = {(normalize(r["form"]), r["definite"] == "yes") for r in load_table("ner_clitics", lang)
            if r["kind"] == "proclitic"}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@cache
def pronoun_suffixes(lang: str = "ar", split_only: bool = False) -> tuple[str, ...]:
    """Every pronoun suffix (enclitic) of the table, normalised, longest first: those NER does
    not split off (ه) too, for a layer that reads a suffix in context (a possessed, so definite,
    noun: «اجتماعه»); with `split_only`, those NER and name matching cut off a word."""
    forms = {normalize(r["form"]) for r in load_table("ner_clitics", lang)
             if r["kind"] == "enclitic" and (r["split"] == "yes" or not split_only)}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))
