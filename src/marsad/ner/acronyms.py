"""Organisations the tagger misses that carry no Arabic name of their own:

- a word of two or more capital Latin letters (an acronym, «GSMA», «ESM», «BSI») is an ORG where the
  text says so: right after a verb of saying («قالت GSMA»), an organisation head word
  («منظمة», «شركة»; `ORG_HEAD` / `ORG_MEDIA` cues and ORG heads of
  `ner_name_heads.tsv`) or an organisation's name, bare or in brackets («المعهد البريطاني
  للمقاييس BSI», «آلية الاستقرار الأوروبية (ESM)»; with no proclitic: «سوناتا وK5» is no
  abbreviation), or right before a comma and such a head
  word in apposition («GSMA، منظمة الصناعة»); once one is, every other bare one of the same
  letters in the text is too («الرئيس التنفيذي لـGSMA»);
- an organisation classifier of `ner_name_heads.tsv` («مجموعة») before a group formula of
  numbers joined by «+», bare or in brackets, is one ORG with it: «مجموعة 5+1», «مجموعة (5+1)».

Only words no other name holds are taken, never across a sentence break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import compress
from operator import itemgetter

from marsad.ner.consistency import Chunk
from marsad.ner.heads import head_index, parse_head
from marsad.ner.lexicon import candidates, cue_index

MAX_ACRONYM = 6  # letters of an acronym
_ACRONYM = re.compile(rf"(?:[وفبل]|لل|ول|وب)?ـ?([A-Z][A-Z0-9&]{{1,{MAX_ACRONYM - 1}}})")
# The characters an acronym may end with: a word ending otherwise is never one, and is left
# out at C speed (most words of an article are Arabic).
_ACRONYM_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&")
_LAST = slice(-1, None)  # a word's last character ("" for an empty word)
_SPEECH = {"SPEECH"}
_ORG_CUES = {"ORG_HEAD", "ORG_MEDIA"}
_OPEN, _CLOSE = "(", ")"
_COMMAS = {",", "،"}
_FORMULA = re.compile(r"\d+|\+")


@cache
def _org_heads() -> frozenset[str]:
    """The one-word ORG heads of the name heads `heads.head_index` holds."""
    return frozenset(w for w, label in head_index().single.items() if parse_head(label).type == "ORG")


@cache
def _org_classifiers() -> frozenset[str]:
    """Those of `_org_heads` that are classifiers («مجموعة»)."""
    return frozenset(w for w in _org_heads() if parse_head(head_index().single[w]).classifier)


def _org_head(norm: str) -> bool:
    heads = _org_heads()
    singles = cue_index().single
    return any(c in heads or singles.get(c) in _ORG_CUES for c in candidates(norm))


def _free(taken: set[int], breaks: set[int], s: int, e: int) -> bool:
    return not any(i in taken for i in range(s, e)) and not any(i in breaks for i in range(s + 1, e))


def acronym_of(word: str) -> str | None:
    """The capital Latin letters `word` is, behind an Arabic proclitic («لـGSMA»), if any: two
    letters at least («MI6», not a model's «K5»)."""
    m = _ACRONYM.fullmatch(word)
    if m is None or sum(ch.isalpha() for ch in m.group(1)) < 2:
        return None
    return m.group(1)


def _cued(norms: Sequence[str], words: Sequence[str], k: int, ends: dict[int, str], breaks: set[int]) -> bool:
    before = k - 1
    if before >= 0 and words[before] == _OPEN and k not in breaks:
        before -= 1  # «آلية الاستقرار الأوروبية (ESM)»
        if k + 1 >= len(words) or words[k + 1] != _CLOSE:
            return False
    if before >= 0 and before + 1 not in breaks:
        if ends.get(before + 1) == "ORG" and acronym_of(words[k]) == words[k]:
            return True  # «سوناتا وK5»: behind a conjunction it is another thing, not the name's letters
        singles = cue_index().single
        if any(singles.get(c) in _SPEECH for c in candidates(norms[before])) or _org_head(norms[before]):
            return True
    after = k + 1
    return (
        after + 1 < len(words)
        and words[after] in _COMMAS
        and after + 1 not in breaks
        and _org_head(norms[after + 1])
    )


def acronyms(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int]
) -> list[Chunk]:
    """`chunks` and the acronyms the text marks as organisations (see the module's docstring)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    maybe = compress(range(len(words)), map(_ACRONYM_LAST.__contains__, map(itemgetter(_LAST), words)))
    found = {k: a for k in maybe if k not in taken and (a := acronym_of(words[k]))}
    if not found:
        return sorted(chunks, key=lambda c: c.start)
    ends = {c.end: c.type for c in chunks}
    named = {a for k, a in found.items() if _cued(norms, words, k, ends, breaks)}
    added = [Chunk(k, k + 1, "ORG", 1.0, "acronym") for k, a in found.items() if a in named]
    return sorted(chunks + added, key=lambda c: c.start)


def group_formulas(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int]
) -> list[Chunk]:
    """`chunks` and «مجموعة 5+1» / «مجموعة (5+1)» (see the module's docstring)."""
    if "+" not in words:  # most texts: no formula, so no classifier lookup per word
        return sorted(chunks, key=lambda c: c.start)
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = []
    for k in range(len(words) - 1):
        if k in taken or not any(c in _org_classifiers() for c in candidates(norms[k])):
            continue
        j = k + 1
        bracket = words[j] == _OPEN
        j += bracket
        e = j
        while e < len(words) and _FORMULA.fullmatch(words[e]) and e not in breaks:
            e += 1
        formula = words[j:e]
        if "+" not in formula or formula[0] == "+" or formula[-1] == "+":
            continue
        if bracket:
            if e >= len(words) or words[e] != _CLOSE:
                continue
            e += 1
        if not _free(taken, breaks, k, e):
            continue
        added.append(Chunk(k, e, "ORG", 1.0, "formula"))
        taken.update(range(k, e))
    return sorted(chunks + added, key=lambda c: c.start)
