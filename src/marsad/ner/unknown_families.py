"""A family name no spelling knows, after a given name where the text announces a person: «السفير
التونسي لدى روسيا علي [قوطالي] في حديث», «المتحدث باسم الحكومة اليمنية راجح [بادي]، في تصريحات».

Right after an office held over a body or a place (`office_holders`) or a word describing a person
(`persons.described_persons`), a known given name starts the person's name; its family name is
often a word the tagger never met and no spelling lists («قوطالي», «بادي», «باسلمة»), so that
`persons.name_end`, which wants a definite word or a known spelling, reads the given name alone and
the person goes unnamed — with him the speaker of his quotations and the party of his events.

There, an indefinite word after the given name is its family name (`closed_family`) when it may be
one (`persons.bare_family`: letters, no cue, place, ordinary word of the tagger's, word never a name
or act; four letters or more, a three-letter word being as often the clause's verb: «علي [قال]»),
when it opens with no letter a conjunction or a preposition is written with («وعمر»: a second
person; «لكسور»: a preposition and a noun) but the Hadrami «با» («باسلمة»; not «بالأمس»), with no
prefix of an imperfect verb or hamza first («[يستعجل]», «[أكد]») and no ta marbuta or pronoun last
as written («الرئيس بوتين [رسالة]», «الملك سلمان [بأنه]»: a noun, a pronoun; a «با» name keeps its
ta marbuta: «باسلمة»), and when the name closes right after it: a punctuation mark, the text's end,
or a particle (`ner_not_names.tsv`, class function: «في», «إن», «على»); another name right after it
closes nothing («لاعب الرائد ثاني [صفقات] النصر»). Elsewhere the word after a given name is as often
the next clause's verb or a noun the name governs, and `speaker_names` asks more of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import cue_of, definite, nisba
from marsad.ner.not_names import not_name, written
from marsad.ner.persons import MAX_ADJECTIVES, NameSigns, bare_family, describes, given_name, phrase_cue

MIN_LETTERS = 4  # letters of an unknown family name («بادي»); «قال», «جاء» are verbs
_MARKS = frozenset({"،", ",", "؛", ";", ".", ":", "(", ")", "-", "؟", "?", "!"})
_FUNCTION = "function"
_PROCLITICS = frozenset("وفبلك")  # letters a conjunction or a preposition is written with
_BA = "با"  # «باسلمة», «بادي»: the Hadrami «با» opens a family name of its own
_BI_ARTICLE = "بال"  # «بالأمس»: the preposition and the article
_VERB_OPENERS = frozenset("يتنا")  # an imperfect's prefix, or a hamza (normalised to alif): «يستعجل», «أكد»
_TA_MARBUTA, _PRONOUN = "ة", "ه"  # as written: «رسالة», «نظرة» nouns; «بأنه» a pronoun


def _closes(words: Sequence[str], k: int) -> bool:
    """Whether a person's name ends before word k: a mark, the end, or a particle (another name
    right after it closes nothing: «لاعب الرائد ثاني [صفقات] [النصر]» runs on)."""
    if k >= len(words) or words[k] in _MARKS:
        return True
    kind = not_name(words[k])
    return kind is not None and kind[0] == _FUNCTION


def closed_family(
    norms: Sequence[str], words: Sequence[str], i: int, stops: set[int], signs: NameSigns,
) -> bool:
    """Whether word i, right after a given name a title, an office or a describing word announces,
    is that person's family name though no spelling knows it (see the module's docstring)."""
    if not bare_family(norms, words, i, stops, signs) or len(norms[i]) < MIN_LETTERS:
        return False
    w = norms[i]
    ba = w.startswith(_BA) and not w.startswith(_BI_ARTICLE)
    if w[:1] in _PROCLITICS and not ba:
        return False  # «وعمر»: a second person; «لكسور»: a preposition and a noun
    last = written(words[i])[-1:]
    if w[:1] in _VERB_OPENERS or last == _PRONOUN or (last == _TA_MARBUTA and not ba):
        return False  # «أوباما [يستعجل]», «سلمان [بأنه]», «بوتين [رسالة]»: a verb, a pronoun, a noun
    return _closes(words, i + 1)


def described_families(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with a person after a word describing a person or a title (`persons.describes`; a
    title phrase read whole, «المتحدث الرسمي»), at most MAX_ADJECTIVES definite nisbas after it
    («القاضية الألمانية»): a known given name (`persons.given_name`) and its family name no
    spelling knows (`closed_family`): «القاضية [كارين يونج] من ميونيخ». A given name the tagger
    took alone there is completed; never right after a title in construct state, which names a
    body («قائد قوة»), never a word another name holds, never across a break."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    alone = {c.start: c for c in chunks if c.type == "PER" and c.end - c.start == 1}
    grown: dict[int, int] = {}
    added: list[Chunk] = []
    for i, w in enumerate(norms):
        if i in taken or not describes(w):
            continue
        j = i + max(1, phrase_cue(norms, i))
        while (j < len(norms) and j - i <= MAX_ADJECTIVES and j not in taken and j not in breaks
               and definite(norms[j]) and nisba(norms[j]) and not cue_of(norms[j])):
            j += 1
        if j >= len(norms) or j in breaks or (j == i + 1 and not definite(w)):
            continue
        if (j in taken and j not in alone) or not given_name(norms[j], signs):
            continue
        if not_name(words[j]) is not None:
            continue
        if closed_family(norms, words, j + 1, (taken - {j}) | breaks, signs):
            if j in alone:
                grown[j] = j + 2
            else:
                added.append(Chunk(j, j + 2, "PER", 1.0, "rule"))
            taken.update((j, j + 1))
    if not grown and not added:
        return chunks
    kept = [Chunk(c.start, grown[c.start], c.type, c.confidence, "rule") if c.start in grown else c
            for c in chunks]
    return sorted(kept + added, key=lambda c: c.start)
