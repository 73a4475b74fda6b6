"""A person's family name standing alone where the article named the person in full: «يُدعى
مطر الكواري … أضاف [الكواري] أن», «عضو مجلس المحافظة مرتضى الشحماني … وقال [الشحماني]».

`consistency.propagate` repeats only the tagger's confident names, and early, before the rules
that add persons; a person the tagger found with little confidence, or one a rule added (an
office's holder, a described person), left the later bare family name untagged, and with it
the speaker of the quotes and the party of the events that name it.

Only the definite family name of a person's name of two words or more is repeated (its last
word, `persons.family_word`: no ordinary word the tagger learned, cue, place or plural; no word
describing a person: «القيادي»), only where no other name holds the word, and only where a
person's name stands: right after a title («اللواء [الحذيفي]») or a word reporting what a person
did or said (`person_acts.reporting_verb`: «وقال [الشحماني]», «يقول [السباعي]»). Elsewhere the
same word is mostly a common noun or adjective the tagger ran into a name («جرس [الباب]», «هجوم
سوسة [الإرهابي]», «تشرين [الأول]»), and so it is after a noun of an act («حوار [الأديان]»). A
name the tagger found must open with a given name («[وإرث الدار]» is none) or a word shaped as
a foreign name (`TranslitModel.bucket`: «[باربره جافي]»; not behind «و»).

An indefinite family name («جافي», «موغيريني»: a foreign or a tribal name, no adjective) is
repeated in two more places where the article's person stands: right after a bare noun of an
act (`person_acts.act_noun`: «زيارة [بحاح] لعدن», «جولة [بخاري]», «محادثات [بخاري] مع
نظيره»), the act's agent in construct state, and right after a particle (`ner_not_names.tsv`,
class function: «إن [موغيريني] لم تدرك», «ولكن [سواير] قال»), the subject of its clause. Never
a word of three letters there («إن [كرم] الضيافة»), nor the last word of a chain of ancestors
(«محمد بن [نايف]»: his father's name, not his).

Where the tagger typed the family name standing alone as a place, a body or a work, right after
a word reporting what a person did or said, a quotation mark or a bracket between them or not
(«وقال [فوكسمان]», «بحسب ما أوضح [بويغنر]», «وأضاف “[السهلي]”»: one word), it is the person
(`_retyped`): the subject of a verb of saying is the person the article named in full, unless
the word is a place or the gazetteer or the catalogue lists it as other than a person («زار
[عمان]» stays the place). Elsewhere the tagger's type stands: a definite family name is as
often a movement or a word («ميليشيات [الحوثي]», «[البروبغندا]»).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import (
    candidates,
    catalogue_index,
    cue_of,
    definite,
    gazetteer_index,
    is_place,
    positions_with,
)
from marsad.ner.not_names import not_name
from marsad.ner.person_acts import act_noun, reporting_verb, reports_act
from marsad.ner.persons import NameSigns, family_word, given_name, person_word
from marsad.ner.tokens import QUOTE_MARKS
from marsad.ner.translit import FOREIGN_BUCKETS

_TITLES = frozenset({"PER_TITLE", "PER_HONORIFIC"})
_FUNCTION = "function"
_NAME_PART = "NAME_PART"
_AND = "و"  # a foreign-shaped first word behind «و» is a conjunction and a word more often («[وإرث الدار]»)
MIN_SUBJECT_LETTERS = 4  # letters of a family name read alone after a particle or a noun of an act
MIN_FAMILY_LETTERS = 3  # letters of an indefinite family name read alone after a title or a verb («وصرح باخ»)


def _family(norm: str, signs: NameSigns) -> bool:
    """Whether `norm`, the last word of a person's name, may stand alone for the person."""
    if person_word(norm):
        return False
    if definite(norm):
        return family_word(norm, signs)
    return (len(norm) >= MIN_FAMILY_LETTERS and norm.isalpha() and not cue_of(norm) and not is_place(norm)
            and norm not in signs.common and not reports_act(norm, signs))


def _person_slot(norms: Sequence[str], i: int, breaks: set[int]) -> bool:
    """Whether word i follows a title or a verb reporting a person's act, in its sentence."""
    if i == 0 or i in breaks:
        return False
    prev = norms[i - 1]
    return cue_of(prev) in _TITLES or reporting_verb(prev)


def _subject_slot(norms: Sequence[str], words: Sequence[str], i: int, breaks: set[int]) -> bool:
    """Whether word i follows a bare noun of an act or a particle, in its sentence."""
    if i == 0 or i in breaks:
        return False
    before = not_name(words[i - 1])
    return act_noun(norms[i - 1]) or (before is not None and before[0] == _FUNCTION)


def _opens(norms: Sequence[str], c: Chunk, signs: NameSigns) -> bool:
    """Whether a person's name opens as a name does: a rule's, or the tagger's with a name
    part, a given name or a word shaped as a foreign name first."""
    first = norms[c.start]
    return (c.source != "crf" or cue_of(first) == _NAME_PART or given_name(first, signs)
            or (signs.translit.bucket(first) in FOREIGN_BUCKETS and not first.startswith(_AND)))


_RETYPED = frozenset({"LOC", "ORG", "MISC"})
_OPENERS = QUOTE_MARKS | {"("}  # a mark between the verb and the name: «وقال “[القصبي]”»


def _retyped(norms: Sequence[str], chunks: list[Chunk], families: set[str], breaks: set[int]) -> None:
    """The one-word places, bodies and works of `chunks` right after a word reporting a person's
    act or speech that are a family name of `families`, no place and listed as nothing but a
    person, made persons (see the module); changed in place."""
    for c in chunks:
        if c.type not in _RETYPED or c.end - c.start != 1 or c.start in breaks:
            continue
        verb = c.start - 1
        if verb > 0 and norms[verb] in _OPENERS and verb not in breaks:
            verb -= 1
        if verb < 0 or not reporting_verb(norms[verb]):
            continue
        word = next((w for w in candidates(norms[c.start]) if w in families), None)
        if word is None or is_place(word):
            continue
        listed = gazetteer_index().matches([word], (0,)) + catalogue_index().matches([word], (0,))
        if {t for _, _, t in listed} <= {"PER"}:
            c.type = "PER"


def family_recurrences(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` plus the bare recurrences of their persons' family names (see the module)."""
    persons = [c for c in chunks if c.type == "PER" and c.end - c.start > 1
               and _family(norms[c.end - 1], signs) and _opens(norms, c, signs)]
    families = {norms[c.end - 1] for c in persons}
    if not families:
        return chunks
    _retyped(norms, chunks, families, breaks)
    subjects = {
        norms[c.end - 1] for c in persons
        if not definite(norms[c.end - 1]) and len(norms[c.end - 1]) >= MIN_SUBJECT_LETTERS
        and cue_of(norms[c.end - 2]) != _NAME_PART
    }
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = [
        Chunk(i, i + 1, "PER", 1.0, "family") for i in positions_with(norms, families)
        if i not in taken and not_name(words[i]) is None and (
            (any(c in families for c in candidates(norms[i])) and _person_slot(norms, i, breaks))
            or (any(c in subjects for c in candidates(norms[i])) and _subject_slot(norms, words, i, breaks)))
    ]
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks
