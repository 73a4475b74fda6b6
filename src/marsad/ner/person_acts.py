"""A person's name never ends in a word that reports what the person did (issue 15): the
tagger runs a verb, a noun of an act behind ب or ل, or a number into the name before it
(«اللواء [سليمان اليحيى زار] المرضى», «الطفلة [زينب 3] سنوات»). The verbs and nouns are
those of `event_triggers.tsv` and the SPEECH cues of `ner_cues.tsv`; a verb in the imperfect
is read from its shape. A spelling known as a name is never cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE, LAM_ARTICLE
from marsad.lang.normalize import normalize
from marsad.lang.verbal_nouns import bare_verbal_noun
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import cue_index, cue_of, name_particles
from marsad.ner.not_names import words_of_class
from marsad.ner.translit import KNOWN_LEVELS

if TYPE_CHECKING:  # persons.py reads `reports_act`; the signs are only its argument
    from marsad.ner.persons import NameSigns


@cache
def _act_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs (of `event_triggers.tsv` and the SPEECH cues of `ner_cues.tsv`) and nouns (of
    `event_triggers.tsv`) that report what a person did: one word each."""
    verbs = {normalize(r["form"]) for r in load_table("event_triggers") if r["pos"] == "verb"}
    verbs |= {normalize(r["phrase"]) for r in load_table("ner_cues") if r["cue"] == "SPEECH"}
    nouns = {normalize(r["form"]) for r in load_table("event_triggers") if r["pos"] == "noun"}
    return frozenset(w for w in verbs if " " not in w), frozenset(w for w in nouns if " " not in w)


# A verb in the imperfect of the third person masculine: «ي» and a root of three or four
# letters («[عبد اللهيان يلهو]», «يعصف»); longer words after «ي» are foreign family names
# far more often («يانوكوفيتش»), so they are left alone.
_IMPERFECT = "ي"
IMPERFECT_LENGTHS = range(4, 6)


def _imperfect(norm: str, signs: NameSigns) -> bool:
    """Whether `norm` has the shape of a verb in the imperfect and is no spelling ever seen as
    a name («يوسف», «يعلون») and no cue word. Not behind a conjunction: «فيدرر», «ويتسن» are
    family names far more often than «ف» or «و» and a verb."""
    if not norm.startswith(_IMPERFECT) or len(norm) not in IMPERFECT_LENGTHS or not norm.isalpha():
        return False
    return not signs.translit.known_level(norm) and not cue_of(norm)


_FUTURE = "س"  # «سيصل», «ستزور»: the future of an imperfect
_DUAL = "ا"  # «أكدا», «زارا»: the dual of a past
_PERSON_PREFIXES = "يت"  # an imperfect's first letter


def _verb_form(norm: str, verbs: frozenset[str]) -> bool:
    """Whether `norm` is one of `verbs`, or the future of one in the imperfect («سيصل»), or
    the dual of one in the past («أكدا»)."""
    if norm in verbs:
        return True
    if norm[:1] == _FUTURE and norm[1:2] in _PERSON_PREFIXES and norm[1:] in verbs:
        return True
    return norm.endswith(_DUAL) and norm[:1] not in _PERSON_PREFIXES and norm[:-1] in verbs


def reports_act(norm: str, signs: NameSigns) -> bool:
    """Whether `norm` is a number, or a verb of what a person did (behind و or ف; its future
    «سيصل» and its dual «أكدا» too), or a verb in the imperfect (`_imperfect`), or a noun of it
    behind ب or ل («بزيارة»), and no known name spelling («صادق»)."""
    if norm.isdigit():
        return True
    if signs.translit.known_level(norm) in KNOWN_LEVELS:
        return False
    verbs, nouns = _act_words()
    verb = _verb_form(norm, verbs) or (norm[:1] in "وف" and _verb_form(norm[1:], verbs))
    if verb or _imperfect(norm, signs):
        return True
    return norm[:1] in "بل" and norm[1:] in nouns


@cache
def _saying_verbs() -> frozenset[str]:
    """The verbs of `_act_words` and the one-word verbs of saying of `quote_cues.tsv` (kinds
    verb, continuation, relay_verb: «يقول», «وتابع», «نقل»)."""
    return _act_words()[0] | _said_verbs()


@cache
def _said_verbs() -> frozenset[str]:
    """The one-word verbs of saying of `quote_cues.tsv` (kinds verb, continuation, relay_verb)."""
    kinds = {"verb", "continuation", "relay_verb"}
    said = {normalize(r["form"]) for r in load_table("quote_cues") if r["kind"] in kinds}
    return frozenset(w for w in said if " " not in w)


def saying_verb(norm: str) -> bool:
    """Whether `norm` is a verb of saying of `quote_cues.tsv` (`_said_verbs`), bare or behind و
    or ف: «وقال», «ويقول», «فأضاف»: the word a speaker's name follows."""
    verbs = _said_verbs()
    return norm in verbs or (norm[:1] in "وف" and norm[1:] in verbs)


def act_noun(norm: str) -> bool:
    """Whether `norm` is a noun of an act of `event_triggers.tsv` as written, bare («زيارة»,
    «جولة», «محادثات»): the noun whose agent follows it in construct state."""
    return norm in _act_words()[1]


def reporting_verb(norm: str) -> bool:
    """Whether `norm` is a verb that reports what a person did or said (`_saying_verbs`), bare
    or behind و or ف: «وقال», «فأضاف», «زار», «ويضيف»: a word a person's name follows."""
    verbs = _saying_verbs()
    return norm in verbs or (norm[:1] in "وف" and norm[1:] in verbs)


def _coordinated_imperfect(norms: Sequence[str], k: int, start: int, signs: NameSigns) -> bool:
    """Whether word k is «و» and a verb in the imperfect right after another one («[عبد
    اللهيان يلهو ويلغو]»): behind a conjunction such a shape is a family name alone
    («ويتسن»), but a verb coordinated with a verb."""
    norm = norms[k]
    return (k - 1 > start and norm[:1] == "و" and _imperfect(norm[1:], signs)
            and _imperfect(norms[k - 1], signs))


def _object_start(norms: Sequence[str], c: Chunk, signs: NameSigns) -> int | None:
    """The first word inside person chunk `c`, past its first and before its last, that is a
    verbal noun of a derived form by its shape (lang.verbal_nouns: «تقديم», «اختيار»), without
    the article and no spelling ever seen as a name («توفيق», «إيمان») or cue word: the object
    of the verb the name is the subject of («أعلن [محمد بدر تقديم هدايا]»). Last in the chunk,
    such a shape is a family name far more often («كارلوس تيفيز»), so it is left alone there."""
    for k in range(c.start + 1, c.end - 1):
        norm = norms[k]
        if (not norm.startswith(ARTICLE) and bare_verbal_noun(norm) and not cue_of(norm)
                and signs.translit.known_level(norm) not in KNOWN_LEVELS):
            return k
    return None


_PREPOSITIONS = "بل"  # ب, ل; ل with the article: «للتأكيد» (ل + التأكيد), LAM_ARTICLE


def _preposition_phrase(norm: str, signs: NameSigns) -> bool:
    """Whether `norm` is a preposition ب or ل written onto a cue word of `ner_cues.tsv` as it
    stands («لوكالة»: ل + «وكالة»), or «ل» onto a definite noun («للتأكيد»), and no spelling
    known as a name: the start of a phrase after the name («قال [رامي عبدالرحمن] لوكالة فرانس
    برس», «وسعى [كارتر] للتأكيد على»), never its last word. «ب» with the article is left alone:
    «بالغنيم» is a family name."""
    if norm[:1] not in _PREPOSITIONS or len(norm) < 4 or signs.translit.known_level(norm) in KNOWN_LEVELS:
        return False
    return norm.startswith(LAM_ARTICLE) or norm[1:] in cue_index().single


def drop_trailing_acts(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """Persons' names without a last word that reports what they did or counts something
    («اللواء [سليمان بن عبدالعزيز اليحيى زار] المرضى», «[متعب بن عبدالله بزيارة]», «الطفلة
    [زينب 3] سنوات», «[حسين أمير عبد اللهيان يلهو]», «[عبد اللهيان يلهو ويلغو]») or opens a
    phrase after the name («[رامي عبدالرحمن] لوكالة», `_preposition_phrase`), and without the
    verbal noun their verb took as its object and the words after it («أعلن [محمد بدر]
    تقديم هدايا», `_object_start`); changed in place."""
    for c in chunks:
        if c.type == "PER" and (k := _object_start(norms, c, signs)) is not None:
            c.end = k
        while c.type == "PER" and c.end - c.start > 1 and (
            reports_act(norms[c.end - 1], signs) or _coordinated_imperfect(norms, c.end - 1, c.start, signs)
            or _preposition_phrase(norms[c.end - 1], signs)
        ):
            c.end -= 1
    return chunks


def drop_leading_verbs(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """Persons' names without a first word that is a verb reporting what the person said or did
    (`reporting_verb`, behind و or ف) and no known name spelling: the tagger ran the verb of a
    sentence into its subject («[ونوه الجابر] إلى», «[وأفاد كيري] أن», «[ولفت العمري] إلى»), but
    never the first word of a compound given name («علم الدين»); changed in place."""
    for c in chunks:
        while c.type == "PER" and c.end - c.start > 1 and _leading_verb(norms, c.start, signs):
            c.start += 1
    return chunks


@cache
def compound_seconds() -> frozenset[str]:
    """A compound given name's second word: a name particle with the article (`name_particles`:
    «علم الدين») or a name of God (`ner_not_names.tsv`, divine: «فتح الله»): names, not a verb and a word."""
    return name_particles().closing | words_of_class("divine")


def _leading_verb(norms: Sequence[str], i: int, signs: NameSigns) -> bool:
    first = norms[i]
    if not reporting_verb(first) or cue_of(first) or signs.translit.known_level(first) in KNOWN_LEVELS:
        return False
    return i + 1 < len(norms) and norms[i + 1] not in compound_seconds()
