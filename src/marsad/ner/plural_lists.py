"""Lists of names after a plural classifier: «أندية الحزم والرائد والفيصلي ونجران».

After a plural classifier (`lang/ar/ner_plural_classifiers.tsv`: «أندية», «شركات»), a list of two
names or more joined by «و», one of them the tagger's name of the classifier's type, is a list of
such names: «أندية الحزم والرائد والفيصلي ونجران», «أسهم شركات سابك والإنماء والخدمات الأرضية ودار
الأركان وإعمار»; «أندية الرياض» (the clubs of a city) and a list with no such name in it are left
alone. The word of a unit (`ner_place_units.tsv`) ends a list: «شركات أرامكو وسابك والقطاع الخاص»
(the private sector, no company), «وقطاع غزة» (a place the tagger found, not a company). A listed
name no name holds is one word with its definite nisba adjectives («والخدمات
الأرضية»), or an indefinite word and the one word of its construct or complement in ل when another
name follows («ودار الأركان و…», «وملاذ للتأمين و…»).

Names in Latin script after a plural classifier, two or more, each a run of capitalised Latin words
(a lower-case word between two of them inside it: «PC Richard and Sons») and set apart by commas
(«,», «،») or «و», are a list of names of the classifier's type whatever the tagger made of them
(`latin_lists`): «متاجر Best Buy, Walmart, Amazon».
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.clitics import pronoun_suffixes
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk, holding, replaced
from marsad.ner.lexicon import candidates, definite, definite_nisba, joined_name
from marsad.ner.places import unit_words
from marsad.ner.tokens import is_latin

MAX_LISTED_WORDS = 3  # words of one listed name
_LIST_MARKS = frozenset({",", "،", "و"})  # what sets apart the names of a Latin list


@cache
def plural_classifiers() -> dict[str, str]:
    """The plural classifiers of `ner_plural_classifiers.tsv` («أندية», «شركات»), normalised, with
    the type of the names listed after them."""
    return {normalize(r["word"]): r["type"] for r in load_table("ner_plural_classifiers")}


def _unheld_word(norms: Sequence[str], chunks: list[Chunk], k: int, breaks: set[int]) -> bool:
    """Whether word k is a word no name holds, in the sentence, not written with «و»."""
    return (
        k < len(norms) and k not in breaks and norms[k].isalpha() and not norms[k].startswith("و")
        and holding(chunks, k) is None
    )


def _unheld_item(norms: Sequence[str], chunks: list[Chunk], k: int, breaks: set[int]) -> int:
    """The end of a listed name at word k no name holds: with the definite nisba adjectives after
    it («والخدمات الأرضية»), or, an indefinite word with another name joined after it, with the one
    word of its construct or a complement in ل («ودار الأركان و…», «وملاذ للتأمين و…»; the last
    name takes no such word: «وإعمار الأكثر نشاطا»)."""
    end = k + 1
    if definite(norms[k]):
        while end - k < MAX_LISTED_WORDS and _unheld_word(norms, chunks, end, breaks) \
                and definite_nisba(norms[end]):
            end += 1
        return end
    if _unheld_word(norms, chunks, end, breaks) and definite(norms[end]) and end + 1 < len(norms) \
            and end + 1 not in breaks and joined_name(norms[end + 1]):
        return end + 1
    return end


def _possessed(norm: str) -> bool:
    """An indefinite word with a pronoun suffix behind any «و» («وغيرها», «وفروعها»): no name."""
    bare = norm[1:] if norm.startswith("و") else norm
    return not definite(bare) and any(
        bare.endswith(f) and len(bare) > len(f) + 1 for f in pronoun_suffixes(split_only=True)
    )


def _unit(norm: str) -> bool:
    """The word of an administrative or economic unit behind any proclitic and the article
    (`ner_place_units.tsv`: «والقطاع», «وقطاع», «ومنطقة»): it names a unit, not a listed name."""
    units = unit_words()
    return any(f in units or (f.startswith("ال") and f[2:] in units) for f in candidates(norm))


def _listed_items(
    norms: Sequence[str], chunks: list[Chunk], i: int, breaks: set[int]
) -> list[tuple[int, int]]:
    """The names joined by «و» after the word at i: each what the tagger found there (cut
    before a word written with «و» inside it) or `_unheld_item`, up to a break or a word with no
    «و»."""
    items: list[tuple[int, int]] = []
    k = i + 1
    while k < len(norms) and k not in breaks and norms[k].isalpha():
        if items and not joined_name(norms[k]):
            break
        holder = holding(chunks, k)
        if holder is not None and holder.start < k and not items:
            return []
        if holder is None and _possessed(norms[k]):
            break  # «سابك والمراعي وغيرها»: a possessed noun ends the list, no name
        if _unit(norms[k]):
            break  # «أرامكو وسابك والقطاع الخاص»: a sector, no company
        end = holder.end if holder is not None else _unheld_item(norms, chunks, k, breaks)
        end = next((p for p in range(k + 1, end) if joined_name(norms[p])), end)
        if end - k > MAX_LISTED_WORDS or any(p in breaks for p in range(k, end)):
            return []
        items.append((k, end))
        k = end
    return items


def _classifiers_at(norms: Sequence[str]) -> Iterator[tuple[int, str]]:
    """Each word that is a plural classifier («أندية», «شركات», «متاجر»), with the type its list
    takes."""
    plurals = plural_classifiers()
    for i, n in enumerate(norms):
        typ = next((plurals[f] for f in candidates(n) if f in plurals), None)
        if typ is not None:
            yield i, typ


def listed_after_plural(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with the list of names after a plural classifier («أندية», «شركات»: see the
    module)."""
    out = chunks
    for i, typ in _classifiers_at(norms):
        items = _listed_items(norms, out, i, breaks)
        if len(items) < 2:
            continue
        held = [holding(out, s) for s, _ in items]
        if not any(c is not None and c.type == typ for c in held):
            continue
        out = replaced(out, items[0][0], items[-1][1], [Chunk(s, e, typ, 1.0, "document") for s, e in items])
    return out


def _capital(word: str) -> bool:
    """A Latin word that starts with a capital («Walmart», «Fry’s»)."""
    return word[:1].isascii() and word[:1].isupper()


def _latin_items(words: Sequence[str], i: int, breaks: set[int]) -> list[tuple[int, int]]:
    """The runs of capitalised Latin words after word i, set apart by `_LIST_MARKS`."""
    items: list[tuple[int, int]] = []
    k = i + 1
    while k < len(words) and k not in breaks:
        if words[k] in _LIST_MARKS and items and items[-1][1] == k:
            k += 1
            continue
        if not _capital(words[k]):
            break
        start = k
        k += 1
        while k < len(words) and k not in breaks and (
            _capital(words[k])
            or (is_latin(words[k]) and words[k].isalpha() and k + 1 < len(words) and _capital(words[k + 1]))
        ):
            k += 1
        items.append((start, k))
    return items


def latin_lists(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int]
) -> list[Chunk]:
    """`chunks` with the list of Latin names after a plural classifier («متاجر Best Buy, Walmart»:
    see the module)."""
    out = chunks
    for i, typ in _classifiers_at(norms):
        items = _latin_items(words, i, breaks)
        if len(items) < 2:
            continue
        out = replaced(out, items[0][0], items[-1][1], [Chunk(s, e, typ, 1.0, "document") for s, e in items])
    return out
