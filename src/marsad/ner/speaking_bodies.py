"""Bodies that speak: the subject of a verb of saying (`lang/ar/quote_cues.tsv`, kind verb)
that is a noun phrase headed by a body noun (`lang/ar/ner_body_heads.tsv`) is the name of
that body, when the tagger found none there: «كشفت [خلية الإعلام الحربي]، عن ...», «أكد
[المركز الإعلامي للمقاومة] أن ...», «وقالت [محكمة استئناف ديالى]، إن ...».

The phrase is the head, then (after a head in construct state) up to MAX_CONSTRUCT bare
nouns and the definite word or the name that closes the construct, then definite adjectives
(a nisba, a participle, a feminine word after a feminine head) and complements in لل
(للمقاومة), or names the tagger found there (other than persons), which it takes in. It must
run to where the subject ends: punctuation, a complementizer (أن, إن) or a preposition after
the verb (في, عن, على), or the sentence's end; any other word on the way (a time word, a
verb, an object) and nothing is taken, and a definite head needs a word after it (a bare
«الحكومة» is one named before).
(A definite head with adjectives and a complement in ل as a name anywhere was tried in
`heads.py` and lowered test ORG precision; here only a speaking subject is taken.)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import definite, nisba

MAX_CONSTRUCT = 2  # bare nouns in construct right after an indefinite head
MAX_WORDS = 6  # words of a speaking body's name
_ENDS_SUBJECT = frozenset({"complementizer", "stop", "about", "relay", "addressee"})


@cache
def body_heads() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in load_table("ner_body_heads"))


@cache
def _cue_forms(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("quote_cues") if r["kind"] in kinds)


@cache
def _time_words() -> frozenset[str]:
    """Definite time words that may follow a subject («وقالت الحكومة [الثلاثاء] إن»)."""
    rows = load_table("date_weekdays") + load_table("date_relative")
    return frozenset(normalize(r["word"]) for r in rows)


def _speech_verb(norm: str) -> bool:
    verbs = _cue_forms(frozenset({"verb"}))
    return norm in verbs or (len(norm) > 3 and norm[0] in "وف" and norm[1:] in verbs)


def _ends_subject(norms: Sequence[str], k: int, breaks: set[int]) -> bool:
    if k >= len(norms) or k in breaks:
        return True
    w = norms[k]
    return not any(ch.isalpha() for ch in w) or w in _cue_forms(_ENDS_SUBJECT)


def _head(norm: str) -> bool | None:
    """True for a definite body head (المركز), False for one in construct (خلية), else None."""
    if norm.startswith("ال") and norm[2:] in body_heads():
        return True
    return False if norm in body_heads() else None


def _bare(norm: str) -> bool:
    return len(norm) > 2 and norm.isalpha() and not definite(norm) and norm[0] not in "وفل"


def _adjective(norm: str, head: str) -> bool:
    """A definite word shaped as an adjective of the head: a nisba (الإعلامي), a participle
    (المشتركة), or a feminine word after a feminine head (الأمانة العامة); not a time word
    nor a noun that may be the verb's object («أعلنت الحكومة المالية [الحداد]»)."""
    if not definite(norm) or norm in _time_words():
        return False
    bare = norm[norm.find("ال") + 2:]
    return nisba(norm) or bare.startswith("م") or (head.endswith("ه") and norm.endswith("ه"))


def _phrase_end(norms: Sequence[str], h: int, starts: dict[int, Chunk], breaks: set[int]) -> int | None:
    """The end of a speaking body's name whose head is word h, or None."""
    is_definite = _head(norms[h])
    k = h + 1
    if not is_definite:
        while k < len(norms) and k - h <= MAX_CONSTRUCT and k not in starts and k not in breaks \
                and _bare(norms[k]) and not _ends_subject(norms, k, breaks):
            k += 1
        if k in starts and starts[k].type != "PER":
            k = starts[k].end  # محكمة استئناف [ديالى]
        elif k < len(norms) and k not in breaks and definite(norms[k]) and norms[k] not in _time_words():
            k += 1  # خلية [الإعلام]
        else:
            return None
    while not _ends_subject(norms, k, breaks):
        if k - h >= MAX_WORDS:
            return None
        if k in starts:
            if starts[k].type == "PER":
                return None
            k = starts[k].end
        elif norms[k].startswith("لل") or _adjective(norms[k], norms[h]):
            k += 1
        else:
            return None  # a time word, a verb, an object: not a subject we can bound
    if is_definite and k == h + 1:
        return None
    return k


def speaking_bodies(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with the name of each body a verb of saying has as its subject, taking in the
    names found inside it."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    starts = {c.start: c for c in chunks}
    out = list(chunks)
    for v in range(len(norms) - 1):
        h = v + 1
        if h in taken or h in breaks or not _speech_verb(norms[v]) or _head(norms[h]) is None:
            continue
        end = _phrase_end(norms, h, starts, breaks)
        if end is None or any(c.start < h < c.end or c.start < end < c.end for c in out):
            continue
        out = [c for c in out if not h <= c.start < end]
        out.append(Chunk(h, end, "ORG", 1.0, "speaker"))
        taken.update(range(h, end))
    return sorted(out, key=lambda c: c.start)
