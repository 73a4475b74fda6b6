"""A search query as people type it: words (all must match) and "quoted phrases" (their
words in order). Each word is matched as written or behind proclitics (see `words.forms`);
a phrase matches its words in order, the first also behind proclitics. Nothing a user
types reaches FTS5 as syntax: every word goes in as a quoted string."""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.search.words import key, matching, tokens

_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')
# Quotation marks people type for a phrase, as the ASCII one.
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "＂": '"'})

TEXT_COLUMNS = "{title body}"
FORMS_COLUMN = "forms"


@dataclass(frozen=True)
class Term:
    """One thing a result must contain: a word (one token) or a phrase (several, in order)."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Query:
    terms: tuple[Term, ...]

    @property
    def empty(self) -> bool:
        return not self.terms

    def words(self) -> list[str]:
        """Every word of every term, in order."""
        return [w for t in self.terms for w in t.words]


def parse(text: str) -> Query:
    """The terms of a query string; words that fold to nothing (punctuation) are dropped, and
    a word the folding cuts in two (U.S) becomes a phrase."""
    terms: list[Term] = []
    for m in _PART.finditer(text.translate(_QUOTES)):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            found = tuple(tokens(phrase))
            if found:
                terms.append(Term(found))
        else:
            found = tuple(tokens(word))
            if found:
                terms.append(Term(found))
    unique = list(dict.fromkeys(terms))
    return Query(tuple(unique))


def _quoted(words: tuple[str, ...] | list[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def fts_expression(query: Query) -> str:
    """The FTS5 MATCH expression: every term (AND); a word in the text columns as written or in
    the forms column by its key; a phrase in the text columns, its first word as written or
    behind any proclitic ("الملك سلمان" finds للملك سلمان)."""
    parts = []
    for term in query.terms:
        if term.is_phrase:
            first, rest = term.words[0], term.words[1:]
            variants = " OR ".join(_quoted([w, *rest]) for w in sorted(matching(first)))
            parts.append(f"{TEXT_COLUMNS} : ({variants})")
        else:
            word = term.words[0]
            parts.append(f"({TEXT_COLUMNS} : {_quoted([word])} OR {FORMS_COLUMN} : {_quoted([key(word)])})")
    return " AND ".join(parts)
