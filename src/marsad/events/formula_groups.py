"""A group of states named by its number formula where the tagger left it unnamed: «بين إيران
ودول 5+1», «المناقشات بين «5+1» والاتحاد الأوروبي», «ومجموعة "5+1"», «مع دول (5+1)».

The tagger reads «مجموعة 5+1» as the catalogue writes it, but not the formula behind «دول», in
quotation marks, or alone, and the events gold keys each of these to the group
(docs/realtext-annotation.md § Events: a body is keyed to what it names). The formula is read
from the catalogue's own names of the group (`lang/kb/world.yaml`: «مجموعة 5+1» -> 5+1; one
that a letter opens, «P5+1», «E3+3», is no formula of its own), spaces allowed around the plus
(«5 + 1»), an unseen format character by the plus («5+\u202c1», a bidi mark pasted in) and the
conjunction «و» written onto it («بين إيران و5+1»); the formula stands alone in the text (no
digit, other letter or plus glued to it: not «15+12»). Each one no mention overlaps is a mention
of the group, as the state sides of `state_sides.py` are (an ORG span over the formula, the
group's id as its entity and in attrs.side), stored only where an event takes it as a party (`party_sides`).

A group is named by the count of its states too («بين القوى الست وطهران», «أبرمته دول الغرب الست
مع إيران», «اقتراب إيران وست قوى عالمية من التوصل إلى اتفاق»): the number picks out the one group
(docs/realtext-annotation.md, ruled in round 42), the descriptions those of
`lang/ar/event_counted_groups.tsv` (a proclitic before the first word allowed: «والدول الست»,
«للقوى الست»), each one no mention overlaps read as the group's formula is (`counted_mentions`);
none where its members are named after it in apposition («والقوى الست الكبرى، الولايات المتحدة
وبريطانيا …»: the named states are the parties, ruled in round 42 too).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

import regex

from marsad.events.words import Word, words_of
from marsad.lang import kb_entries, load_table
from marsad.lang.clitics import ARTICLE, LAM_ARTICLE, proclitics
from marsad.lang.normalize import normalize
from marsad.lang.words import LETTER_OR_DIGIT
from marsad.model import MentionAttrs, Span

RESOLVED_BY = "formula group"  # attrs.resolved_by of such a mention: «formula group: p5_plus_1»
COUNTED_BY = "counted group"  # attrs.resolved_by of a counted description: «counted group: p5_plus_1»
_IN_NAME = regex.compile(rf"(?<!{LETTER_OR_DIGIT})(?<!\+)(\d+)\+(\d+)(?!{LETTER_OR_DIGIT})(?!\+)")
# the conjunction «و» may be written onto the formula («بين إيران و5+1»), and a format character (a
# bidi mark, a joiner: \p{Cf}) may stand by the plus, unseen («5+\u202c1»)
_IN_TEXT = regex.compile(rf"(?:(?<!{LETTER_OR_DIGIT})|(?<=(?<!{LETTER_OR_DIGIT})و))(?<![+.])"
                         rf"(\d+)\s?\p{{Cf}}*\+\p{{Cf}}*\s?(\d+)(?!{LETTER_OR_DIGIT})(?!\+)")


@cache
def formula_groups() -> dict[str, str]:
    """Each formula of the catalogue's groups («5+1») -> the group's id (p5_plus_1)."""
    out: dict[str, str] = {}
    for raw in kb_entries():
        if raw.get("type") != "ORG":
            continue
        for name in [raw.get("name"), *(raw.get("names") or [])]:
            for m in _IN_NAME.finditer(str(name or "")):
                out.setdefault(f"{m.group(1)}+{m.group(2)}", str(raw["id"]))
    return out


@cache
def formula_heads() -> frozenset[str]:
    """The normalised words the catalogue writes right before a group's formula («مجموعة 5+1»,
    «مجموعة (5+1)» -> مجموعة): the head of the group's name."""
    heads: set[str] = set()
    for raw in kb_entries():
        if raw.get("type") != "ORG":
            continue
        for name in [raw.get("name"), *(raw.get("names") or [])]:
            before = _IN_NAME.split(str(name or ""))[0].strip(_AROUND).split()
            if before and _IN_NAME.search(str(name or "")):
                heads.add(normalize(before[-1]))
    return frozenset(heads)


_AROUND = " \u00a0\"'«»“”()"  # what may stand between a head and its formula («مجموعة "5+1"»)


def _head_start(text: str, start: int) -> int:
    """Where the group's name begins when the word before the formula at `start` (past marks and
    brackets) is a head of `formula_heads`, a proclitic before it left out («ومجموعة "5+1"» ->
    «مجموعة "5+1"»: the name after «و» as the tagger cuts it), else `start`."""
    k = start
    while k > 0 and text[k - 1] in _AROUND:
        k -= 1
    words = words_of(text, max(0, k - 20), k)
    if not words or words[-1].end != k:
        return start
    w = words[-1]
    at = next((cut for head in formula_heads() if (cut := _opening(w.norm, head)) is not None), None)
    return start if at is None or len(w.norm) != w.end - w.start else w.start + at


def formula_mentions(text: str, names: Sequence[Span[MentionAttrs]]) -> list[Span[MentionAttrs]]:
    """The groups' formulas in `text` that no mention of `names` overlaps, as ORG mentions of
    the group, from the head of the group's name where one stands before it («ومجموعة "5+1"»)."""
    groups = formula_groups()
    if not groups or "+" not in text:
        return []
    spans = sorted((s.start, s.end) for s in names)
    out: list[Span[MentionAttrs]] = []
    for m in _IN_TEXT.finditer(text):
        group = groups.get(f"{m.group(1)}+{m.group(2)}")
        if group is None:
            continue
        start, stop = m.span()
        k = bisect_left(spans, (stop, stop))
        if any(s < stop and start < e for s, e in spans[max(0, k - 8):k]):
            continue
        head = _head_start(text, start)
        start = head if not any(s < stop and head < e for s, e in spans[max(0, k - 8):k]) else start
        out.append(Span(start, stop, "ORG", MentionAttrs(
            entity=group, norm=f"{m.group(1)}+{m.group(2)}", resolved_by=f"{RESOLVED_BY}: {group}",
            side=group)))
    return out


@cache
def counted_groups() -> dict[tuple[str, ...], str]:
    """Each description of `event_counted_groups.tsv` as its normalised words -> the group's id."""
    return {tuple(normalize(r["form"]).split()): r["group"] for r in load_table("event_counted_groups")}


@cache
def _first_word_tails() -> tuple[str, ...]:
    """What the first word of a description of `counted_groups` ends with, its article left out
    («الدول» -> دول): a word ending otherwise opens none."""
    return tuple({f[0].removeprefix(ARTICLE) for f in counted_groups()})


def _opening(word: str, first: str) -> int | None:
    """Characters of the normalised `word` before the description's first word `first` it holds
    behind a proclitic («والدول» -> 1, «للقوى» -> 1 at the article's lam, as a name is cut), else
    None."""
    if word == first:
        return 0
    for form, definite in proclitics():
        if form == ARTICLE or not word.startswith(form):
            continue
        rest = word[len(form):]
        if rest == first:
            return len(form)
        if definite and first.startswith(ARTICLE) and rest == first.removeprefix(ARTICLE):
            return len(form) - (len(LAM_ARTICLE) - 1 if form.endswith(LAM_ARTICLE) else len(ARTICLE))
    return None


def _members_after(text: str, stop: int, after: Sequence[tuple[int, int]]) -> bool:
    """Whether a comma right after the description at `stop` opens the names of its members: the
    next name (`after`: the first mention from `stop` on) stands right after the comma."""
    gap = text[stop:after[0][0]] if after else ""
    return gap.strip(" \u00a0") in ("،", ",")


def counted_mentions(text: str, sentences: Sequence[Sequence[Word]],
                     names: Sequence[Span[MentionAttrs]]) -> list[Span[MentionAttrs]]:
    """The counted descriptions of a group in the sentences' words that no mention of `names`
    overlaps, as ORG mentions of the group (the longest description where two start together)."""
    groups = counted_groups()
    tails = _first_word_tails()
    spans = sorted((s.start, s.end) for s in names)
    out: list[Span[MentionAttrs]] = []
    for words in sentences:
        norms = [w.norm for w in words]
        for i, w in enumerate(words):
            if not w.norm.endswith(tails):
                continue
            for form in sorted((f for f in groups if tuple(norms[i + 1:i + len(f)]) == f[1:]),
                               key=len, reverse=True):
                at = _opening(w.norm, form[0])
                if at is None:
                    continue
                start = w.start + (at if len(w.norm) == w.end - w.start else 0)
                stop = words[i + len(form) - 1].end
                k = bisect_left(spans, (stop, stop))
                if not any(s < stop and start < e for s, e in spans[max(0, k - 8):k]) \
                        and not _members_after(text, stop, spans[k:k + 1]):
                    out.append(Span(start, stop, "ORG", MentionAttrs(
                        entity=groups[form], norm=" ".join(form),
                        resolved_by=f"{COUNTED_BY}: {groups[form]}", side=groups[form])))
                break
    return out
