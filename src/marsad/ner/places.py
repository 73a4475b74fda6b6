"""Place names completed to the name the text gives, not a part of it.

- A name inside a longer gazetteer or catalogue name around it takes the longer one: «مكة» before
  «المكرمة» is «مكة المكرمة», «أفريقيا» after «جنوب» is «جنوب أفريقيا», «السعودية» after
  «المملكة العربية» is the country's full name.
- A place right after the word of an administrative unit (`lang/ar/ner_place_units.tsv`:
  «منطقة عسير», «محافظة جدة», «حي الفيصلية») takes that word: the unit is the place named.

- A place behind the preposition ب at the end of a longer name is a name of its own: «جمعية
  النحالين التعاونية بالباحة» → the association, then «الباحة».

- A name of one to three words in quotation marks right after a unit's word or a place
  classifier is that place: «بمحافظة «عمران»», «جزيرة «مدغشقر»», «مدينة «نيوم»» (the tagger
  reads quoted names as works); after a classifier an organisation stays one («دول «أوبك»»).
  After a unit's dual or plural (`ner_place_units.tsv`, plurals) the quotation is a list, a
  place before each «و»: «محافظتي «[الضالع] و[أبين]»».

Only words that no other name holds are taken, and never across a sentence break.

Tried and left out: cutting the definite nisba a place runs on to («مدينة تشوهاى الجنوبية»)
unless the whole is a gazetteer or catalogue name: real-text dev exact F1 0.730 → 0.726.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.heads import head_index
from marsad.ner.lexicon import candidates, catalogue_index, gazetteer_index, joined_name, place_names
from marsad.ner.tokens import QUOTE_MARKS

MAX_QUOTED_PLACE = 3  # words of a quoted place name after a unit's word
MAX_QUOTED_LIST = 8  # words of a quoted list of places after a unit's dual or plural


@cache
def unit_words() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in load_table("ner_place_units"))


@cache
def seat_units() -> frozenset[str]:
    """Units that mean the place they are named after: a name's matching form leaves them out."""
    return frozenset(normalize(r["word"]) for r in load_table("ner_place_units") if r["seat"] == "yes")


def _free(taken: set[int], breaks: set[int], s: int, e: int, keep: range) -> bool:
    inner_breaks = any(i in breaks for i in range(s + 1, e))
    return not inner_breaks and all(i not in taken or i in keep for i in range(s, e))


def complete_places(
    norms: Sequence[str], chunks: list[Chunk], breaks: set[int],
    found: list[tuple[int, int, str]] | None = None,
) -> list[Chunk]:
    """`found`: the gazetteer and catalogue matches over `norms`, when already computed."""
    if found is None:
        found = gazetteer_index().matches(norms) + catalogue_index().matches(norms)
    spans = sorted(found, key=lambda m: m[0] - m[1])  # the longest name around a chunk first
    taken = {i for c in chunks for i in range(c.start, c.end)}
    units = unit_words()
    for c in chunks:
        own = range(c.start, c.end)
        for s, e, typ in spans:
            if s <= c.start and c.end <= e and e - s > c.end - c.start and _free(taken, breaks, s, e, own):
                c.start, c.end, c.type = s, e, typ
                taken.update(range(s, e))
                break
        p = c.start - 1
        if (
            c.type == "LOC"
            and p >= 0
            and p not in taken
            and c.start not in breaks
            and any(form in units for form in candidates(norms[p]))
        ):
            c.start = p
            taken.add(p)
    return chunks


def _place_behind_ba(norm: str) -> bool:
    if not norm.startswith("ب") or len(norm) < 4:
        return False
    return norm[1:] in place_names()


def split_trailing_places(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    out = []
    for c in chunks:
        if c.end - c.start > 1 and c.type != "LOC" and _place_behind_ba(norms[c.end - 1]):
            out.append(Chunk(c.start, c.end - 1, c.type, c.confidence, c.source))
            out.append(Chunk(c.end - 1, c.end, "LOC", c.confidence, "gazetteer"))
        else:
            out.append(c)
    return out


@cache
def place_words() -> frozenset[str]:
    """Unit words and the place classifiers of the head table («مدينة», «جزيرة», «دولة»)."""
    classifiers = {w for w, label in head_index().single.items() if label.startswith("LOC|classifier|")}
    return unit_words() | frozenset(classifiers)


@cache
def unit_plurals() -> frozenset[str]:
    """The units' dual and plural forms («محافظتي», «مناطق»), before a quoted list of places."""
    rows = load_table("ner_place_units")
    return frozenset(normalize(w) for r in rows for w in r["plurals"].split())


def _list_items(norms: Sequence[str], s: int, e: int) -> list[tuple[int, int]]:
    """Words s..e cut before each word that opens with the conjunction «و» («الضالع وأبين»)."""
    starts = [s] + [i for i in range(s + 1, e) if joined_name(norms[i])]
    return list(zip(starts, [*starts[1:], e], strict=True))


def quoted_places(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    words = place_words()
    units = unit_words()
    plurals = unit_plurals()
    by_span = {(c.start, c.end): c for c in chunks}
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = []
    n = len(norms)
    for k in range(n - 3):
        if norms[k + 1] not in QUOTE_MARKS:
            continue
        if any(f in plurals for f in candidates(norms[k])):
            added.extend(_quoted_list(norms, k + 2, by_span, taken, breaks))
            continue
        if not any(f in words for f in candidates(norms[k])):
            continue
        s = k + 2
        e = next((j for j in range(s, min(n, s + MAX_QUOTED_PLACE + 1)) if norms[j] in QUOTE_MARKS), -1)
        if e <= s or any(i in breaks for i in range(k + 1, e + 1)):
            continue
        if not all(norms[i].isalpha() for i in range(s, e)):
            continue
        if (s, e) in by_span:
            unit = any(f in units for f in candidates(norms[k]))
            if unit or by_span[(s, e)].type != "ORG":  # «دول «أوبك»»: the organisation stays
                by_span[(s, e)].type = "LOC"
        elif not any(i in taken for i in range(s, e)):
            added.append(Chunk(s, e, "LOC", 1.0, "gazetteer"))
            taken.update(range(s, e))
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


def _quoted_list(
    norms: Sequence[str], s: int, by_span: dict[tuple[int, int], Chunk], taken: set[int], breaks: set[int],
) -> list[Chunk]:
    """The places of a quoted list that opens at word s after a unit's dual or plural: each item
    of one to MAX_QUOTED_PLACE words is a place, the tagger's name on it retyped, a new one
    where no name holds its words; taken words are marked in `taken`."""
    n = len(norms)
    e = next((j for j in range(s, min(n, s + MAX_QUOTED_LIST + 1)) if norms[j] in QUOTE_MARKS), -1)
    if e <= s or any(i in breaks for i in range(s - 1, e + 1)):
        return []
    if not all(norms[i].isalpha() for i in range(s, e)):
        return []
    added: list[Chunk] = []
    for a, b in _list_items(norms, s, e):
        if b - a > MAX_QUOTED_PLACE:
            return added
        if (a, b) in by_span:
            by_span[(a, b)].type = "LOC"
        elif not any(i in taken for i in range(a, b)):
            added.append(Chunk(a, b, "LOC", 1.0, "gazetteer"))
            taken.update(range(a, b))
    return added
