"""Cue tables read as word sequences: which cue, if any, starts at a given word.

Cues match a word as written or with a conjunction (و ف) or future prefix stripped, never a
preposition (so لأن is not the complementizer أن). Verb-like kinds also take verb suffixes
(قال -> قالت, قالا).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import compress, count
from operator import attrgetter, itemgetter

from marsad.events.word_memo import WordMemo
from marsad.events.words import Word, stems, verb_suffixes
from marsad.lang import load_table
from marsad.lang.clitics import proclitics, pronoun_suffixes
from marsad.lang.normalize import normalize
from marsad.memo import word_cache

VERBAL = frozenset({"verb", "continuation", "learn_verb", "clause_verb", "naming_verb"})
SAYING_VERBS = frozenset({"verb"})  # the quote_cues kind of a verb of saying («قال», «أكد», «أوضح»)
SAYING_OR_CONTINUING = frozenset({"verb", "continuation"})
"""The quote_cues kinds of a verb of saying («قال», «أكد») or of one carrying the last speaker («وأضاف»)."""
SPEECH_CUES = frozenset({"verb", "continuation", "participle", "hearsay"})
"""The quote_cues kinds of a word of speech that opens reported speech: a verb of saying («قال»), a verb
carrying the last speaker («وأضاف»), a circumstantial participle («قائلا»), hearsay («يقال إن»)."""
_NORM = attrgetter("norm")


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    size: int  # words the cue spans
    value: str = ""


_Entry = tuple[str, tuple[str, ...], Cue]
_Entries = tuple[_Entry, ...]
"""(kind, the cue's later words, cue) of the cues a word may start, in the order `at` tries them."""
_PLACE = itemgetter(0)


class CueLexicon:
    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for form, kind, value in rows:
            parts = tuple(normalize(form).split())
            self._by_first.setdefault(parts[0][:2], []).append((parts, kind, value))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        # The same cues by their first word: (place in its prefix's list, verb-like, entry).
        self._by_word: dict[str, dict[str, list[tuple[int, bool, _Entry]]]] = {}
        for prefix, entries in self._by_first.items():
            firsts = self._by_word[prefix] = {}
            for place, (parts, kind, value) in enumerate(entries):
                entry = (kind, parts[1:], Cue(kind, len(parts), value))
                firsts.setdefault(parts[0], []).append((place, kind in VERBAL, entry))
        # Every reading `_cues_starting` can find a cue for: a cue's first word, and a verb-like
        # cue's first word with a verb suffix; any other reading (most words) is passed over at
        # once, not tried against each suffix.
        self._readings = frozenset(
            {w for firsts in self._by_word.values() for w in firsts}
            | {w + suffix for firsts in self._by_word.values() for w, hits in firsts.items()
               if any(verbal for _, verbal, _ in hits) for suffix in verb_suffixes()})
        # The cues each word may start: asked for every word of every sentence, kept per lexicon.
        self._starting = WordMemo(self._cues_starting)
        # The last word list `each` read and the words of it that start cues: a sentence's
        # words are read for several kinds in a row (quotes: speech, verbs, attribution).
        self._last: tuple[list[Word], list[tuple[int, _Entries]]] | None = None

    def at(self, words: list[Word], i: int, kinds: frozenset[str] | None = None) -> Cue | None:
        """The longest cue starting at word `i` (of one of `kinds` when given)."""
        entries = self._starting.get(words[i].norm)
        return _first_fit(words, i, entries, kinds) if entries else None

    def each(self, words: list[Word], kinds: frozenset[str] | None = None,
             start: int = 0) -> Iterator[tuple[int, Cue]]:
        """(i, cue) for each word `i` from `start` on where `at` finds a cue, in order."""
        for i, entries in self._cue_words(words):
            if i >= start and (cue := _first_fit(words, i, entries, kinds)) is not None:
                yield i, cue

    def nearest_before(self, words: list[Word], k: int, kinds: frozenset[str] | None = None,
                       start: int = 0) -> tuple[int, Cue] | None:
        """(j, cue) for the last word `j` before word `k`, from `start` on, where `at` finds a cue
        (of one of `kinds` when given): the nearest cue before `k`; None where there is none."""
        for j in range(k - 1, start - 1, -1):
            cue = self.at(words, j, kinds)
            if cue is not None:
                return j, cue
        return None

    def _cue_words(self, words: list[Word]) -> list[tuple[int, _Entries]]:
        """(i, the cues word `i` may start) for each word of `words` that may start one; kept
        for the last list asked (held, so that it is the same list while kept; word lists
        are not changed once made)."""
        last = self._last
        if last is not None and last[0] is words:
            return last[1]
        found = self._starting.many(list(map(_NORM, words)))
        hits = [(i, entries) for i, entries in enumerate(found) if entries]
        self._last = (words, hits)
        return hits

    def _cues_starting(self, word: str) -> _Entries:
        """(kind, the cue's later words, cue) for each cue whose first word `word` is, in the
        order `at` tries them: by reading of the word, then longest cue first. A reading is
        a cue's first word as it is, or (a verb-like cue's) with one verb suffix after it
        (`words.form_matches`): its cues are looked up by those forms, not tried one by one."""
        out: list[_Entry] = []
        suffixes = verb_suffixes()
        for reading in _plain_stems(word):
            if reading not in self._readings:
                continue
            firsts = self._by_word.get(reading[:2])
            if not firsts:
                continue
            hits = list(firsts.get(reading, ()))
            for suffix in suffixes:
                if len(suffix) < len(reading) and reading.endswith(suffix):
                    hits += [h for h in firsts.get(reading[:-len(suffix)], ()) if h[1]]
            if len(hits) > 1:
                hits.sort(key=_PLACE)
            out += [entry for _, _, entry in hits]
        return tuple(out)


def _first_fit(words: list[Word], i: int, entries: _Entries,
               kinds: frozenset[str] | None) -> Cue | None:
    """The first of the cues `entries` that word `i` starts (of one of `kinds` when given)
    whose later words follow it in `words`."""
    for kind, rest, cue in entries:
        if kinds is not None and kind not in kinds:
            continue
        if i + cue.size > len(words):
            continue
        if all(words[i + k].norm == p for k, p in enumerate(rest, 1)):
            return cue
    return None


def _plain_stems(word: str) -> list[str]:
    return [s.stem for s in stems(word) if not s.clitic]


@cache
def quote_cues() -> CueLexicon:
    return CueLexicon([(r["form"], r["kind"], "") for r in load_table("quote_cues")])


@cache
def quote_objects() -> CueLexicon:
    """Verbs of saying with a noun-phrase object; a cue's value holds the prepositions that
    may introduce the object, joined by spaces."""
    preps: dict[tuple[str, str], list[str]] = {}
    for r in load_table("quote_objects"):
        preps.setdefault((r["form"], r["kind"]), []).append(normalize(r["preposition"]))
    return CueLexicon([(form, kind, " ".join(ps)) for (form, kind), ps in preps.items()])


@cache
def quote_calls() -> CueLexicon:
    """Verbs of calling and pledging whose call may be quoted in marks after its preposition
    (quote_calls.tsv); a cue's kind is its row's (verb, participle), its value holds those
    prepositions, joined by spaces."""
    preps: dict[tuple[str, str], list[str]] = {}
    for r in load_table("quote_calls"):
        preps.setdefault((r["form"], r["kind"]), []).append(normalize(r["preposition"]))
    return CueLexicon([(form, kind, " ".join(ps)) for (form, kind), ps in preps.items()])


@cache
def event_cues() -> CueLexicon:
    return CueLexicon([(r["form"], r["kind"], r["window"]) for r in load_table("event_cues")])


@cache
def event_senses() -> CueLexicon:
    """Clause openers, modal particles, light verbs and words of purpose or wish around a
    trigger (`event_senses.tsv`)."""
    return CueLexicon([(r["form"], r["kind"], r["window"]) for r in load_table("event_senses")])


@cache
def cue_forms(kind: str) -> frozenset[str]:
    """The normalised one-word forms of one kind of `event_cues.tsv` rows (a stem read past a
    proclitic is looked up in them; the cues of several words are left out)."""
    return frozenset(normalize(r["form"]) for r in load_table("event_cues")
                     if r["kind"] == kind and len(r["form"].split()) == 1)


@cache
def sense_forms(kind: str) -> frozenset[str]:
    """The normalised forms of one kind of `event_senses.tsv` rows, as single words."""
    return frozenset(normalize(r["form"]) for r in load_table("event_senses") if r["kind"] == kind)


@cache
def support_verbs() -> tuple[tuple[str, int], ...]:
    """The light verbs that carry a noun trigger's tense (`support_verb` rows of `event_senses.tsv`:
    يجري, يعقد, يقوم; ستجري محادثات, زيارة رسمية يقوم بها), normalised, each with its window, in the
    table's order."""
    return tuple((normalize(r["form"]), int(r["window"])) for r in load_table("event_senses")
                 if r["kind"] == "support_verb")


def sense_word(word: Word, kind: str) -> bool:
    """Whether `word`, with its conjunction and proclitic stripped, is a `kind` row of
    `event_senses.tsv` (والزوار, لصحيفة)."""
    return sense_norm(word.norm, kind)


def sense_norm(norm: str, kind: str) -> bool:
    """`sense_word` of a normalised word."""
    forms = sense_forms(kind)
    return any(st.stem in forms for st in stems(norm))


@cache
def name_classifiers() -> frozenset[str]:
    """Normalised head nouns that only say what the name after them is (شركة, نادي:
    `ner_name_heads.tsv` rows of kind classifier)."""
    return frozenset(normalize(r["word"]) for r in load_table("ner_name_heads") if r["kind"] == "classifier")


@cache
def facilities() -> frozenset[str]:
    """Normalised facility nouns (قاعدة, مطار) that may stand between a place preposition
    and a place, with and without the article."""
    forms = {normalize(r["form"]) for r in load_table("event_facilities")}
    return frozenset(forms | {"ال" + f for f in forms if not f.startswith("ال")})


@cache
def site_nouns() -> dict[str, int]:
    """Normalised site nouns (`event_cues` kind site_noun: ضريح, مستشفى) with their window: how
    many words may stand between the noun and a person's name that names the site."""
    rows = load_table("event_cues")
    return {normalize(r["form"]): int(r["window"]) for r in rows if r["kind"] == "site_noun"}


@cache
def speaker_refs() -> dict[str, tuple[str, str]]:
    """Normalised form -> (kind, normalised key)."""
    return {normalize(r["form"]): (r["kind"], normalize(r["key"])) for r in load_table("speaker_references")}


@word_cache(200_000)
def speaker_ref_form(word: str) -> str | None:
    """The `speaker_references` form a word reads as, its article, conjunction and clitics
    stripped only where the rest is that form: «ووزير» and «الوزير» are «وزير», and so is
    «وزير» itself (its و is no conjunction)."""
    refs = speaker_refs()
    for st in stems(word):
        if st.stem in refs:
            return st.stem
        if st.stem.endswith("ا") and st.stem[:-1] in refs:  # accusative بيانا
            return st.stem[:-1]
    return possessed_statement(word)


@word_cache(200_000)
def possessed_statement(word: str) -> str | None:
    """The statement noun a word is with a pronoun suffix («وبيانها», «بتقريره»), its
    conjunction and a preposition stripped, never the article; None for any other word, the
    bare noun («البيان») included. Such a noun is already annexed to its pronoun: no name after
    it is its issuer («برسالته إلى [هرقل]»)."""
    for st in stems(word):
        if st.clitic not in _definite_proclitics():
            form = _possessed_statement(st.stem)
            if form is not None:
                return form
    return None


@cache
def _definite_proclitics() -> frozenset[str]:
    return frozenset(p for p, definite in proclitics() if definite)


def _possessed_statement(stem: str) -> str | None:
    """The statement noun (`speaker_references` kind statement) a stripped word is with a
    pronoun suffix of the shared clitic table: «بيانها» -> بيان, «دراستها» -> دراسة (its ta
    marbuta written ت before the suffix); None for any other word. Only statements: a
    possessed title («وزيره») is someone else's office, not a speaker named before."""
    refs = speaker_refs()
    for suffix in pronoun_suffixes():
        if not stem.endswith(suffix):
            continue
        base = stem[:-len(suffix)]
        for form in (base, base[:-1] + "ه" if base.endswith("ت") else None):
            if form is not None and len(form) >= 3 and refs.get(form, ("", ""))[0] == "statement":
                return form
    return None


@cache
def _ref_forms(kind: str) -> frozenset[str]:
    """The normalised `speaker_references` forms of one kind."""
    return frozenset(form for form, (k, _) in speaker_refs().items() if k == kind)


def ref_words(words: list[Word], kind: str) -> list[int]:
    """The indices of `words` that are speaker references of `kind` (`speaker_ref` of the word
    is of that kind), in order: a sentence's words read at C speed, few of them such."""
    forms = map(speaker_ref_form, map(_NORM, words))
    return list(compress(count(), map(_ref_forms(kind).__contains__, forms)))


def speaker_ref(word: str) -> tuple[str, str] | None:
    """(kind, key) of a speaker reference word (article, conjunction and clitics stripped)."""
    form = speaker_ref_form(word)
    return None if form is None else speaker_refs()[form]


def speaker_key(word: str) -> str:
    """The key of a speaker reference word (`speaker_ref`: «الوزيرة» -> وزير); "" for another word."""
    ref = speaker_ref(word)
    return "" if ref is None else ref[1]


def title_word(word: str) -> bool:
    """A title (`speaker_references` kind title: الوزير, أمير, ولي)."""
    ref = speaker_ref(word)
    return ref is not None and ref[0] == "title"


@cache
def written_offices() -> frozenset[str]:
    """The offices of `ner_office_words` as written, hamza and all: «إمام» (the imam) is no
    «أمام» (before), which normalises like it."""
    return frozenset(r["word"] for r in load_table("ner_office_words"))


@cache
def holder_offices() -> frozenset[str]:
    """The offices held over a body or a place (`ner_office_words`: قنصل, محافظ, مدرب),
    normalised: the word names a person, its holder."""
    return frozenset(normalize(r["word"]) for r in load_table("ner_office_words"))


def office_word(word: str) -> bool:
    """An office or courtesy word (`speaker_references` kinds title and honorific: الوزير,
    سموه): it stands before a person's name, or for one."""
    ref = speaker_ref(word)
    return ref is not None and ref[0] in ("title", "honorific")
