"""Words with offsets, and the clitic analysis of an Arabic word.

`tokenize(text)` cuts text into words and punctuation marks, each with its offsets in
the text, the way ANERcorp is tokenised (clitics stay attached). `Clitics.split(word)`
finds a proclitic (و، ف، ب، ل، ك، ال، لل and their combinations, from
`lang/ar/ner_clitics.tsv`) and a pronoun suffix on the normalised word, keeping a
stem of at least a few letters.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from marsad.lang.clitics import proclitics, pronoun_suffixes
from marsad.lang.normalize import normalize
from marsad.lang.words import tokens_with_punctuation

_LATIN = re.compile(r"[A-Za-z]")

Token = tuple[str, int, int]
SENTENCE_END = frozenset({".", "!", "?", "؟", "…"})  # tokens that end a sentence
QUOTE_MARKS = frozenset('“”«»"„‟')  # Arabic sites open a quotation with ” as often as with “


# A one-letter abbreviation with its full stop (د. م. ق.), or a dotted run of letters (أ.د.)
_ABBREVIATION = re.compile("[\u0621-\u064a](?:\\.[\u0621-\u064a])*")
# the same written without a space before the word it stands before (د.سامي)
_GLUED_ABBREVIATION = re.compile("([\u0621-\u064a](?:\\.[\u0621-\u064a])*\\.)([\u0621-\u064a]{2,})")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """(word, start, end) for each word and punctuation mark of `text[start:end]`; a letter
    abbreviation keeps its full stop as one word, as ANERcorp writes it (`abbreviations`)."""
    return abbreviations(tokens_with_punctuation(text, start, end))


def abbreviations(tokens: list[Token]) -> list[Token]:
    """`tokens` with each letter abbreviation one word with its full stop, the way the tagger
    was trained (ANERcorp: «د.», «م.», «ق.»): a one-letter word or a dotted run of letters
    (أ.د) standing apart from the word before it (a space between; not the م of «2013م.», nor
    a letter glued to a mark before it) with a full stop
    written right after it is one word «د.» (so the stop ends no sentence and the title cue
    «د.» is seen), and a word that glues such an abbreviation to a name of two letters or more
    («د.سامي») is two: «د.» and «سامي»."""
    out: list[Token] = []
    for w, s, e in tokens:
        apart = not out or out[-1][2] < s
        if w == "." and out and _ABBREVIATION.fullmatch(out[-1][0]) and out[-1][2] == s \
                and (len(out) < 2 or out[-2][2] < out[-1][1]):
            ab, a, _ = out.pop()
            out.append((ab + w, a, e))
            continue
        glued = _GLUED_ABBREVIATION.fullmatch(w) if apart and "." in w else None
        if glued is not None:
            cut = s + glued.end(1)
            out.append((glued.group(1), s, cut))
            out.append((glued.group(2), cut, e))
            continue
        out.append((w, s, e))
    return out


def is_latin(word: str) -> bool:
    return _LATIN.search(word) is not None


@dataclass(frozen=True)
class Split:
    """A normalised word cut into proclitic + stem + enclitic (empty strings when absent)."""

    pro: str
    stem: str
    enc: str
    definite: bool  # the proclitic carries the article (ال / لل)


class Clitics:
    """Proclitics and the pronoun suffixes NER splits off, longest first (`lang.clitics`)."""

    def __init__(self) -> None:
        self.pro = proclitics()
        self.enc = pronoun_suffixes(split_only=True)
        self.min_stem = 2
        self.pro_initials = frozenset(f[0] for f, _ in self.pro)
        self.enc_finals = frozenset(f[-1] for f in self.enc)

    def split(self, norm: str) -> Split:
        pro, definite, stem = "", False, norm
        for form, is_def in self.pro if norm[:1] in self.pro_initials else ():
            if norm.startswith(form) and len(norm) - len(form) >= self.min_stem + (1 if is_def else 0):
                pro, definite, stem = form, is_def, norm[len(form) :]
                break
        enc = ""
        for form in self.enc if stem[-1:] in self.enc_finals else ():
            if stem.endswith(form) and len(stem) - len(form) >= 3:
                enc, stem = form, stem[: -len(form)]
                break
        return Split(pro, stem, enc, definite)


@cache
def clitics() -> Clitics:
    return Clitics()


def bare_prefix(word: str, known: Container[str] = ()) -> int:
    """How many leading characters of an original `word` are a conjunction/preposition
    proclitic to leave out of a name: the part before an article (بالصين → الصين), or
    the longest bare proclitic whose remainder is a `known` normalised word (لأوكرانيا →
    أوكرانيا when أوكرانيا is known); in the contraction of ل with the article the name
    starts at the article's lam (للسعودية → لسعودية, وللحوثيين → لحوثيين, as the real-text
    gold marks it); 0 when none (وانغ stays whole)."""
    norm = normalize(word)
    cl = clitics()
    if norm[:1] not in cl.pro_initials:
        return 0
    cut = 0
    for form, definite in cl.pro:  # longest first
        if not norm.startswith(form) or len(norm) - len(form) < cl.min_stem:
            continue
        rest = norm[len(form) :]
        if definite:
            if form.endswith("ال") and len(form) > 2:
                cut = len(form) - 2
                break
            if form.endswith("لل"):  # ل + ال: the name starts at the article's lam
                cut = len(form) - 1
                break
            continue
        if rest in known:
            cut = len(form)
            break
    if cut == 0:
        return 0
    seen = 0  # map normalised characters back to original ones (marks stay with the clitic)
    for i, ch in enumerate(word):
        if normalize(ch):
            if seen == cut:
                return i
            seen += 1
    return 0
