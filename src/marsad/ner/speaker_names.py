"""A person's name in a speaker's place: right after a verb of saying, before the apposition
that describes the speaker. «وكشف [دخيل الطيار] مدير الصالة أن ...», «وأكد [علي الحرقان]؛ في
حديثه ...», «وقال [علي غريب]، أحد كبار المشايخ، إن ...», «وذكر [عمر السومه] بأن ...».

News names a speaker with no title before the name and describes him after it; the tagger
misses such a name when its words are no spelling it learned («دخيل», «الطيار»: also common
words), or takes its given name alone («[علي] غريب»). Right after a verb of saying (the one-word
verbs of `quote_cues.tsv`, bare or behind و or ف: «وقال», «ويقول», «وأضاف»;
`person_acts.saying_verb`) and in its sentence, a listed given name
(`lang/ar/segment_given_names.tsv`, and `persons.given_name`: a known spelling, no ordinary
word, cue, place or head of a body) with its family name after it (`persons.name_end`: «علي
الحرقان», «حامد رافع الخيالي») is the speaker's name when an apposition or the reported clause
comes right after it (`_vouches`): a comma or semicolon, a complementizer of `quote_cues.tsv`
(«إن», «بأن»), «أحد»/«إحدى», an office or an indefinite title («مدير»), or the outlet it spoke
to («لـ»). The listed given name keeps out a family name or a noun before the verb's object
(«أوباما [الأربعاء] إن», «يرى بيت الإعلام أن», «ووصفت رجوي [الاتفاق] بأنه»). The name's last
word is no word describing a person («الإعلامي»), nor after a feminine verb a definite word in
ta marbuta («وقالت مونيكا برادفورد المحررة»); no word of it is a complementizer written without
its hamza («يعتقد أحمد بان أنه»). A person the tagger found there of fewer words («[علي] غريب،»)
is completed; words another name holds are never taken, nor a sentence break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.given_names import given_names
from marsad.ner.lexicon import candidates, cue_of, definite, office_word
from marsad.ner.not_names import not_name
from marsad.ner.person_acts import saying_verb
from marsad.ner.persons import NameSigns, given_name, name_end, person_words

_MARKS = frozenset({"،", ",", "؛", ";"})
_ONE_OF = frozenset({normalize("أحد"), normalize("إحدى")})
_TITLE = "PER_TITLE"
_OUTLET = "لـ"  # «لـ«الشرق الأوسط»», «لـ"سبق"»: the outlet the speaker talked to
_FEMININE = "ه"  # ta marbuta, normalised: «المحررة», «الخبيرة» are a job's adjective
_FEMININE_VERB = "ت"  # «قالت», «أضافت»: a woman speaks


@cache
def _complementizers() -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("quote_cues") if r["kind"] == "complementizer")


def _vouches(norms: Sequence[str], words: Sequence[str], k: int) -> bool:
    """Whether word k opens the apposition or the reported clause after a speaker's name."""
    if k >= len(norms):
        return False
    w = norms[k]
    if words[k] in _MARKS or w in _ONE_OF or w in _complementizers() or words[k].startswith(_OUTLET):
        return True
    return office_word(w) or (cue_of(w) == _TITLE and not definite(w) and w[:1] != "و")


def _family_end(norm: str, verb: str) -> bool:
    """Whether a name's last word may close it after `verb`: no person word; after a feminine
    verb («وقالت») no definite word in ta marbuta either: a woman's family name keeps its
    masculine form («فاطمة الغامدي»), so «المحررة» is her job, but «عمر السومة» is a name."""
    if verb.endswith(_FEMININE_VERB) and definite(norm) and norm.endswith(_FEMININE):
        return False
    return not any(c in person_words() for c in candidates(norm))


def speaker_names(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with the name in a speaker's place after a verb of saying added or completed
    (see the module; `words`: as written, for the words that are never a name)."""
    at = {c.start: c for c in chunks}
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added: list[Chunk] = []
    grown: dict[int, int] = {}
    for i in range(len(norms) - 2):
        j = i + 1
        if j in breaks or not saying_verb(norms[i]) or norms[j] not in given_names():
            continue
        if not given_name(norms[j], signs):
            continue
        if not_name(words[j]) is not None:
            continue
        own = at.get(j)
        if j in taken and (own is None or own.type != "PER"):
            continue
        stops = (taken - set(range(j, own.end))) | breaks if own is not None else taken | breaks
        k = name_end(norms, words, j, stops, signs)
        if k - j < 2 or (own is not None and k <= own.end):
            continue
        if any(norms[m] in _complementizers() for m in range(j + 1, k)):
            continue  # «يعتقد أحمد بان أنه»: «بأن» written without its hamza
        if not _family_end(norms[k - 1], norms[i]) or not _vouches(norms, words, k):
            continue
        if own is None:
            added.append(Chunk(j, k, "PER", 1.0, "rule"))
        else:
            grown[j] = k
        taken.update(range(j, k))
    if not added and not grown:
        return chunks
    out = [Chunk(c.start, grown[c.start], c.type, c.confidence, "rule") if c.start in grown else c
           for c in chunks]
    return sorted(out + added, key=lambda c: c.start)
