r"""What a word is: the one word scanner every stage cuts text with.

A **word** is a maximal run of

- letters (`\p{L}`), Arabic and Latin alike; the tatweel (U+0640, a modifier letter `Lm`)
  is a letter here, so a stretched «الـرياض» stays one word;
- combining marks (`\p{M}`): the short vowels, tanween, shadda, sukun and the dagger alef,
  so a vowelled «عُمان» is one word, not three pieces;
- digits (`\p{N}`), Arabic-Indic and Western: «2024» and «٢٠٢٤» are words.

Everything else (spaces, punctuation, symbols, the underscore) separates words. Offsets
are always into the untouched text: `word_spans` scans the text as written, and
`normalized_words` scans its normalised form (`lang.normalize`) and maps each word back.

Named variants. Stages grew their own word regexes before this module existed, and their
outputs (frozen by benchmarks and golds) depend on the exact unit each one cut, so each
difference from `WORD` is kept as a named, explained unit here rather than changed:

- `WORD_WITH_JOINERS` (stories): also takes in format characters (`\p{Cf}`: ZWNJ, ZWJ,
  bidi marks), so a word written with a joiner inside stays one word for near-duplicate
  shingles.
- `LETTER_DIGIT_RUN` / `LETTER_OR_DIGIT` (dates): letters and digits without marks; dates
  scan lower-cased normalised text, and use the one-character class as a word boundary
  inside their grammar patterns.
- `LETTER_RUN` (dates): letters only, for cue words that are never numbers.
- `ALNUM_WORD` (search, cleaning): a run of what Python's `re` calls alphanumeric
  (`[^\W_]`), which is where SQLite FTS5's unicode61 tokenizer cuts, so the search index,
  the highlighter and the query agree; combining marks split it (search folds them away first).
- `NER_TOKEN` (ner): ANERcorp's tokens: a word (with tatweel and marks) that may hold an
  inner hyphen, apostrophe or dot («U.S.», «بن-غوريون»), or a single punctuation mark.

`WORD`, `WORD_WITH_JOINERS`, `LETTER_DIGIT_RUN` and `LETTER_RUN` use the `regex` module
(Unicode properties); `ALNUM_WORD` and `NER_TOKEN` use `re`, whose `\w` differs from
`regex`'s, and keep it because their callers' cuts depend on it.
"""

from __future__ import annotations

import re
from typing import TypeAlias

import regex

from marsad.lang.normalize import normalize_mapped

LETTER_OR_DIGIT = r"[\p{L}\p{N}]"
"""One letter or digit, as a pattern fragment (a word boundary inside a larger pattern)."""
LETTER = r"\p{L}"
"""One letter, as a pattern fragment."""
LETTERS = LETTER + "+"
"""A run of letters, as a pattern fragment."""

WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
"""The word: letters (tatweel included), combining marks, digits."""
WORD_WITH_JOINERS = regex.compile(r"[\p{L}\p{N}\p{M}\p{Cf}]+")
"""A word that may hold format characters (ZWNJ, ZWJ, bidi marks): stories."""
LETTER_DIGIT_RUN = regex.compile(LETTER_OR_DIGIT + "+")
"""Letters and digits, marks excluded: dates, over normalised text."""
LETTER_RUN = regex.compile(LETTERS)
"""Letters only: dates' cue words."""
ALNUM_WORD = re.compile(r"[^\W_]+")
"""Python's alphanumeric runs, where SQLite FTS5's unicode61 cuts: search and cleaning."""
NER_TOKEN = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+(?:[-'’.][\w\u064B-\u065F\u0670]+)*|[^\w\s]")
"""A word with inner hyphens, apostrophes or dots, or one punctuation mark: ANERcorp's tokens."""

Unit: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
"""A word unit: `WORD` or one of its named variants."""


def word_spans(text: str, start: int = 0, end: int | None = None,
               unit: Unit = WORD) -> list[tuple[int, int]]:
    """The [start, end) offsets in `text` of the words of `text[start:end]`."""
    return [m.span() for m in unit.finditer(text, start, len(text) if end is None else end)]


def words(text: str, unit: Unit = WORD) -> list[str]:
    """The words of `text` as written, in order."""
    return unit.findall(text)


def normalized_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, normalised word) for each word of `text[start:end]`: the words of its
    normalised form, with offsets into the untouched `text`, from the first to the last
    original character the normalised word kept (a final mark it dropped stays outside)."""
    end = len(text) if end is None else end
    norm, where = normalize_mapped(text[start:end])
    if where is None:  # no character dropped or expanded (most sentences): offsets as they are
        return [(start + m.start(), start + m.end(), m.group()) for m in WORD.finditer(norm)]
    return [(start + where[m.start()], start + where[m.end() - 1] + 1, m.group())
            for m in WORD.finditer(norm)]


def tokens_with_punctuation(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) for each `NER_TOKEN` of `text[start:end]`: words and single
    punctuation marks, offsets into `text`."""
    return [(m.group(), m.start(), m.end())
            for m in NER_TOKEN.finditer(text, start, len(text) if end is None else end)]


def words_and_head(text: str, head: int, unit: Unit = WORD) -> tuple[list[str], list[str]]:
    """The words of `text` and the words of `text[:head]` (whose last may be a word cut
    short at `head`), from one scan: two stages that read a text and its opening share it."""
    first = unit.findall(text, 0, head)
    rest = unit.findall(text, head) if head < len(text) else []
    if first and rest and text.endswith(first[-1], 0, head) and text.startswith(rest[0], head):
        return [*first[:-1], first[-1] + rest[0], *rest[1:]], first  # a word across `head`
    return first + rest, first
