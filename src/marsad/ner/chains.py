"""Names made of a head noun and a genitive chain (`lang/ar/ner_name_heads.tsv`, heads marked
`alone`): the head, one or two nouns in construct state, then the definite words that close
the chain, coordinated ones included: «هيئة تنظيم الكهرباء والإنتاج المزدوج», «اتحاد كرة
القدم», «هيئة كبار العلماء». The tagger often misses such names, and `heads.head_names` takes
only definite words right after the head.

Words inside the chain open with no conjunction nor ل (a complement, not the name: «هيئة
لمكافحة الفساد»), are no cue word nor adjective (an indefinite nisba after the head
describes it: «هيئة سعودية»), and the chain must end in a definite word (the construct
state needs one: «جمعية تضم» is no name). Only words no other name holds are taken, never
across a sentence break, but for a one-word place the tagger found that closes the chain of a
head of another type (a place's name is definite with or without the article): «مهرجان صيف
[الباحة]», «مهرجان صيف [عنيزة]» are festivals, not the regions.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.heads import Head, head_index, parse_head
from marsad.ner.lexicon import cue_of, definite, nisba
from marsad.ner.not_names import not_name
from marsad.ner.tokens import clitics

MAX_CHAIN_NOUNS = 2  # indefinite nouns in construct between the head and the definite words
MAX_CHAIN_DEFINITE = 3  # definite words that close the chain
# A conjunction or the preposition ل opens no noun of the chain («هيئة لمكافحة الفساد»);
# ب and ك start too many nouns to be read as clitics (بحوث، كرة).
_OPENING_CLITICS = frozenset("ولف")
_IMPERFECT = frozenset("تين")  # prefixes of a verb in the imperfect of three letters (تقوم، يعمل)
_PRONOUNS = frozenset({"ها", "هما", "هم", "هن", "نا", "كم"})  # attached pronouns (not ه: «كره»)


def _construct_noun(norm: str, word: str) -> bool:
    """A bare indefinite noun that may stand in construct inside a name (تنظيم، كرة، كبار):
    no function word as written (`word`: «مهرجان [هذا] العام»), no pronoun attached
    («هيئة زميليهما»), no verb of four letters in the imperfect («مؤسسة تقوم»)."""
    if len(norm) < 3 or not norm.isalpha() or definite(norm) or nisba(norm) or not_name(word) is not None:
        return False
    if clitics().split(norm).enc in _PRONOUNS:
        return False
    if len(norm) == 4 and norm[0] in _IMPERFECT:
        return False  # «مؤسسة [تقوم] بمهام التعليم»: a verb describes the head, which is no name
    return norm[0] not in _OPENING_CLITICS and not cue_of(norm)


def _closing(norm: str) -> bool:
    """A definite word closing the chain, bare or after the conjunction (الكهرباء، والإنتاج),
    that is no cue word (a title after the name: «اتحاد كرة القدم الدكتور …»)."""
    return len(norm) > 3 and norm.isalpha() and norm.startswith(("ال", "وال")) and not cue_of(norm)


def _closed(norms: Sequence[str], k: int, stops: set[int]) -> int:
    """The end of the definite words closing a chain at word k: the first one, then words
    coordinated to it («والإنتاج») and the adjective of a coordinated word («والإنتاج
    المزدوج»); not any definite word: «اتحاد كرة القدم [الساعية]» (a nisba shape is no help:
    «الساعية» has it)."""
    m = k
    while m < len(norms) and m - k < MAX_CHAIN_DEFINITE and m not in stops and _closing(norms[m]):
        w = norms[m]
        after_and = m > k and norms[m - 1].startswith("وال")
        if m == k and not w.startswith("ال") or m > k and not (w.startswith("وال") or after_and):
            break
        if w.startswith("وال") and norms[m - 1].endswith("يه"):
            break  # «مؤسسة رناد العربية [والمخرج]»: a feminine nisba ends the name
        m += 1
    return m


def chain_names(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int],
    found: list[tuple[int, int, str]] | None = None,
) -> list[Chunk]:
    """`chunks` with the names of an `alone` head and a genitive chain the tagger missed
    (`words`: as written; `found`: the name heads' matches over `norms`, when already computed)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    places = {c.start: c for c in chunks if c.type == "LOC" and c.end - c.start == 1}
    added = []
    closing_places = []
    for s, e, label in head_index().matches(norms) if found is None else found:
        head: Head = parse_head(label)
        if head.title or not head.alone or definite(norms[s]) or any(i in taken for i in range(s, e)):
            continue
        k = e
        stops = taken | breaks
        last = min(len(norms), e + MAX_CHAIN_NOUNS)
        while k < last and k not in stops and _construct_noun(norms[k], words[k]):
            k += 1
        if k == e:
            continue
        m = _closed(norms, k, stops)
        place = places.get(k)
        if m == k and place is not None and head.type != "LOC" and k not in breaks and norms[k].isalpha():
            m = k + 1  # «مهرجان صيف [الباحة]», «صيف [عنيزة]»: a place closes the chain of another type
            closing_places.append(place)
        if m == k:
            continue
        added.append(Chunk(s, m, head.type, 1.0, "head"))
        taken.update(range(s, m))
    closing = {id(p) for p in closing_places}
    kept = [c for c in chunks if id(c) not in closing]
    return sorted(kept + added, key=lambda c: c.start)
