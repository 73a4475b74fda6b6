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
  numbers joined by «+», bare, in brackets or in quotation marks, is one ORG with it: «مجموعة
  5+1», «مجموعة (5+1)», «مجموعة "5+1"»; so is the classifier with its number of members, a
  definite cardinal of three or more (`date_numbers.tsv`), «الدول» before it or not: «مجموعة
  السبع», «مجموعة الثماني», «مجموعة الدول العشر», «مجموعة الخمسة زائد واحد» (a club of states
  named by its count; an ordinal, «المجموعة الثالثة», or an indefinite count, «مجموعة ثلاث
  دول», names no club).

- a word of two or more Latin letters spelled in Arabic and joined by stops («إف.بي.آي»,
  «إن.بي.سي», «إي.واي»; the letters of `sentence_letters.tsv`) is an organisation's initials,
  ORG, cued or not: the stops mark an abbreviation, and a person's initials stand apart before
  the family name («جي. كيه. رولينج»), which no such word takes (a word right after it that is a
  known or a foreign-shaped name spelling leaves it to the tagger: «دي.بي كارنيك»).

Only words no other name holds are taken, never across a sentence break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import compress
from operator import itemgetter

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.lang.sentences import spelled_letters
from marsad.ner.consistency import Chunk
from marsad.ner.heads import head_index, parse_head
from marsad.ner.lexicon import candidates, cue_index
from marsad.ner.translit import KNOWN_LEVELS, TranslitModel

MAX_ACRONYM = 6  # letters of an acronym
_ACRONYM = re.compile(rf"(?:[وفبل]|لل|ول|وب)?ـ?([A-Z][A-Z0-9&]{{1,{MAX_ACRONYM - 1}}})")
# The characters an acronym may end with: a word ending otherwise is never one, and is left
# out at C speed (most words of an article are Arabic).
_ACRONYM_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&")
_LAST = slice(-1, None)  # a word's last character ("" for an empty word)
_SPEECH = {"SPEECH"}
_ORG_CUES = {"ORG_HEAD", "ORG_MEDIA"}
_OPEN, _CLOSE = "(", ")"
# Brackets and quotation marks a group formula may stand in, opening mark -> closing mark.
_ENCLOSING = {_OPEN: _CLOSE, '"': '"', "“": "”", "«": "»"}
_MEMBERS = "الدول"  # «مجموعة الدول العشر»: the states, before their count
MIN_MEMBERS = 3  # the smallest count that names a club of states («مجموعة الست»)
_PLUS = "زائد"  # «مجموعة الخمسة زائد واحد»
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


@cache
def _cardinals() -> frozenset[str]:
    """The cardinals of `date_numbers.tsv`, normalised: «واحد»."""
    return frozenset(normalize(r["word"]) for r in load_table("date_numbers") if r["kind"] == "cardinal")


@cache
def _member_counts() -> frozenset[str]:
    """The definite cardinals of three or more (`date_numbers.tsv`), normalised: «السبع»."""
    return frozenset(normalize("ال" + r["word"]) for r in load_table("date_numbers")
                     if r["kind"] == "cardinal" and int(r["value"]) >= MIN_MEMBERS)


def _counted_group(norms: Sequence[str], k: int, breaks: set[int]) -> int:
    """The end of «classifier [الدول] count» at word k (the classifier), or k where none is."""
    j = k + 1
    if j < len(norms) and norms[j] == normalize(_MEMBERS) and j + 1 not in breaks:
        j += 1
    if j >= len(norms) or j in breaks or norms[j] not in _member_counts():
        return k
    plus = j + 2  # «مجموعة الخمسة زائد واحد», the formula in words
    if plus < len(norms) and norms[j + 1] == normalize(_PLUS) and norms[plus] in _cardinals():
        return plus + 1
    return j + 1


def _org_head(norm: str) -> bool:
    heads = _org_heads()
    singles = cue_index().single
    return any(c in heads or singles.get(c) in _ORG_CUES for c in candidates(norm))


def _free(taken: set[int], breaks: set[int], s: int, e: int) -> bool:
    return not any(i in taken for i in range(s, e)) and not any(i in breaks for i in range(s + 1, e))


_STOP = "."
_AND = "و"
_FOREIGN_SHAPE = "hi"  # `TranslitModel.bucket` of a word shaped as a foreign name
MIN_INITIALS = 2  # letters of a spelled initialism («إل.جي»)


def spelled_initials(norm: str) -> bool:
    """Whether a normalised word is two or more Latin letters spelled in Arabic joined by stops
    («اف.بي.اي», «ال.جي»; a last stop or not; behind the conjunction or not: «وبي.جي»)."""
    if _STOP not in norm:
        return False
    parts = norm.rstrip(_STOP).split(_STOP)
    letters = spelled_letters()
    if parts[0] not in letters and parts[0].startswith(_AND):
        parts[0] = parts[0][len(_AND):]  # «بي.بي و[بي.جي]»: the conjunction, cut off the span
    return len(parts) >= MIN_INITIALS and all(p in letters for p in parts)


def _name_spelling(norm: str, translit: TranslitModel) -> bool:
    """A spelling seen as a name more than once, or shaped as a foreign name («كارنيك»)."""
    return translit.known_level(norm) in KNOWN_LEVELS or translit.bucket(norm) == _FOREIGN_SHAPE


def initialisms(norms: Sequence[str], chunks: list[Chunk], translit: TranslitModel) -> list[Chunk]:
    """`chunks` and each spelled initialism no name holds, an ORG, unless the word after it is
    a name spelling no name holds: a person's initials before the family name."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    ending = {c.end: c for c in chunks}
    added = []
    for k, w in enumerate(norms):
        if k in taken or _STOP not in w or not spelled_initials(w):
            continue
        if k + 1 < len(norms) and k + 1 not in taken and _name_spelling(norms[k + 1], translit):
            continue
        before = ending.pop(k, None)
        joined = not w.startswith(_AND) or w.split(_STOP)[0] in spelled_letters()
        if not joined and before is None:
            continue  # «وإن.في» after no name: no list the conjunction would join it to
        if joined and before is not None and spelled_initials(norms[k - 1]):
            before.end = k + 1  # «أو.سي.آي إن.في»: one name of two initialisms
        else:
            before = Chunk(k, k + 1, "ORG", 1.0, "initialism")
            added.append(before)
        ending[k + 1] = before
        taken.add(k)
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


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
    """`chunks` and «مجموعة 5+1» / «مجموعة (5+1)» / «مجموعة السبع» (see the module's docstring)."""
    classifiers = _org_classifiers()
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = []
    for k in range(len(words) - 1):
        if k in taken or not any(c in classifiers for c in candidates(norms[k])):
            continue
        e = _formula_end(words, k, breaks)
        if e == k:
            e = _counted_group(norms, k, breaks)
        if e == k or not _free(taken, breaks, k, e):
            continue
        added.append(Chunk(k, e, "ORG", 1.0, "formula"))
        taken.update(range(k, e))
    return sorted(chunks + added, key=lambda c: c.start)


def _formula_end(words: Sequence[str], k: int, breaks: set[int]) -> int:
    """The end of a group formula after the classifier at word k, bare or enclosed, or k."""
    j = k + 1
    close = _ENCLOSING.get(words[j])
    j += close is not None
    e = j
    while e < len(words) and _FORMULA.fullmatch(words[e]) and e not in breaks:
        e += 1
    formula = words[j:e]
    if "+" not in formula or formula[0] == "+" or formula[-1] == "+":
        return k
    if close is not None:
        if e >= len(words) or words[e] != close:
            return k
        e += 1
    return e
