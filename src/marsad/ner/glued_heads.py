"""Words the tagger glued before a person's name, cut off by what the article itself says of
the person.

A person's name of two words or more whose last word ends another person's name of the article
of two words or more that the article introduces (after a title, a word describing a person or
a definite nisba adjective: «وزير الخارجية الفرنسي [لوران فابيوس]»; a mention before or after
it), and that is not introduced so itself, loses its opening words while they are none of the
article's persons' words: the tagger ran the verb or the noun before the family name into the
name («[وأدلى كارتر] بتصريحه», «[أراد المالكي] تسويق», «وبطلان [فتوى السيستاني]», «[وشيم سعود
الفيصل]»). An opening word stays where it may be a given name the article did not write
elsewhere: the other name's word in its place spelt otherwise (its first two letters: «ستيف»,
«ستيفين»), a listed given name (`segment_given_names.tsv`: «خالد الفيصل» beside «سعود الفيصل» is a
brother), a spelling seen as a name more than once (`TranslitModel.known_level`: «معمر»,
«فرانكلين»), a word shaped as a foreign name not behind «و» («سيلفيو», «نيجيرفان»: «وشكر»,
«ويجيب» are verbs), a word before «بن» («[زابن بن سلطان المرزوقي]»), a name part («أبو»), a
title or a word describing a person. On the first 3,000 records: 20 names cut, all 20 right.
A verb the translit model takes for a name stays («سئل فابيوس»: «سئل» is such a spelling).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.given_names import given_names
from marsad.ner.lexicon import candidates, cue_of, definite, nisba
from marsad.ner.persons import NameSigns, describes, servant_name
from marsad.ner.translit import FOREIGN_BUCKETS, KNOWN_LEVELS

_NAME_PART = "NAME_PART"
_AND = "و"
_SON = frozenset({"بن", "ابن", "بنت"})  # a given name's chain: «[زابن بن سلطان المرزوقي]»
SAME_OPENING = 2  # letters two spellings of one given name share at their start («ستيف», «ستيفين»)


def _kept(norms: Sequence[str], i: int, names: set[str], others: Sequence[str], signs: NameSigns) -> bool:
    """Whether the opening word i of a person's name stays: a word of a person's name of the
    article, a spelling of the other name's word in its place, a listed given name, a name part,
    a title or a word describing a person, a spelling seen as a name more than once or shaped as
    a foreign name (not behind «و»: «وشكر», «ويجيب» are verbs), or a word before «بن»."""
    norm = norms[i]
    forms = candidates(norm)
    return (
        any(f in names for f in forms)
        or any(f[:SAME_OPENING] == o[:SAME_OPENING] for f in forms for o in others)
        or any(f in given_names() or servant_name(f) for f in forms)
        or cue_of(norm) == _NAME_PART or describes(norm)
        or signs.translit.known_level(norm) in KNOWN_LEVELS
        or (signs.translit.bucket(norm) in FOREIGN_BUCKETS and not norm.startswith(_AND))
        or (i + 1 < len(norms) and norms[i + 1] in _SON)
    )


def _introduced(norms: Sequence[str], c: Chunk) -> bool:
    """Whether a name follows a title, a word describing a person or a definite nisba adjective
    («وزير الخارجية الفرنسي [لوران فابيوس]»): the article introducing the person by his name."""
    if c.start == 0:
        return False
    before = norms[c.start - 1]
    return describes(before) or (definite(before) and nisba(before))


def unglued_heads(norms: Sequence[str], chunks: list[Chunk], signs: NameSigns) -> list[Chunk]:
    """`chunks` with the opening words of a person's name that the article's fuller name of the
    same person lacks cut off (see the module); changed in place."""
    persons = [c for c in chunks if c.type == "PER" and c.end - c.start > 1]
    if len(persons) < 2:
        return chunks
    for c in persons:
        last = norms[c.end - 1]
        fuller = [o for o in persons if o is not c and norms[o.end - 1] == last and _introduced(norms, o)]
        if not fuller or _introduced(norms, c):
            continue
        names = {w for o in persons if o is not c for w in norms[o.start : o.end]}
        start = c.start
        while start < c.end - 1:
            place = start - c.end  # the word's place from the name's end (negative)
            others = [norms[o.end + place] for o in fuller if o.start <= o.end + place]
            if _kept(norms, start, names, others, signs):
                break
            start += 1
        c.start = start
    return chunks
