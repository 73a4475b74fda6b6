"""NER word lists from `lang/ar/`: cue words and phrases, and the gazetteer, indexed for
matching over normalised, clitic-stripped words of a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.tokens import clitics

Phrase = tuple[tuple[str, ...], str]


@lru_cache(maxsize=200_000)
def definite(norm: str) -> bool:
    """Whether a normalised word carries the article (after any proclitic: والمملكه)."""
    return any(c.startswith("ال") and len(c) > 3 for c in candidates(norm))


def nisba(norm: str) -> bool:
    """A nisba adjective shape, with or without the article (سعودي، السعوديه)."""
    return len(norm) > 3 and norm.endswith(("ي", "يه"))


def candidates(norm: str) -> tuple[str, ...]:
    """The forms a normalised word may be looked up under: itself, without each
    conjunction/preposition it may start with, and with the article in place of لل;
    the most stripped form last."""
    cl = clitics()
    if norm[:1] not in cl.pro_initials:
        return (norm,)
    out = [norm]
    for form, definite in reversed(cl.pro):  # shortest first
        rest = norm[len(form) :]
        if norm.startswith(form) and len(rest) >= cl.min_stem:
            if definite and form.endswith("لل"):
                out.append("ال" + rest)
            elif not definite:
                out.append(rest)
    return tuple(dict.fromkeys(out))


class PhraseIndex:
    """Phrases (tuples of normalised words) by their first word; longest match wins."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.first: dict[str, list[Phrase]] = {}
        for words, label in sorted(phrases, key=lambda p: -len(p[0])):
            self.first.setdefault(words[0], []).append((words, label))
        self.single = {w[0]: lab for w, lab in phrases if len(w) == 1}
        self.multi_first = {w[0] for w, _ in phrases if len(w) > 1}

    def starts_multi(self, norm: str) -> bool:
        """Whether a phrase of two or more words may start at this word."""
        return any(c in self.multi_first for c in candidates(norm))

    def matches(self, norms: Sequence[str], at: Sequence[int] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, label) of phrase matches over a sentence of normalised words
        (only those starting at the positions `at`, in order, when given)."""
        out = []
        n = len(norms)
        todo = range(n) if at is None else at
        after = 0
        for i in todo:
            if i < after:
                continue
            best: tuple[int, str] | None = None
            for cand in candidates(norms[i]):
                for words, label in self.first.get(cand, ()):
                    k = len(words)
                    if i + k <= n and all(norms[i + j] == words[j] for j in range(1, k)):
                        if best is None or k > best[0]:
                            best = (k, label)
                        break
            if best:
                out.append((i, i + best[0], best[1]))
                after = i + best[0]
        return out


def _phrases(table: str, col: str, label_col: str) -> list[Phrase]:
    return [(tuple(normalize(row[col]).split()), row[label_col]) for row in load_table(table)]


@cache
def cue_index() -> PhraseIndex:
    return PhraseIndex(_phrases("ner_cues", "phrase", "cue"))


@cache
def gazetteer_index() -> PhraseIndex:
    return PhraseIndex(_phrases("ner_gazetteer", "name", "type"))
