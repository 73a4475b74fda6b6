"""NER word lists from `lang/`: cue words and phrases, the gazetteer, and the Arabic names of
the shipped entity catalogue (`lang/kb/`), indexed for matching over normalised,
clitic-stripped words of a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set
from functools import cache
from itertools import compress, repeat
from operator import is_not, not_
from typing import NamedTuple

from marsad.lang import kb_documents, load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS
from marsad.lang.normalize import normalize
from marsad.memo import word_cache
from marsad.ner.tokens import clitics, is_latin

Phrase = tuple[tuple[str, ...], str]


@word_cache(200_000)
def definite(norm: str) -> bool:
    """Whether a normalised word carries the article (after any proclitic: والمملكه)."""
    return any(c.startswith("ال") and len(c) > 3 for c in candidates(norm))


def joined_name(norm: str) -> bool:
    """Whether a normalised word is written with «و» and two letters or more after it: a name joined
    to the one before («والرائد», «وأبين»), not a bare conjunction."""
    return norm.startswith("و") and len(norm) > 2


def nisba(norm: str) -> bool:
    """A nisba adjective shape, with or without the article (سعودي، السعوديه)."""
    return len(norm) > 3 and norm.endswith(NISBA_ENDINGS)


def definite_nisba(norm: str) -> bool:
    """A definite nisba adjective, singular or plural («السعودي», «الأوروبي», «السعوديين»;
    «الذي» is no adjective)."""
    if len(norm) <= 4 or not definite(norm):
        return False
    return nisba(norm) or norm.endswith(("يين", "يون"))


@word_cache(200_000)
def candidates(norm: str) -> tuple[str, ...]:
    """The forms a normalised word may be looked up under: itself, without each
    conjunction/preposition it may start with, and with the article in place of لل;
    the most stripped form last."""
    cl = clitics()
    if norm[:1] not in cl.pro_initials:
        return (norm,)
    out = [norm]
    for form, definite in reversed(cl.pro):  # shortest first
        if norm.startswith(form) and len(norm) - len(form) >= cl.min_stem:
            rest = norm[len(form) :]
            if definite and form.endswith("لل"):
                out.append("ال" + rest)
            elif not definite:
                out.append(rest)
    return tuple(dict.fromkeys(out))


def positions_with(norms: Sequence[str], forms: Set[str]) -> Iterator[int]:
    """The positions, in order, of the words one of whose look-up forms (`candidates`) is
    in `forms` (the others are left out at C speed)."""
    return compress(range(len(norms)), map(not_, map(forms.isdisjoint, map(candidates, norms))))


# Options cached per word of a phrase index: a bounded memo (a run meets a few hundred
# thousand word types), cleared when full.
_OPTIONS_LIMIT = 300_000
# The phrases of one look-up form as matched: those of two words or more by their second
# word (each as its length, its words after the second, its label; longest first), and the
# label of the form alone as a phrase (None: it is none). A word that starts a few hundred
# phrases («ولايه», «محمد») is matched against those with the next word only.
_Option = tuple[dict[str, list[tuple[int, list[str], str]]], str | None]
_NO_OPTIONS: tuple[_Option, ...] = ()


class PhraseIndex:
    """Phrases (tuples of normalised words) by their first word; longest match wins."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.first: dict[str, list[Phrase]] = {}
        for words, label in sorted(phrases, key=lambda p: -len(p[0])):
            self.first.setdefault(words[0], []).append((words, label))
        self.single = {w[0]: lab for w, lab in phrases if len(w) == 1}
        self.multi_first = {w[0] for w, _ in phrases if len(w) > 1}
        self._options: dict[str, tuple[_Option, ...]] = {}

    def starts_multi(self, norm: str) -> bool:
        """Whether a phrase of two or more words may start at this word."""
        return any(c in self.multi_first for c in candidates(norm))

    def options(self, norm: str) -> tuple[_Option, ...]:
        """For each look-up form of `norm` (`candidates`, in order) that starts phrases,
        those phrases (`_Option`)."""
        got = self._options.get(norm)
        if got is None:
            if len(self._options) > _OPTIONS_LIMIT:
                self._options.clear()
            got = tuple(self._option(c) for c in candidates(norm) if c in self.first) or _NO_OPTIONS
            self._options[norm] = got
        return got

    def _option(self, first: str) -> _Option:
        by_second: dict[str, list[tuple[int, list[str], str]]] = {}
        single: str | None = None
        for words, label in self.first[first]:  # longest first
            if len(words) > 1:
                by_second.setdefault(words[1], []).append((len(words), list(words[2:]), label))
            elif single is None:
                single = label
        return by_second, single

    def matches(self, norms: Sequence[str], at: Sequence[int] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, label) of phrase matches over a sentence of normalised words
        (only those starting at the positions `at`, in order, when given)."""
        if not isinstance(norms, list):
            norms = list(norms)
        out = []
        n = len(norms)
        get = self._options.get
        if at is None:  # the words known to start no phrase are left out at C speed
            known = list(map(get, norms))
            todo: Sequence[int] = list(compress(range(n), map(is_not, known, repeat(_NO_OPTIONS))))
        else:
            todo = at
        after = 0
        for i in todo:
            if i < after:
                continue
            opts = get(norms[i])
            if opts is None:
                opts = self.options(norms[i])
            if not opts:
                continue
            second = norms[i + 1] if i + 1 < n else None
            best_k, best_label = 0, ""
            for by_second, single in opts:  # one phrase per form at most: its longest match
                k, label = 0, ""
                for size, rest, lab in by_second.get(second, ()) if second is not None else ():
                    if i + size <= n and norms[i + 2 : i + size] == rest:
                        k, label = size, lab
                        break
                if not k and single is not None:
                    k, label = 1, single
                if k > best_k:
                    best_k, best_label = k, label
            if best_k:
                out.append((i, i + best_k, best_label))
                after = i + best_k
        return out


def _phrases(table: str, col: str, label_col: str, trained: bool = False) -> list[Phrase]:
    """The phrases of a table with their labels (`trained`: only the rows marked `crf` yes)."""
    return [(tuple(normalize(row[col]).split()), row[label_col]) for row in load_table(table)
            if not trained or row["crf"] == "yes"]


@cache
def cue_index(trained: bool = False) -> PhraseIndex:
    """The cues of `ner_cues.tsv` (`trained`: only those the tagger learns as features, `crf` yes)."""
    return PhraseIndex(_phrases("ner_cues", "phrase", "cue", trained))


class NameParticles(NamedTuple):
    """The words that join the parts of a name (`resolve_particles.tsv`), read once for ner."""

    joining: frozenset[str]  # every row, normalised: بن، بنت، أبو، آل، الدين
    closing: frozenset[str]  # the rows with the article, normalised: a compound given name ends so (عز الدين)
    construct: tuple[tuple[str, str], ...]  # the rest as written, with its kind: each user folds them its way


@cache
def name_particles() -> NameParticles:
    """The name particles of `resolve_particles.tsv`: the one reader of the table in ner."""
    rows = [(r["form"], r["kind"]) for r in load_table("resolve_particles")]
    return NameParticles(frozenset(normalize(f) for f, _ in rows),
                         frozenset(normalize(f) for f, _ in rows if f.startswith(ARTICLE)),
                         tuple((f, k) for f, k in rows if not f.startswith(ARTICLE)))


@word_cache(200_000)
def cue_of(norm: str) -> str:
    """The cue kind of a one-word cue (`ner_cues.tsv`) that `norm` is, behind its clitics
    or not; "" when it is none (asked of most words of an article by several rules: kept
    per word)."""
    singles = cue_index().single
    return next((singles[c] for c in candidates(norm) if c in singles), "")


@cache
def _office_words() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in load_table("ner_office_words"))


@word_cache(200_000)
def office_word(norm: str) -> bool:
    """Whether a word is an office held over the body or place named after it in construct
    state, before the holder's name (`lang/ar/ner_office_words.tsv`: «محافظ», «عضو», «مدرب»);
    indefinite, behind a conjunction or a preposition or not (asked of every word of an
    article: kept per word)."""
    return not definite(norm) and any(c in _office_words() for c in candidates(norm))


@cache
def gazetteer_index(trained: bool = False) -> PhraseIndex:
    """The names of `ner_gazetteer.tsv` (`trained`: only those the tagger learns as features,
    `crf` yes)."""
    return PhraseIndex(_phrases("ner_gazetteer", "name", "type", trained))


_ARABIC = re.compile(r"[\u0621-\u064a]")


def _names_of(raw: object) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    return [str(n) for n in raw] if isinstance(raw, list) else []


@cache
def catalogue_index() -> PhraseIndex:
    """The Arabic names of the shipped catalogue with their entity's type; a name that two
    entities of different types share is left out, and so is one that starts with a
    classifier word (`lang/ar/ner_name_heads.tsv`, media words of `ner_cues.tsv`)."""
    typed: dict[tuple[str, ...], set[str]] = {}
    for _, data in kb_documents():
        for entry in data if isinstance(data, list) else []:
            if not isinstance(entry, dict) or entry.get("type") not in ("PER", "ORG", "LOC", "MISC"):
                continue
            for key in ("name", "names", "aliases"):
                for name in _names_of(entry.get(key)):
                    if _ARABIC.search(name) and not is_latin(name):
                        words = tuple(normalize(name).split())
                        if words:
                            typed.setdefault(words, set()).add(entry["type"])
    classifiers = {
        normalize(r["word"]) for r in load_table("ner_name_heads") if r["kind"] == "classifier"
    } | {normalize(r["phrase"]) for r in load_table("ner_cues") if r["cue"] == "ORG_MEDIA"}
    # «صحيفة الرياض», «شركة أرامكو»: the tagger's name is the one after the classifier
    return PhraseIndex(
        [(w, next(iter(t))) for w, t in typed.items() if len(t) == 1 and w[0] not in classifiers]
    )


@cache
def place_names() -> frozenset[str]:
    """One-word place names of the gazetteer and the catalogue."""
    return frozenset(
        w for index in (gazetteer_index(), catalogue_index()) for w, t in index.single.items() if t == "LOC"
    )


def is_place(norm: str) -> bool:
    """Whether a word is a one-word listed place, behind any proclitic («وبغداد»)."""
    places = place_names()
    return any(c in places for c in candidates(norm))
