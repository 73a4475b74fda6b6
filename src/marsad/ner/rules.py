"""Corrections after the tagger, driven by `lang/ar/ner_cues.tsv`:

- an office or courtesy title is not part of a person's name (`السيد شويغو` → `شويغو`);
- a head marked `names` with the definite words after it is an organisation even when
  the tagger missed it (`وزارة الخارجية الصينية`, `الرئاسة الروسية`);
- a name right after a news-agency, paper or channel word is an ORG (`وكالة أنباء X`);
- an organisation takes the nationality adjective after it (`مجلس الأمن الروسي`);
- a name neither starts nor ends with a punctuation mark (`وكالة “` → `وكالة`) nor runs past
  a quotation mark inside it (`“جالاكسي نوت برو” Pro`), a phrase whose first word is
  marked indefinite by tanween (`مصدراً للاستفزازات`) is no name, and the head
  word of a name in construct state alone (`وكالة`, `شركة`, `مدينة`: indefinite, it needs the
  name after it) is no name;
- the organ of an organisation is no part of its name (`lang/ar/ner_organs.tsv`): «مجلس
  [إدارة شركة الدريس]» → «شركة الدريس»; «مجلس الإدارة» alone names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, cue_index, cue_of, definite, nisba, positions_with
from marsad.ner.tokens import QUOTE_MARKS

_TITLES = {"PER_TITLE", "PER_HONORIFIC"}
MAX_MODIFIERS = 3


@cache
def name_heads() -> frozenset[str]:
    return frozenset(normalize(r["phrase"]) for r in load_table("ner_cues") if r["names"] == "yes")


def _title_phrase_end(norms: Sequence[str], s: int, e: int) -> int:
    """The end of a title of two words or more (`ner_cues.tsv`: «آية الله») at word s, inside
    words s..e; s when none starts there."""
    index = cue_index()
    if not index.starts_multi(norms[s]):
        return s
    found = index.matches(norms[s:e])
    return next((me for ms, me, cue in found if ms == 0 and cue in _TITLES and me > 1), 0) + s


def _title_tail_end(norms: Sequence[str], c: Chunk) -> int:
    """Where a person's name starts once the tail of a title of two words that opens right
    before it is left out («المقدم [بحري شايع القحطاني]» → «شايع القحطاني»); c.start where no
    title phrase ends inside it."""
    if c.start < 1:
        return c.start
    end = _title_phrase_end(norms, c.start - 1, c.end)
    return end if c.start < end < c.end else c.start


def drop_titles(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """A person's name without the titles at its start or its end («بوتين السيد»), of one
    word or more («[آية الله] الخميني»), or the tail of one before it («المقدم [بحري] …»)."""
    out = []
    for c in chunks:
        if c.type == "PER":
            c.start = _title_tail_end(norms, c)
            while c.start < c.end and (
                cue_of(norms[c.start]) in _TITLES or _title_phrase_end(norms, c.start, c.end) > c.start
            ):
                c.start = max(c.start + 1, _title_phrase_end(norms, c.start, c.end))
            while c.end - c.start > 1 and cue_of(norms[c.end - 1]) in _TITLES:
                c.end -= 1
            if c.start == c.end:
                continue
        out.append(c)
    return out


def org_phrases(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    taken = [False] * len(norms)
    for c in chunks:
        for i in range(c.start, c.end):
            taken[i] = True
    heads = name_heads()
    added = []
    after = 0
    for i in positions_with(norms, heads):
        if i < after or taken[i]:
            continue
        j = i + 1
        while (
            j < len(norms)
            and j - i <= MAX_MODIFIERS
            and j not in breaks
            and not taken[j]
            and definite(norms[j])
            and not cue_of(norms[j])
        ):
            j += 1
        if j > i + 1:
            added.append(Chunk(i, j, "ORG", 1.0, "rule"))
        after = j
    return sorted(chunks + added, key=lambda c: c.start)


def media_names(
    norms: Sequence[str], chunks: list[Chunk], found: list[tuple[int, int, str]] | None = None,
) -> list[Chunk]:
    """A name after a media word is an ORG. (Cutting the media word off an ORG that starts with
    it, «وكالة أنباء إنترفاكس» → «إنترفاكس», was tried: real-text dev exact F1 0.718 → 0.716.)
    `found`: the cue phrases' matches over `norms`, when already computed."""
    if found is None:
        found = cue_index().matches(list(norms))
    cues = {e: label for _, e, label in found}
    for c in chunks:
        k = c.start
        while k > 0 and not norms[k - 1][:1].isalnum():
            k -= 1  # quotation marks between the cue and the name
        if c.type != "ORG" and cues.get(k) == "ORG_MEDIA":
            c.type = "ORG"
    return chunks


def _nisba(norm: str) -> bool:
    """A definite adjective of relation (الروسي، الصينية): ال + stem + ي / يه."""
    return norm.startswith("ال") and len(norm) > 5 and nisba(norm)


def nationality_tails(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """An organisation takes the adjective of nationality after it (مجلس الأمن الروسي)."""
    starts = {c.start for c in chunks}
    for c in chunks:
        e = c.end
        if c.type == "ORG" and e < len(norms) and e not in breaks and e not in starts and _nisba(norms[e]):
            c.end = e + 1
    return chunks


_HEADS = {"ORG_HEAD", "ORG_MEDIA", "LOC_HEAD"}
_TANWEEN = re.compile("[\u064b-\u064d]")


def _letters(norm: str) -> bool:
    return any(ch.isalnum() for ch in norm)


def trim_edges(norms: Sequence[str], words: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """Chunks without punctuation at their edges; no chunk whose first word is marked with
    tanween (as written in `words`), and no lone construct-state head."""
    out = []
    for c in chunks:
        while c.start < c.end and not _letters(norms[c.start]):
            c.start += 1
        if c.start < c.end and _TANWEEN.search(words[c.start]):
            continue  # «“مصدراً للاستفزازات”»: a phrase opened by a word marked indefinite
        while c.end > c.start and not _letters(norms[c.end - 1]):
            c.end -= 1
        quote = next((i for i in range(c.start + 1, c.end) if norms[i] in QUOTE_MARKS), None)
        if quote is not None:
            c.end = quote  # «“جالاكسي نوت برو” Pro»: a quotation mark inside a name ends it
            while c.end > c.start and not _letters(norms[c.end - 1]):
                c.end -= 1
        if c.start == c.end:
            continue
        if c.end - c.start == 1 and not definite(norms[c.start]) and cue_of(norms[c.start]) in _HEADS:
            continue
        out.append(c)
    return out


@cache
def organ_phrases() -> frozenset[tuple[str, str]]:
    """(first word, second word) of the organs of an organisation (`lang/ar/ner_organs.tsv`)."""
    out = set()
    for r in load_table("ner_organs"):
        first, second = normalize(r["phrase"]).split()
        out.add((first, second))
    return frozenset(out)


def _organ(first: str, second: str) -> str:
    """"construct" when the two words are an organ before a name («مجلس إدارة»), "definite"
    when they are the organ with the article («لمجلس الإدارة»), else ""."""
    organs = organ_phrases()
    for f in candidates(first):
        if (f, second) in organs:
            return "construct"
        if second.startswith("ال") and (f, second[2:]) in organs:
            return "definite"
    return ""


def drop_organs(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """Names without the organ of an organisation at their start: «عضو مجلس [إدارة اللجنة
    البارالمبية السعودية]» → «اللجنة البارالمبية السعودية», «[مجلس إدارة هاليبرتون]» →
    «هاليبرتون»; «[مجلس الإدارة]» («أعضاء مجلس الإدارة», «رئيس مجلس الإدارة المكلف») is the
    board of an organisation named elsewhere: no name."""
    out = []
    for c in chunks:
        s = c.start
        if s > 0 and _organ(norms[s - 1], norms[s]) == "construct":
            s += 1
        elif s + 1 < c.end:
            kind = _organ(norms[s], norms[s + 1])
            if kind == "definite":
                continue
            if kind == "construct":
                s += 2
        if s >= c.end:
            continue
        c.start = s
        out.append(c)
    return out


def correct(
    norms: Sequence[str], chunks: list[Chunk], breaks: set[int],
    cues: list[tuple[int, int, str]] | None = None,
) -> list[Chunk]:
    """`cues`: the cue phrases' matches over `norms`, when already computed."""
    chunks = org_phrases(norms, drop_titles(norms, chunks), breaks)
    return media_names(norms, nationality_tails(norms, chunks, breaks), cues)
