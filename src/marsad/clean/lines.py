"""Lines of an article as cleaning judges them, and the tests of their shape.

`Line`: a line (or a piece of a long one, `clean.layout`) with its match form, word count and
script; `line_of` builds one. Shape tests: `headline_like`, `date_line` (a header line of date
words and digits only), `author_bio` (a generated bio of tiny self-descriptions), `foreign`
(Latin letters, next to no Arabic), `repeats_with_suffix` (an image credit repeating a caption).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.clean.cues import Cues, match_form
from marsad.clean.layout import Unit
from marsad.clean.script import letter_counts, script_language
from marsad.lang.words import ALNUM_WORD

_TOKEN = ALNUM_WORD
_SENTENCE_SPLIT = re.compile(r"[.!?؟]+")
_CAPTION_SUFFIX = re.compile(r"^ ?[-–—|(] ?(?:\S+ ?){1,4}\)?$")
NO_TITLE_END = ".:،,;؛"
MAX_TITLE_WORDS = 20
# Lines longer than this are article text or a cue at their start: only the first
# FORM_PREFIX characters are put in match form (the speed of cleaning depends on it).
LONG_LINE = 220
FORM_PREFIX = 120


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    form: str  # the match form; of the first FORM_PREFIX characters only when `cut`
    words: int
    lang: str
    cut: bool
    line: int  # the logical line it is (part of)
    whole: bool  # False for a piece of a long line (clean/layout)
    tail: bool  # a piece after its line's last sentence end


def line_of(text: str, u: Unit, forms: dict[tuple[int, int], str] | None = None) -> Line | None:
    raw = text[u.start:u.end]
    cut = len(raw) > LONG_LINE
    known = forms.get((u.start, u.end)) if forms and not cut else None
    form = known if known is not None else match_form(raw[:FORM_PREFIX] if cut else raw)
    if not form:  # only invisible marks
        return None
    words = len(raw.split()) if cut else form.count(" ") + 1
    return Line(u.start, u.end, raw, form, words, script_language(raw), cut, u.line, u.whole, u.tail)


def headline_like(ln: Line) -> bool:
    return (ln.words <= MAX_TITLE_WORDS and len(ln.form) <= 160
            and ln.form[-1] not in NO_TITLE_END)


def date_line(ln: Line, cues: Cues) -> bool:
    """A short line made only of weekday/month names, date words, digits and punctuation."""
    if ln.words > 10:
        return False
    toks = _TOKEN.findall(ln.form)
    if not toks or not any(t.isdigit() for t in toks):
        return False
    named = False
    for t in toks:
        if t.isdigit() or (t[:-2].isdigit() and t[-2:] in ("st", "nd", "rd", "th")):
            continue
        if t in cues.date_words or t.removeprefix("ال") in cues.date_words:
            named = named or t in cues.date_names or t.removeprefix("ال") in cues.date_names
            continue
        return False
    return named or ":" in ln.form


def author_bio(ln: Line, cues: Cues) -> bool:
    """Generated author bios: many tiny sentences, several of them self-descriptions."""
    if ln.cut or ln.form.count(".") < 3:
        return False
    parts = [p.strip(" \"'“”«»") for p in _SENTENCE_SPLIT.split(ln.form)]
    parts = [p for p in parts if p]
    if len(parts) < 4 or ln.words > 6 * len(parts):
        return False
    hits = sum(any(w in cues.bio_words for w in p.split()) for p in parts)
    return hits >= 2


def foreign(text: str) -> bool:
    """Latin letters and next to no Arabic ones: an embedded English post or quote."""
    arabic, latin, _ = letter_counts(text)
    return arabic * 6 <= latin


def repeats_with_suffix(short: Line, long: Line) -> bool:
    """`long` is `short` plus a credit (` - Getty`, ` (AFP)`): an image and its caption."""
    return (not (short.cut or long.cut) and long.form.startswith(short.form)
            and len(long.form) > len(short.form)
            and _CAPTION_SUFFIX.match(long.form[len(short.form):]) is not None)
