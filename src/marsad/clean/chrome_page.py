"""Pages with no article text: what is left as body after cleaning is menus, buttons, footers.

An article's body holds text of its own when it has a sentence (SENTENCE_WORDS words with
punctuation in them: a page's menus, buttons and headline lists have none), or MIN_TEXT_WORDS
words. A page flattened onto one line (or hard-wrapped) loses the line breaks its chrome was
cut at, so many words of chrome can come out as one body stretch; such a stretch is still
chrome when it has no punctuation at all (a colon or a point between digits, «06:13», is none)
and cleaning's line and start cues, found at its word starts, with the words of dates (digits,
weekday and month names, «هـ», «الموافق»), cover at least CHROME_SHARE of its words
(«الرئيسية محليات اقتصاد تابعونا على فيسبوك تويتر جميع الحقوق محفوظة»; a wire service's
«… تحييكم وتبدأ بثها اليوم الثلاثاء 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م 06:13 ت م»).
"""

from __future__ import annotations

import re

from marsad.clean.cues import Cues, load_cues, match_form
from marsad.clean.layout import sentence_spans
from marsad.model import Article, SegmentAttrs, Span

SENTENCE_WORDS = 5  # a body sentence this long with punctuation in it is text ...
MIN_TEXT_WORDS = 12  # ... and a body this long is text even without one (a caption is shorter)
CHROME_SHARE = 0.3  # of the words of an unpunctuated body that cues cover: chrome
MAX_CHROME_WORDS = 150  # a longer unpunctuated body is text (a poem, a list), never judged
_PUNCTUATION = re.compile(r"[.،,!?؟:؛;](?!\d)")
_WORD_START = re.compile(r"(?:^| )(?=\S)")
_CLOSING_MARKS = re.compile(r"\s*[.!?؟…]+")  # a sentence's end a hard wrap put on the next line


def cue_covered_share(text: str, cues: Cues) -> float:
    """The share of the words of `text` that a line or start cue starting at a word covers, or
    that are words of a date."""
    form = match_form(text)
    words = form.count(" ") + 1 if form else 0
    if not words:
        return 0.0
    covered = 0  # words covered so far, by cue matches that never overlap
    reach = 0  # the end of the last cue match
    for m in _WORD_START.finditer(form):
        pos = m.end()
        if pos < reach:
            continue
        ends = [x.end() for fam in ("line", "start") if (x := cues[fam].word_regex.match(form, pos))]
        end = max(ends, default=pos)
        if end > pos:
            covered += form.count(" ", pos, end) + (form[end - 1:end] != " ")
            reach = end
        elif _date_word(form[pos:].split(" ", 1)[0], cues):
            covered += 1
    return covered / words


def _date_word(word: str, cues: Cues) -> bool:
    return word.isdigit() or word in cues.date_words or word.removeprefix("ال") in cues.date_words


def holds_article_text(art: Article) -> bool:
    """The body holds text of its own (see the module's doc)."""
    text = art.text
    body = art.segments("body")
    closed = [(s.start, _closed_end(text, s.end)) for s in body]
    punctuated = any(_PUNCTUATION.search(text, a, b) for a, b in closed)
    if punctuated and _words_reach(text, body, MIN_TEXT_WORDS):  # the common case, counted short
        return True
    words = sum(len(text[s.start:s.end].split()) for s in body)
    if words >= MIN_TEXT_WORDS:
        if punctuated or words > MAX_CHROME_WORDS:
            return True
        joined = " ".join(text[s.start:s.end] for s in body)
        return cue_covered_share(joined, load_cues()) < CHROME_SHARE
    return any(len(text[a:b].split()) >= SENTENCE_WORDS and _PUNCTUATION.search(text, a, b)
               for s, e in closed for a, b in sentence_spans(text, s, e))


def _closed_end(text: str, end: int) -> int:
    """The end of a body segment with the closing marks right after it («… الالكترونية⏎؟!»: a
    hard wrap cut the sentence before them, and cleaning judged them apart)."""
    m = _CLOSING_MARKS.match(text, end)
    return m.end() if m is not None else end


def _words_reach(text: str, body: list[Span[SegmentAttrs]], need: int) -> bool:
    """The body segments hold at least `need` words (counted only until they do)."""
    for s in body:
        need -= len(text[s.start:s.end].split())
        if need <= 0:
            return True
    return False


def drop_chrome_page(art: Article) -> None:
    """A page with no article text: its body segments are chrome (cue `no_sentence`) and it
    is flagged `no_article_text`."""
    if holds_article_text(art):
        return
    for seg in art.segments("body"):
        seg.label = "boilerplate"
        seg.attrs.cue = "no_sentence"
    art.flag("no_article_text")
