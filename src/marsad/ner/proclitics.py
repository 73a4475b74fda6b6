"""The proclitics a name's first word loses: a conjunction or a preposition written onto it
(لأوكرانيا → أوكرانيا, بالصين → الصين, وراضي → راضي) is left out of the mention's offsets
(`leading_cut`), unless the letter is the name's own (وليد, كيري; or the whole word stands
inside another person's name of the article, after its first word: `inner_name_words`) or the cut would
leave a fragment; the article stays. `name_norm` is the name's matching form without them.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import cache

from marsad.lang.normalize import normalize
from marsad.memo import word_cache
from marsad.ner.consistency import Chunk
from marsad.ner.features import WordInfo
from marsad.ner.given_names import whole_given_name
from marsad.ner.heads import head_index
from marsad.ner.lexicon import cue_index, gazetteer_index
from marsad.ner.not_names import WORD_CLASSES, not_name
from marsad.ner.places import seat_units, unit_words
from marsad.ner.tokens import bare_prefix, clitics
from marsad.ner.translit import KNOWN_LEVELS, TranslitModel

_LIST_COMMAS = frozenset({"،", ","})


def coordinated(words: Sequence[str], ends: set[int], i: int) -> bool:
    """Whether the name starting at word `i` follows another name in a list («يوسف الغامدي
    وهيثم الحارثي», «كوريا الجنوبية، وسنغافورة»): the name just before ends at `i`, or
    at a comma before it."""
    return i in ends or (i - 1 in ends and words[i - 1] in _LIST_COMMAS)


def conjunction_length(word: str) -> int:
    """Characters of a leading conjunction و (with its marks) on a name's first word; 0 when
    the word does not start with one or would be left too short to be a name."""
    if not word.startswith("و") or len(normalize(word)) < 4:
        return 0
    k = 1
    while k < len(word) and not normalize(word[k]):
        k += 1  # a vowel mark on the conjunction stays with it
    return k


@cache
def proclitic_lexicon_words() -> frozenset[str]:
    """One-word gazetteer names, cue words, unit words and the first words of name heads:
    words a proclitic may come off (لكأس العالم → كأس العالم)."""
    heads = frozenset(head_index().first)
    return frozenset(gazetteer_index().single) | frozenset(cue_index().single) | unit_words() | heads


def proclitic_article_words(infos: Sequence[WordInfo], chunks: Sequence[Chunk]) -> set[str]:
    """Words of the article a proclitic may come off (لتنظيم داعش when «تنظيم» is met there):
    those of three letters or more, and shorter ones only when a name of the article holds
    them — a two-letter rest is a particle or a piece of a word far more often than a name
    («وليد» → «يد», «فلاي» دبي → «اي», «واي» فاي → «اي»)."""
    names = {infos[i].norm for c in chunks for i in range(c.start, c.end)}
    return {i.norm for i in infos if len(i.norm) > 2} | names


def inner_name_words(infos: Sequence[WordInfo], chunks: Sequence[Chunk]) -> frozenset[str]:
    """Words the article's persons' names hold after their first word, where no proclitic is
    written («مايكل فالون»): a person's name opening with one of them, whole, has no proclitic
    to lose either («لكن [فالون] صرّح» is not «ف» + «الون»). Persons only: an organisation's
    inner words carry prepositions («مجلس التعاون لدول الخليج»); and not a word that is a
    proclitic and another word of the article's names, which the tagger ran a verb or a noun
    into («[بترشيحنا لحمدين صباحي]», «[روى يوسف شاهين لعمر]»)."""
    names = {infos[i].norm for c in chunks for i in range(c.start, c.end)}
    pro = [form for form, _ in clitics().pro]
    return frozenset(
        w for c in chunks if c.type == "PER" for i in range(c.start + 1, c.end) for w in (infos[i].norm,)
        if not any(w.startswith(f) and w[len(f):] in names for f in pro)
    )


class KnownWords:
    """A word known to the lexicon or met in a name of the article: the two sets asked in
    turn (their union would copy the lexicon's words for every article)."""

    __slots__ = ("lexicon", "article")

    def __init__(self, lexicon: frozenset[str], article: set[str]) -> None:
        self.lexicon = lexicon
        self.article = article

    def __contains__(self, word: object) -> bool:
        return word in self.lexicon or word in self.article


def cut_leaves_fragment(first: str, cut: int) -> bool:
    """Whether leaving the first `cut` characters out of a name's first word would leave a
    fragment, not the name: a function word or a verb that is never a name
    (`ner_not_names.tsv`: «بان» كي مون → «ان», «فان» جال → «ان», «كان» → «ان»), or a rest
    the lexicon does not know when the whole word is a lexicon word («ولاية» → «اية»,
    «وكالة» → «الة», «وادي» → «ادي»). A currency is no fragment: «لريال» مدريد."""
    rest = first[cut:]
    found = not_name(rest)
    if found is not None and found[0] in WORD_CLASSES:
        return True
    lexicon = proclitic_lexicon_words()
    return normalize(first) in lexicon and normalize(rest) not in lexicon


def name_as_written(first: str, cut: int, translit: TranslitModel) -> bool:
    """Whether a name's first word is a name spelling seen often (level 5) and what the cut
    of its first `cut` characters leaves is not (levels 2 and 5): the letter is the name's
    own, not a proclitic («كيري» is no «ك» + «يري» because the verb «يرى» is in the article;
    «فاليري», «والتر», «فيصل»). «بروسيا» is still «ب» + «روسيا»."""
    return translit.known_level(normalize(first)) == "5" and translit.known_level(
        normalize(first[cut:])
    ) not in KNOWN_LEVELS


def leading_cut(first: str, known: Container[str], listed: bool, translit: TranslitModel) -> int:
    """Characters to leave out at the start of a name's first word: a proclitic before the
    article or before a `known` word (بالصين، لأوكرانيا), or the conjunction و of a name in a
    list (`listed`) or of a known given name (وراضي → راضي), unless the whole spelling is a
    known name (ويليام، وليد، كيري: `name_as_written`) or the cut would leave a fragment
    (`cut_leaves_fragment`), or the whole word is a listed given name (وليام، بسام:
    `given_names.whole_given_name`)."""
    if whole_given_name(first):
        return 0
    cut = bare_prefix(first, known)
    if cut and (cut_leaves_fragment(first, cut) or name_as_written(first, cut, translit)):
        return 0
    if cut or translit.known_level(normalize(first)):
        return cut
    if listed or translit.known_level(normalize(first)[1:]) in KNOWN_LEVELS:
        cut = conjunction_length(first)
        return 0 if cut and cut_leaves_fragment(first, cut) else cut
    return 0


def name_norm(words: Sequence[str]) -> str:
    """The matching form of a name without the clitics of its first word (and without the
    word of a unit named after its seat: «محافظة جدة» matches as «جدة»). A first word that is,
    whole, a listed given name keeps its first letter («وليد», «بسام»: not «يد», «سام»)."""
    return _name_norm(tuple(words))


@word_cache(100_000)
def _name_norm(words: tuple[str, ...]) -> str:
    first = normalize(words[0])
    sp = clitics().split(first)
    if whole_given_name(first):
        pass
    elif sp.pro and sp.definite:
        first = "ال" + sp.stem + sp.enc
    elif sp.pro:
        first = first[len(sp.pro) :]
    if len(words) > 1 and first in seat_units():
        return " ".join(normalize(w) for w in words[1:])
    return " ".join([first, *(normalize(w) for w in words[1:])])
