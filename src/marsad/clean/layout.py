"""Layout: the stretches of text cleaning judges one by one, whatever the line breaks.

A page's own line breaks are the best units, but real corpora often lose them: JSON dumps
and CSV exports put a whole article on one line, some archives hard-wrap it at a fixed
width. `layout_units` gives cleaning its units:

- **Hard wraps are rejoined.** When most lines fill a narrow band of widths and run on
  without a stop, each full line and the line after it are one logical line.
- **Long lines are cut into pieces** where the layout gave no breaks: at sentence ends
  (an ellipsis «..» inside a headline is not one), at runs of white space (flattened blank
  lines; not right after a dash, which joins what is around it: «سبق ـ  الرياض:»), before a
  list bullet («* …», a roundup's items flattened), around runs of
  Latin-script words inside Arabic text (an embedded post), and before an in-line cue of
  cleaning (`inline` family: «تاريخ النشر: …» after a headline).
  Each piece is judged alone; the segments of one line that get the same role are merged
  back (`merge_line_segments`), so a paragraph that is all body stays one body segment.

Offsets always point into the untouched text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from marsad.lang.sentences import split_sentences
from marsad.model import SegmentAttrs, Span

PIECE_LINE = 300  # a line longer than this is judged piece by piece
WRAP_MIN_WIDTH = 40  # narrower bands are lists, not wraps
WRAP_BAND = 25  # the widths of hard-wrapped lines fall in a band this wide
WRAP_SHARE = 0.6  # of the lines (all but the last) that must fall in the band
WRAP_LONGER = 0.1  # of the lines that may be longer than the band (none is, in a real wrap)
WRAP_MIN_LINES = 4  # lines (all but the last) a text needs to be judged wrapped
WRAP_RUN_ON = 0.5  # of the lines in the band that must end without a stop
LATIN_RUN = 4  # Latin words in a row inside Arabic text that make a piece of their own
_STOP_END = ".!?؟:\"'”»)"  # a line ending in one of these may be a paragraph's end
_SENTENCE_END = re.compile(r"[.!?؟…][\"'”»)]*$")
_GAP = re.compile(r"\s{2,}")
_DASHES = "-–—\u0640"  # a piece never ends in one (a lone tatweel is a dash too)
_SENTENCE_STOP = re.compile(r"[.!?؟]")
# a list item's bullet, its line break lost (the bullet first, its space looked back at:
# a pattern that opens with a character class is searched for much faster)
_BULLET = re.compile(r"[*•](?<=\s[*•])(?=\s?[\u0600-\u06ff])")
_WORD = re.compile(r"\S+")
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LINK = re.compile(r"[/@]|\.(?:com|net|org)\b|^www\.", re.IGNORECASE)  # a link or a handle


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of text judged as one line: a whole logical line or a piece of one."""

    start: int
    end: int
    line: int  # index of its logical line (a physical line, or hard-wrapped lines rejoined)
    whole: bool  # the whole logical line, not a piece of it
    tail: bool = False  # a piece after the line's last sentence end (where page chrome sits)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding white space."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return out


def wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The narrowest width of a hard-wrapped text's full lines; None when it is not wrapped."""
    widths = sorted(e - s for s, e in lines[:-1])
    if len(widths) < WRAP_MIN_LINES:
        return None
    best, low = 0, 0
    for k, w in enumerate(widths):  # the band [w, w + WRAP_BAND] holding the most lines
        n = bisect_left(widths, w + WRAP_BAND + 1) - k
        if n > best:
            best, low = n, w
    longer = len(widths) - bisect_left(widths, low + WRAP_BAND + 1)
    if low < WRAP_MIN_WIDTH or best < WRAP_SHARE * len(widths) or longer > WRAP_LONGER * len(widths):
        return None
    band = [(s, e) for s, e in lines[:-1] if low <= e - s <= low + WRAP_BAND]
    run_on = sum(text[e - 1] not in _STOP_END for _, e in band)
    return low if run_on >= WRAP_RUN_ON * len(band) else None


def logical_lines(text: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped ones rejoined (a full line runs on into the next)."""
    lines = line_spans(text)
    width = wrap_width(text, lines)
    if width is None:
        return lines
    out: list[tuple[int, int]] = []
    joining = False
    for k, (s, e) in enumerate(lines):
        if joining:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        nxt = lines[k + 1][0] if k + 1 < len(lines) else len(text)
        joining = e - s >= width and text.count("\n", e, nxt) == 1  # a full line, no blank line after
    return out


def sentence_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentences of text[s:e]; an ellipsis («..», «…») does not end one."""
    out: list[tuple[int, int]] = []
    for a, b in split_sentences(text, s, e):
        if out and (text[out[-1][1] - 2:out[-1][1]] == ".." or text[out[-1][1] - 1] == "…"):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def piece_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """text[s:e] cut at sentence ends and at runs of white space."""
    return [g for a, b in sentence_spans(text, s, e) for g in _gaps(text, a, b)]


def _gaps(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """text[s:e] cut at runs of two or more white-space characters, except after a dash."""
    for m in _GAP.finditer(text, s, e):
        if m.start() > s and text[m.start() - 1] in _DASHES:
            continue
        yield s, m.start()
        s = m.end()
    yield s, e


def _items(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """text[s:e] cut before each list bullet inside it (a flattened list: «… شرطي * أثينا -»)."""
    for m in _BULLET.finditer(text, s + 1, e):
        yield s, m.start()
        s = m.start()
    yield s, e


def _script_runs(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """text[s:e] cut around runs of LATIN_RUN or more Latin-script words inside Arabic."""
    if not _ARABIC.search(text, s, e) or not _LATIN.search(text, s, e):
        yield s, e
        return
    words = [(m.start(), m.end(), _script(m[0])) for m in _WORD.finditer(text, s, e)]
    k = 0
    while k < len(words):
        if words[k][2] not in ("latin", "link"):
            k += 1
            continue
        j = k
        while j + 1 < len(words) and words[j + 1][2] != "arabic":
            j += 1
        while words[j][2] not in ("latin", "link"):  # a run ends on a Latin word, not on digits
            j -= 1
        run = [w[2] for w in words[k:j + 1]]
        if run.count("latin") >= LATIN_RUN or "link" in run:
            if words[k][0] > s:
                yield s, words[k][0]
            yield words[k][0], words[j][1]
            s = words[j][1]
        k = j + 1
    if s < e:
        yield s, e


def _script(word: str) -> str:
    if _ARABIC.search(word):
        return "arabic"
    if _LATIN.search(word):
        return "link" if _LINK.search(word) else "latin"
    return "neutral"


def layout_units(text: str, cues: Callable[[str, int, int, bool], list[tuple[int, int]]]) -> list[Unit]:
    """The units of `text`. `cues(text, s, e, tail)` gives the extents in text[s:e] of
    cleaning's in-line cues, each cut out as a piece (`tail`: text[s:e] lies after its line's
    last sentence end, where any line or start cue may start too; an extent may be empty,
    a cut before a cue)."""
    units: list[Unit] = []
    for k, (s, e) in enumerate(logical_lines(text)):
        tail_from = e
        if e - s <= PIECE_LINE:  # a short line is cut only at a cue or a bullet inside it
            # a cue inside it; one opening it only when a sentence follows it (a flattened page)
            inside = [c for a, b in cues(text, s, e, False)
                      if a > s or _SENTENCE_STOP.search(text, b, e) for c in (a, b)]
            inside += [a for a, _ in _items(text, s, e) if a > s]
            parts = list(_cut_at(text, s, e, inside))
        else:
            sentences = sentence_spans(text, s, e)
            last = sentences[-1]
            ended = _SENTENCE_END.search(text, max(last[0], last[1] - 4), last[1]) is not None
            tail_from = last[0] if not ended and len(sentences) > 1 else e
            pieces = [p for a, b in sentences for g in _gaps(text, a, b) for i in _items(text, *g)
                      for p in _script_runs(text, *i)]
            parts = [q for a, b in pieces for q in _cut_at(
                text, a, b, [c for x in cues(text, a, b, a >= tail_from) for c in x])]
        trimmed = [t for a, b in parts if (t := _trim(text, a, b))]
        if len(trimmed) <= 1:
            units.append(Unit(s, e, k, True))
        else:
            units.extend(Unit(a, b, k, False, a >= tail_from) for a, b in trimmed)
    return units


def _cut_at(text: str, s: int, e: int, at: list[int]) -> Iterator[tuple[int, int]]:
    for c in sorted(at):
        if s < c < e:
            yield s, c
            s = c
    yield s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if s < e else None


def merge_line_segments(spans: list[Span[SegmentAttrs]], line_of: list[int]) -> list[Span[SegmentAttrs]]:
    """Adjacent segments of one logical line with the same role become one segment (the
    first one's attrs); `line_of[k]` is the logical line of `spans[k]`."""
    out: list[Span[SegmentAttrs]] = []
    lines: list[int] = []
    for sp, ln in zip(spans, line_of, strict=True):
        if out and lines[-1] == ln and out[-1].label == sp.label:
            prev = out[-1]
            out[-1] = Span(prev.start, sp.end, prev.label, prev.attrs)
        else:
            out.append(sp)
            lines.append(ln)
    return out
