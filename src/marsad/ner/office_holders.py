"""The name of an office's holder after the body or place the office is held over: «محافظ
[الرس] فضيان الحربي», «عضو [مجلس بلدية تبوك] سالم العنزي», «محامي [الشركة] جون سميث».
News names an official by the office in construct state with its body or place, then the name;
the tagger finds the body or the place and often leaves the name after it, which no describing
word stands right before (`persons.described_persons` reads names only right after one).

After an office word (`lexicon.office_word`, `lang/ar/ner_office_words.tsv`) or a title of
`ner_cues.tsv` right before a place or a body the tagger found (a definite title, which takes no
construct state, held over it through «باسم» or the preposition «ل» on its first word, one
definite word between or not: «المتحدث الرسمي [لأمانة الباحة] صديق الشيخي», «المتحدث باسم
[الحكومة] ...»: `_linked_office`), the words right after that name
are a person's name when they open with a given name and run to two words or more
(`persons.name_end`: «ماريو لوبيز»), or when an indefinite word no known spelling, cue, place or
ordinary word is followed by a definite nisba, the shape of an Arab family name («فضيان الحربي»:
an unknown given name vouched for by its family name). Never a word another name holds, never
across a sentence break, never a word that is never a name («أشرف على»).

The complement may be no name at all: a portfolio or a common noun in construct state, a
genitive chain of at most MAX_COMPLEMENT words that ends in a definite word («وزير [حقوق
الإنسان] عزالدين الأصبحي», «مدير [النادي] عافت الشمري», «مدير [عام جمرك الخفجي] عيد
الأسود»), the tagger's place or body inside it or not. The holder's name after it is read the
same way; the complement's words hold no person's name and no given name (where a name starts,
the complement ends), and it must have a holder's shape (`_holder_shape`: a family name that is a
masculine nisba or a known spelling, or three words), since a subject's office is as often
followed by its verb's object («واستهل وزير الشؤون البلدية جولته التفقدية»). The place the
office is held in may come between the complement and the name, a place the tagger found with
«في» or «لدى» before it or «بـ» on its first word (`_place_phrase_end`): «وزير حقوق الإنسان [في
اليمن] محمد الأصبحي», «مدير فرع الوزارة [بمنطقة مكة المكرمة] وليد با فقيه». A definite title
takes no complement in construct state, but its state's nisba and then the place it is held in
announce its holder the same way: «السفير السعودي [في سلطنة عمان] عيد الثقفي» (the nisba and the
place both required: a definite title and a name alone are `persons.described_persons`').
A holder's given name may be compound with «الدين» (`_compound_given`), its first word a known
spelling however short: «[عز الدين] الأصبحي», a family name after it. Two words each spelt as a
foreign name is (`title_chains.name_word`: a known spelling or one whose letters read as a
transliteration) are a holder's name too, with no state's adjective before them (which
`title_chains` wants): «المبعوث الخاص لرئيس الصين وزير الثقافة [لوه شوشنج]»; never behind «و»
or «ف» («وستيفن»: a second person).

The holder's name may come first, the office after it in apposition (`holders_before`): «وقال
[كارلوس دياز] وزير خارجية البيرو», «استمعت اللجنة إلى [حسين الأهدل] رئيس الفريق». Two or three
words right before an office or a title standing bare (no proclitic: «ووزير» coordinates another
person) followed by its complement (a definite word, or the tagger's place or body, at most one
indefinite word of construct state before it) are the holder's name when they open a clause: a
verb of saying or meeting (SPEECH of `ner_cues.tsv`) or a particle (`ner_not_names.tsv`, class
function: «إن», «من», «لكن») right before them (a sentence's first words are as often a verb
and its object: «كرّم مساعد مدير الأمن»). Each word is a
known name spelling or one the tagger never learned as an ordinary word, and no cue, place,
verb or noun of an act or number; the first is indefinite, no proclitic letter before a known
spelling («وكارلوس»), and is a known spelling or one shaped as a foreign name («فيدريكا»), which
keeps out the common nouns before an office («وقال مصدر مسؤول رئيس الوفد»); the others may
also be a spelling seen once as a name or a definite nisba, a family name («الأصبحي»; not
«على سبيل المثال قائد»). Never a word another name holds,
never across a sentence break.

The tagger also runs the holder's name into the body before it (`split_body_holders`): «مدير
عام [المؤسسة عبدالله العبدالجبار]», «المتحدث باسم [رئاسة الجمهورية محمد مارم]», «ممثلة
[الاتحاد الأوروبي فيديريكا موغيريني للرياض]». After a title or an office in the sentence
(`persons.titled`), a body of the tagger's (ORG, or LOC) holding, after a definite word, a given
name with a family name after it (`_name_after`, the holder's shape) is two names: the body up
to the definite word (none where that is one word: a common noun, «للمركز»), and the person;
the words after the person's name are left out. Never
after a title or a cue («مطار الملك فهد الدولي», «ملعب الأمير عبدالرحمن بن سعود»: a body
named after a person).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.lang.normalize import normalize
from marsad.memo import word_cache
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates, cue_of, definite, is_place, name_particles, nisba, office_word
from marsad.ner.not_names import not_name
from marsad.ner.person_acts import reports_act
from marsad.ner.persons import NameSigns, bare_family, family_word, given_name, name_end, titled
from marsad.ner.title_chains import name_word
from marsad.ner.translit import FOREIGN_BUCKETS, KNOWN_LEVELS
from marsad.ner.unknown_families import closed_family

_TITLES = frozenset({"PER_TITLE"})
_HELD_OVER = frozenset({"LOC", "ORG"})
MAX_COMPLEMENT = 3  # words of the complement read between an office and its holder's name
# An unknown word opened by one of these letters after a complement is a proclitic and a noun
# more often than a given name («ومشرف المنتدى», «لصحة البيئة»): no holder's name starts there.
_PROCLITICS = frozenset("وفبلك")
_AND_LETTERS = frozenset("وف")  # «وستيفن»: a second person coordinated, no holder's name
_FEMININE = "ه"  # ta marbuta, normalised: «التفقدية», «الإستراتيجية» are adjectives, no family names


@word_cache(200_000)
def _holds_office(norm: str) -> bool:
    """An office word or an indefinite title (asked of every word of an article: kept per word)."""
    return office_word(norm) or (cue_of(norm) in _TITLES and not definite(norm))


def _name_after(
    norms: Sequence[str], words: Sequence[str], j: int, stops: set[int], signs: NameSigns,
) -> int:
    """The end of a person's name starting at word j, or j where none starts there."""
    if j >= len(norms) or j in stops or not_name(words[j]) is not None:
        return j
    given = given_name(norms[j], signs)
    if given:
        k = name_end(norms, words, j, stops, signs)
        if k - j >= 2:
            return k
        if closed_family(norms, words, j + 1, stops, signs):
            return j + 2  # «لدى روسيا علي [قوطالي] في»: a family name no spelling knows
    elif _compound_given(norms, j, stops, signs):  # «[عز الدين] الأصبحي»: a family name after it
        k = name_end(norms, words, j + 1, stops, signs)
        return k if k - j >= 3 else j
    if all(k < len(norms) and k not in stops and name_word(norms[k], words[k], signs) for k in (j, j + 1)):
        return j + 2  # «وزير الثقافة [لوه شوشنج]»: two words spelt as foreign names are
    if given:
        return j
    nxt = j + 1
    if (bare_family(norms, words, j, stops, signs) and nxt < len(norms) and nxt not in stops
            and definite(norms[nxt]) and nisba(norms[nxt]) and family_word(norms[nxt], signs)
            and not_name(words[nxt]) is None):
        return nxt + 1
    return j


def _compound_given(norms: Sequence[str], j: int, stops: set[int], signs: NameSigns) -> bool:
    """Whether word j opens a compound given name with the name part after it, «عز الدين»: an
    indefinite word of letters seen as a name at least twice, however short (`given_name` wants
    three letters), no cue, place or ordinary word of the tagger's («رجال الدين» opens none)."""
    w = norms[j]
    if j + 1 >= len(norms) or j + 1 in stops or norms[j + 1] not in name_particles().closing:
        return False
    known = signs.translit.known_level(w) in KNOWN_LEVELS
    return known and w.isalpha() and not (definite(w) or cue_of(w) or is_place(w) or w in signs.common)


def _complement_holder(
    norms: Sequence[str], words: Sequence[str], i: int, persons: set[int], taken: set[int], breaks: set[int],
    signs: NameSigns, places: dict[int, int],
) -> tuple[int, int] | None:
    """The holder's name (start, end) after the office at word i and a complement of at most
    MAX_COMPLEMENT words ending in a definite word (see the module), or None. `persons`: words
    of persons' names; `taken`: words of any name, which the holder's name never takes;
    `places`: the end of each place the tagger found, by its start."""
    stops = taken | breaks
    titled = definite(norms[i])  # «السفير السعودي في سلطنة عمان عيد الثقفي»: a nisba and a place
    for k in range(i + 1, min(len(norms), i + 1 + (1 if titled else MAX_COMPLEMENT))):
        w = norms[k]
        if k in persons or k in breaks or not w.isalpha() or not_name(words[k]) is not None:
            return None
        if k not in taken and given_name(w, signs):
            return None
        if not definite(w):
            continue
        start = _place_phrase_end(norms, k + 1, breaks, places)
        if titled and (start == k + 1 or not nisba(w)):
            return None
        end = _name_after(norms, words, start, stops, signs)
        if end > start and _holder_shape(norms, start, end, signs):
            return start, end
    return None


_IN = frozenset(normalize(w) for w in ("في", "لدى"))  # «السفير السعودي [لدى سلطنة عمان]»
_BI = "ب"


def _place_phrase_end(norms: Sequence[str], k: int, breaks: set[int], places: dict[int, int]) -> int:
    """The end of the place the office is held in right after its complement, «في» before it
    or «بـ» on its first word («وزير حقوق الإنسان [في اليمن] عز الدين الأصبحي», «مدير فرع الوزارة
    [بمنطقة مكة المكرمة] وليد با فقيه»), or k where none is there."""
    p = k + 1 if k < len(norms) and norms[k] in _IN else k
    if p in places and (p > k or norms[p].startswith(_BI)) and not breaks & set(range(k, places[p] + 1)):
        return places[p]
    return k


def _holder_shape(norms: Sequence[str], s: int, e: int, signs: NameSigns) -> bool:
    """Whether words s..e after a complement have the shape of a holder's name, not of the
    object after a subject («وزير العمل مفرج الحقباني», not «[عودة النفط]», «[مشرف النشاط]»,
    «جولته [التفقدية]»): three words or more, or a last word that is a masculine nisba or a
    known name spelling; an unknown given name opens with no proclitic letter («ومشرف»)."""
    last = norms[e - 1]
    family = e - s >= 3 or signs.translit.known_level(last) in KNOWN_LEVELS or (
        nisba(last) and not last.endswith(_FEMININE)) or signs.translit.bucket(last) in FOREIGN_BUCKETS
    first = norms[s]
    # a first word spelt as a foreign name, not behind «و»/«ف»: «[لوه] شوشنج»
    foreign = signs.translit.bucket(first) in FOREIGN_BUCKETS and first[:1] not in _AND_LETTERS
    return family and (given_name(first, signs) or first[:1] not in _PROCLITICS or foreign)


_ON_BEHALF = "باسم"  # «المتحدث باسم [الحكومة اليمنية]»: the office held for the body after it
_LAM = "ل"


def _linked_office(norms: Sequence[str], start: int, breaks: set[int]) -> bool:
    """Whether a definite title, one definite word after it or not, is held over the body or
    place starting at word `start` through «باسم» or the preposition «ل» on the body's first
    word: «المتحدث الرسمي باسم [الحكومة اليمنية]», «المتحدث الرسمي [لأمانة الباحة]», «المدير
    التنفيذي [لشركة ...]» (a definite title takes no construct state: an indefinite one is
    `_holds_office`'s)."""
    p = start - 1
    linked = norms[start].startswith(_LAM) and len(candidates(norms[start])) > 1
    if p >= 0 and p + 1 not in breaks and norms[p] == _ON_BEHALF:
        linked, p = True, p - 1
    if not linked or p < 0 or p + 1 in breaks:
        return False
    if definite(norms[p]) and not cue_of(norms[p]) and p > 0 and p not in breaks:
        p -= 1  # «الرسمي», «التنفيذي», «العام»
    return definite(norms[p]) and cue_of(norms[p]) in _TITLES


def office_holders(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with the holder's name after «office [body or place]» or «office complement»
    added (see the module; `words`: as written, for the words that are never a name)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = []
    for c in chunks:
        if c.type not in _HELD_OVER or c.start == 0 or c.start in breaks or c.end in breaks:
            continue
        if not _holds_office(norms[c.start - 1]) and not _linked_office(norms, c.start, breaks):
            continue
        end = _name_after(norms, words, c.end, taken | breaks, signs)
        if end > c.end:
            added.append(Chunk(c.end, end, "PER", 1.0, "rule"))
            taken.update(range(c.end, end))
    persons = {i for c in chunks if c.type == "PER" for i in range(c.start, c.end)}
    places = {c.start: c.end for c in chunks if c.type == "LOC"}
    for i, w in enumerate(norms):
        if i in taken or not (_holds_office(w) or cue_of(w) in _TITLES):
            continue
        found = _complement_holder(norms, words, i, persons, taken, breaks, signs, places)
        if found is not None:
            s, e = found
            added.append(Chunk(s, e, "PER", 1.0, "rule"))
            taken.update(range(s, e))
            persons.update(range(s, e))
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


FRONT_NAME_WORDS = (3, 2)  # words of a holder's name read before its office, longest first
_SPEECH = "SPEECH"
_FUNCTION = "function"
_SEEN_ONCE = "1"  # `TranslitModel.known_level` of a spelling seen once as a name


def _bare_office(norm: str) -> bool:
    """An office word or an indefinite title as written, with no proclitic letter before it."""
    return _holds_office(norm) and not definite(norm) and (
        norm[:1] not in _PROCLITICS or cue_of(norm[1:]) == "" and not office_word(norm[1:]))


def _complement_at(
    norms: Sequence[str], words: Sequence[str], k: int, starts: set[int], breaks: set[int],
) -> bool:
    """Whether an office's complement opens at word k: a definite word or a place or body the
    tagger found, or one indefinite word of construct state (no particle) and then one of those."""
    for j in (k, k + 1):
        if j >= len(norms) or j in breaks or not norms[j].isalpha() or not_name(words[j]) is not None:
            return False
        if definite(norms[j]) or j in starts:
            return True
    return False


def _opens_clause(norms: Sequence[str], words: Sequence[str], j: int, breaks: set[int]) -> bool:
    """Whether a name may start at word j: a verb of saying or meeting or a particle right
    before it, in its sentence (a sentence's first words are as often a verb and its object:
    «كرّم مساعد مدير الأمن»)."""
    if j == 0 or j in breaks:
        return False
    before = not_name(words[j - 1])
    return cue_of(norms[j - 1]) == _SPEECH or (before is not None and before[0] == _FUNCTION)


def _front_word(norm: str, word: str, signs: NameSigns, first: bool, last: bool) -> bool:
    """Whether a word may be one of a holder's name read before its office: the first a known
    name spelling or one spelled as a foreign name is (`TranslitModel.bucket`), indefinite; the
    others also a spelling seen once as a name, or definite: the last a nisba, a family name
(«الأصبحي»), one inside a known spelling («عز الدين»)."""
    if not norm.isalpha() or len(norm) < 2 or cue_of(norm) or is_place(norm) or not_name(word) is not None:
        return False
    level = signs.translit.known_level(norm)
    if level not in KNOWN_LEVELS and (norm in signs.common or reports_act(norm, signs)):
        return False
    named = level in KNOWN_LEVELS or signs.translit.bucket(norm) in FOREIGN_BUCKETS
    if first:
        clitic = norm[:1] in _PROCLITICS and signs.translit.known_level(norm[1:]) in KNOWN_LEVELS
        return named and not definite(norm) and (level in KNOWN_LEVELS or not clitic)
    if definite(norm):  # «الأصبحي», not «على سبيل [المثال] قائد»; inside: «عز [الدين] الأصبحي»
        return family_word(norm, signs) and (nisba(norm) or not last and level in KNOWN_LEVELS)
    return named or level == _SEEN_ONCE


def holders_before(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with the holder's name read right before its office in apposition (see the
    module; `words`: as written, for the words that are never a name)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    starts = {c.start for c in chunks if c.type in _HELD_OVER}
    added = []
    for i, w in enumerate(norms):
        if i in taken or i in breaks or not _bare_office(w) or not_name(words[i]) is not None:
            continue  # «أمام» is written as «إمام» is, once normalised
        if not _complement_at(norms, words, i + 1, starts, breaks):
            continue
        for n in FRONT_NAME_WORDS:
            j = i - n
            span = range(j, i)
            if j < 0 or any(k in taken for k in span) or any(k in breaks for k in range(j + 1, i + 1)):
                continue
            named = all(_front_word(norms[k], words[k], signs, k == j, k == i - 1) for k in span)
            if named and _opens_clause(norms, words, j, breaks):
                added.append(Chunk(j, i, "PER", 1.0, "rule"))
                taken.update(span)
                break
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


def split_body_holders(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with each body the tagger ran its holder's name into cut in two (see the module)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    out = []
    for c in chunks:
        split = None
        body = c.type in _HELD_OVER and c.end - c.start >= 3 and c.start not in breaks
        if body and titled(norms, c.start, breaks):
            stops = (taken - set(range(c.start, c.end))) | breaks
            for k in range(c.start + 1, c.end - 1):
                if not definite(norms[k - 1]) or cue_of(norms[k - 1]) or not given_name(norms[k], signs):
                    continue  # «مطار [الملك] فهد الدولي»: a body named after a titled person
                end = _name_after(norms, words, k, stops, signs)
                if end - k < 2 and bare_family(norms, words, k + 1, stops, signs):
                    end = k + 2  # «عاديسينا»: an unknown family name the tagger vouched for
                if end - k >= 2:
                    split = (k, end)
                break
        if split is None:
            out.append(c)
            continue
        k, end = split
        taken.update(range(c.end, end))
        if k - c.start > 1:  # one definite word is a common noun, no name: «للمركز»
            out.append(Chunk(c.start, k, c.type, c.confidence, c.source))
        out.append(Chunk(k, end, "PER", c.confidence, "rule"))
    return out
