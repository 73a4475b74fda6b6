"""Interviews: an article of alternating question and answer turns («…؟» then «- …», «س: …»
then «ج: …») quotes its interviewee in every answer. The interviewee (`quote_interviewee`) is the
person the title gives the word to («الزيد: …»), else the one the lead quotes most, else the lead's
person most mentioned; a person a byline names as asking («حوار - X», «حاوره: X») never answers. The turn
marks and byline words are `lang/ar/interview_cues.tsv`.

An answer is one line, after its mark; where the turns run on in one line (a flattened page,
«…؟ - …»), the questions' head mark cuts them (headed_turns), else an answer ends at the last
sentence end before the next «؟ -». Quotations inside an answer give way to the whole answer (the
gold marks the answer). Unmarked paragraphs right after an answer, before the next question line,
go on with it (continued_answers). Two question-answer pairs at least make an interview (one
question line and a dash is as likely a list), with a person named before the first answer (else
the questions are the writer's own). A quotation inside a question («فماذا قال:») is dropped.

Where no answer is marked, a question line followed by a line that is neither a question nor
marked is a turn when the text names the conversation before the first question (an
announcement word: «الحوار التالي», «حوار - X») or a mark opens every question line («** ما
أبرز مشاهداتك؟», never under a line of a reader's name and town); a question line holding a
colon is a story's or a column's dialogue, not an interviewer's turn.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from marsad.events.quote_names import COLON_WORDS
from marsad.lang import load_table

MIN_TURNS = 2
_INLINE_TURN = re.compile(r"[؟?][\s\u00a0\u200b\u200e\u200f]+(?=\S)")  # a zero-width space too
_HEADED_TURN = re.compile(r"(?:[؟?]|\.\.)[\s\u00a0\u200b\u200e\u200f]+(?=\S)")  # «؟ -», «.. -»
_SENTENCE_ENDS = (".", "!", "؟", "?")
_PARAGRAPH_ENDS = (".", "!", "…")  # a paragraph ends so; a sub-heading (no end, a few words) does not
_HEADING_WORDS = 10
_SIGNATURE_WORDS = 5  # a reader's name and town under a column's question («فايزة - أبها»)
MAX_QUESTION_WORDS = 50  # a longer line ending «؟» is a writer's paragraph, not an interviewer's turn
_EDGE = " \t\u00a0\u200f\u200e\u200b"
_TAIL = _EDGE + ".،,:؛;"


Turn = tuple[tuple[int, int] | None, tuple[int, int]]  # (question line, answer); no line: run on


@dataclass(frozen=True)
class TurnMarks:
    question_starts: tuple[str, ...]
    question_heads: tuple[str, ...]
    question_ends: tuple[str, ...]
    answer_starts: tuple[str, ...]
    interviewer_words: tuple[str, ...]
    announcement: re.Pattern[str]


@cache
def turn_marks() -> TurnMarks:
    rows = load_table("interview_cues")

    def forms(role: str, position: str) -> tuple[str, ...]:  # longest first: «س :» before «س»
        return tuple(sorted((r["form"] for r in rows if r["role"] == role and r["position"] == position),
                            key=len, reverse=True))

    words = "|".join(re.escape(w) for w in forms("announcement", "before"))
    announcement = re.compile(rf"(?<![\u0621-\u064A])[وف]?(?:ل|بال|لل|ال)?(?:{words})(?![\u0621-\u064A])")
    return TurnMarks(forms("question", "start"), forms("question", "head"), forms("question", "end"),
                     forms("answer", "start"), forms("interviewer", "before"), announcement)


def _lines(text: str) -> list[tuple[int, int]]:
    """Each non-blank line as [start, end) less its edge spaces."""
    out, pos = [], 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def is_question(line: str) -> bool:
    marks = turn_marks()
    if len(line.split()) > MAX_QUESTION_WORDS:
        return False
    body = line.rstrip(_TAIL + ")")
    return body.endswith(marks.question_ends) or line.startswith(marks.question_starts)


def answer_start(line: str) -> int | None:
    """Where the answer's words begin in a line opened by an answer mark, else None."""
    for form in turn_marks().answer_starts:
        if line.startswith(form):
            k = len(form)
            while k < len(line) and line[k] in _EDGE + ":" + form[-1]:  # «ـــ», «--»: the mark drawn out
                k += 1
            return k if k < len(line) else None
    return None


def answers(text: str, in_body: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The answer spans of an interview in `text` (lines touching `in_body`), [] when fewer than
    MIN_TURNS question-answer pairs."""
    return [answer for _, answer in turns(text, in_body)]


def turns(text: str, in_body: list[tuple[int, int]]) -> list[Turn]:
    """An interview's (question line, answer) spans: answers marked on lines of their own, else
    run on in one line (no question line then), else unmarked under an announcement."""
    lines = [(s, e) for s, e in _lines(text) if any(bs < e and s < be for bs, be in in_body)]
    found: list[Turn] = []
    for (qs, qe), (s, e) in zip(lines, lines[1:], strict=False):
        if not is_question(text[qs:qe]) or is_question(text[s:e]):
            continue
        k = answer_start(text[s:e])
        if k is None:
            continue
        found.append(((qs, qe), _trimmed(text, s + k, e)))
    if len(found) >= MIN_TURNS:
        return found
    inline: list[Turn] = [(None, answer) for answer in inline_answers(text, in_body)]
    if inline and (head := _question_head(text, in_body)) is not None:
        return headed_turns(text, in_body, head) or inline
    return inline or unmarked_turns(text, lines)


def unmarked_turns(text: str, lines: list[tuple[int, int]]) -> list[Turn]:
    """Question lines (no colon in them) each followed by a line that is neither a question nor
    marked, when an announcement word stands before the first question or a mark opens every
    question line (_marked_questions): [] when fewer than MIN_TURNS."""
    found: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for (qs, qe), (s, e) in zip(lines, lines[1:], strict=False):
        question, line = text[qs:qe], text[s:e]
        if is_question(question) and ":" not in question and not is_question(line) \
                and answer_start(line) is None:
            found.append(((qs, qe), _trimmed(text, s, e)))
    if len(found) < MIN_TURNS:
        return []
    if not turn_marks().announcement.search(text, 0, found[0][0][0]) and not _marked_questions(text, found):
        return []
    return list(found)


def _marked_questions(text: str, found: list[tuple[tuple[int, int], tuple[int, int]]]) -> bool:
    """Every question line opens with the same mark that sets it apart (interview_cues role
    question, position head: «** ما أبرز مشاهداتك؟») and every line after one is more than a
    signature («فايزة - أبها»: a reader who asks a column's doctor): the interviewer's turns."""
    heads = {text[qs:qs + 2].rstrip() for (qs, _), _ in found}
    return len(heads) == 1 and next(iter(heads)) in turn_marks().question_heads \
        and all(len(text[s:e].split()) > _SIGNATURE_WORDS for _, (s, e) in found)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    return start, end


def inline_answers(text: str, in_body: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The answers of an interview whose turns run on in one line (a page flattened): a question
    mark, then an answer mark opens an answer, which ends at the last sentence end before the
    next such question (the question's own words), or at its paragraph's end."""
    opened = []
    for s, e in _runs(text, in_body):
        for m in _INLINE_TURN.finditer(text, s, e):
            k = answer_start(text[m.end():e])
            if k is not None and _question_words(text, m.start()) <= MAX_QUESTION_WORDS:
                opened.append((m.start(), m.end() + k))
    found = []
    for i, (_, start) in enumerate(opened):
        limit = opened[i + 1][0] if i + 1 < len(opened) else _paragraph_end(text, start)
        end = max(text.rfind(stop, start, limit) for stop in _SENTENCE_ENDS) \
            if i + 1 < len(opened) else limit
        if end < start:  # no sentence end: «- الحين ما عندي شيء ... كذلك * ما سبب ...؟»
            end = _question_opener(text, start, limit)
        while end > start and text[end - 1] in _TAIL:
            end -= 1
        if end > start:
            found.append((start, end))
    return found if len(found) >= MIN_TURNS else []


def _question_head(text: str, in_body: list[tuple[int, int]]) -> str | None:
    """The mark that opens the interviewer's questions of a flattened interview («* هل تؤيد …؟ -
    …»): the head mark (interview_cues question head or start) that stands first in the question
    words of MIN_TURNS marked turns at least, else None."""
    opened = Counter(head[1] for s, e in _runs(text, in_body) for m in _INLINE_TURN.finditer(text, s, e)
                     if answer_start(text[m.end():e]) is not None
                     and (head := _head_before(text, s, m.start())) is not None)
    form, n = opened.most_common(1)[0] if opened else ("", 0)
    return form if n >= MIN_TURNS else None


def _head_before(text: str, floor: int, at: int) -> tuple[int, str] | None:
    """The last question head mark in [floor, at), after a space or a line's start and with at
    most MAX_QUESTION_WORDS words and no answer mark between it and `at`, with its form."""
    marks = turn_marks()
    i, form = max(((i, form) for form in marks.question_heads + marks.question_starts
                   for i in _head_marks(text, form, floor, at)), default=(-1, ""))
    between = text[i + len(form):at]
    return (i, form) if i >= 0 and len(between.split()) <= MAX_QUESTION_WORDS \
        and not re.search(r"\s[-ـ–—]\s", between) else None


def _head_marks(text: str, form: str, start: int, end: int) -> list[int]:
    """Where `form` stands in [start, end) as a mark of its own: after a space or at a line's start,
    not inside a longer run of its sign («*» in «**»)."""
    out, i = [], text.find(form, start, end)
    while i >= 0:
        before = text[i - 1] if i > 0 else "\n"
        after = text[i + len(form):i + len(form) + 1]
        if before in _EDGE + "\n" and after != form[-1]:
            out.append(i)
        i = text.find(form, i + len(form), end)
    return out


def headed_turns(text: str, in_body: list[tuple[int, int]], head: str) -> list[Turn]:
    """The turns of a flattened interview whose questions open with `head` («* …؟ - …   * …»):
    each question runs from its mark to its last question mark before an answer mark («؟ - »),
    or, where no answer mark follows, to its last question mark («* لماذا يستخدمونها؟ والله …»:
    an unmarked answer); the answer runs to the next question's mark (the last, to its paragraph's
    end). Bullets before the first question («- …؟ - …», a page's highlights) are no turns."""
    found: list[Turn] = []
    for s, e in _runs(text, in_body):
        heads = _head_marks(text, head, s, e)
        if heads and (first := _turn_before(text, s, heads[0])) is not None:
            found.append(first)
        for i, q in enumerate(heads):
            limit = heads[i + 1] if i + 1 < len(heads) else min(e, _paragraph_end(text, q))
            turn = _headed_turn(text, q, limit)
            if turn is not None:
                found.append(turn)
    return found if len(found) >= MIN_TURNS else []


def _turn_before(text: str, start: int, head: int) -> Turn | None:
    """The marked turn before the first headed question («فدعني أبدأ بسؤالك: هل نعاني …؟ - بكل وضوح
    …»), when its answer holds no answer mark (a page's highlights are a run of them: «- …؟ - … -»)."""
    turns = [(m, k) for m in _INLINE_TURN.finditer(text, start, head)
             if (k := answer_start(text[m.end():head])) is not None]
    if not turns or _question_words(text, turns[-1][0].start()) > MAX_QUESTION_WORDS:
        return None
    s, e = _trimmed(text, turns[-1][0].end() + turns[-1][1], head)
    return None if e <= s or re.search(r"\s[-ـ–—]\s", text[s:e]) else (None, (s, e))


def _headed_turn(text: str, q: int, limit: int) -> Turn | None:
    """The turn from the question mark `q` to `limit`: an answer mark after the question's «؟» or
    «..» (a remark put as a question: «* ولكن المواطن لا يرى ذلك.. - لقد ذكرت …»), the question up
    to twice MAX_QUESTION_WORDS words (its mark sets it apart)."""
    marked = [(m.start(), m.end() + k) for m in _HEADED_TURN.finditer(text, q, limit)
              if (k := answer_start(text[m.end():limit])) is not None]
    if marked:
        (ask, start), most = marked[0], 2 * MAX_QUESTION_WORDS
    else:  # the first question mark after which a sentence ends before the next: «* ما رأيك؟ هل …؟ لا أرى …»
        asks = sorted(i for i in range(q, limit) if text[i] in "؟?") + [limit]
        ask = next((a for a, b in zip(asks, asks[1:], strict=False) if "." in text[a:b]), -1)
        start, most = ask + 1, MAX_QUESTION_WORDS
        if ask < 0 or len(text[start:limit].split()) < COLON_WORDS:
            return None
    if len(text[q:ask].split()) > most:
        return None
    while start < limit and text[start] in _EDGE:
        start += 1
    answer = _trimmed(text, start, limit)
    return ((q, ask + 1), answer) if answer[1] > answer[0] else None


def _question_opener(text: str, start: int, limit: int) -> int:
    """Where the next question's head or start mark («*», «س:») stands in [start, limit) after
    a space (the answer before it ends there with no sentence end), else -1."""
    marks = turn_marks()
    at = [i for form in marks.question_heads + marks.question_starts
          if (i := text.rfind(form, start + 1, limit)) > start and text[i - 1] in _EDGE + "\n"]
    return max(at, default=-1)


def _runs(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` (sentences) joined where only spaces part them: a question and its answer are
    two sentences of one run."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and not text[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _question_words(text: str, mark: int) -> int:
    start = max(text.rfind(stop, 0, mark) for stop in _SENTENCE_ENDS + ("\n",))
    return len(text[start + 1:mark].split())


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def _ends_paragraph(line: str) -> bool:
    return line.rstrip(_EDGE + "»”\")").endswith(_PARAGRAPH_ENDS)


def continued_answers(text: str, pairs: list[Turn], held: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that go on with an answer, right after it and before the next question
    line (no mark, no question, a sentence end or more than a heading's words: «- ما هو دافعك؟⏎
    الهدف ليس عمل ربحي ...⏎[شعوب العالم كاملة تهتم ...]⏎- كم يبلغ حجمه؟»): the interviewee's
    too (docs/realtext-annotation.md, Quotations). Only between two turns given on lines of their
    own (after the last answer the writer may speak again), and each line straight after the one
    before: a line that is none of these, or that holds a quotation of its own (`held`: the
    writer reporting, «وأكد الزيد أن ...»), ends the run."""
    out: list[tuple[int, int]] = []
    lines = _lines(text)
    for (_, (_, end)), (question, _) in zip(pairs, pairs[1:], strict=False):
        if question is None:
            continue
        for s, e in (ln for ln in lines if end < ln[0] and ln[1] <= question[0]):
            line, words = text[s:e], len(text[s:e].split())
            if words <= COLON_WORDS or is_question(line) or answer_start(line) is not None \
                    or line.startswith(turn_marks().question_heads) \
                    or not (_ends_paragraph(line) or words > _HEADING_WORDS) \
                    or any(hs < e and s < he for hs, he in held):
                break
            out.append(_trimmed(text, s, e))
    return out

