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
comes right after it (`_vouches`): a comma or semicolon, a colon before the words themselves
(«وقال مروان الإسحاكي : اللهم …»), a complementizer of `quote_cues.tsv` («إن», «بأن»),
«أحد»/«إحدى», an office or a title, indefinite or definite («مدير», «المتحدث باسم …», «الناطق
الرسمي»: the apposition describing the speaker), or the outlet it spoke to («لـ»). The listed
given name keeps out a family name or a noun before the verb's object («أوباما [الأربعاء] إن»,
«يرى بيت الإعلام أن», «ووصفت رجوي [الاتفاق] بأنه»). The name's last word is no word describing
a person («الإعلامي»), nor after a feminine verb a definite word in ta marbuta («وقالت مونيكا
برادفورد المحررة»); no word of it is a complementizer written without its hamza («يعتقد أحمد بان
أنه»). A person the tagger found there of fewer words («[علي] غريب،»)
is completed («وقال [مروان] الإسحاكي :»: when the family name read from it is nothing, as
`_family_after_alone` reads it elsewhere); words another name holds are never taken, nor a
sentence break.

Anywhere else, a listed given name the tagger took alone is completed the same way when its
family name is vouched for so («الوزير [أكرم] شُهيّب، وهو عضو», «الدكتور [عادل] باناعمة رئيس
اللجنة»), a full stop vouching too («والمركز الثاني [يوسف] الضيف.»), with two more cautions
(`_family_after_alone`): a given name that is also a common word («حسن», «صالح», kind `word`)
takes a definite word only when it is a nisba or a known spelling (not «مبادئ [حسن] الجوار»),
and an indefinite unknown family name («باسلمة») only as `_bare_family_after` allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.given_names import feminine_given_names, given_names, name_only_given_names
from marsad.ner.lexicon import cue_of, definite, nisba, office_word
from marsad.ner.not_names import not_name
from marsad.ner.person_acts import saying_verb
from marsad.ner.persons import NameSigns, bare_family, given_name, name_end, person_word
from marsad.ner.translit import KNOWN_LEVELS

_MARKS = frozenset({"،", ",", "؛", ";"})
_CONJUNCTIONS = frozenset("وف")
_ROOT_LETTERS = 3
_SEEN_ONCE = "1"  # `TranslitModel.known_level` of a spelling seen once as a name
_COLON = ":"  # «فيقول خالد سعيد عندل: نحن …»: the reported words after the speaker's name
_STOP = "."  # a sentence's end after a name the tagger started: «وزير النقل [بدر] باسلمة.»
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
    if words[k] in _MARKS or words[k] == _COLON or w in _ONE_OF or w in _complementizers():
        return True
    if words[k].startswith(_OUTLET):
        return True
    return office_word(w) or (cue_of(w) == _TITLE and w[:1] != "و")


def _family_after_alone(
    norms: Sequence[str], words: Sequence[str], j: int, k: int, stops: set[int], signs: NameSigns,
) -> int:
    """Where the name of a given name the tagger took alone at word j ends, `name_end` having
    read it to k: a given name that is also a common word («حسن», «صالح») takes a definite word
    only when it is a nisba or a known spelling («علي الاحسائي»; not «مبادئ [حسن] الجوار»); an
    unknown indefinite word after it is its family name («[بدر] باسلمة», `_bare_family_after`)."""
    if k == j + 1:
        return j + 2 if _bare_family_after(norms, words, j + 1, stops, signs) else k
    if norms[j] in name_only_given_names():
        return k
    last = norms[k - 1]
    if definite(last) and not nisba(last) and signs.translit.known_level(last) not in KNOWN_LEVELS:
        return j + 1
    return k


def _bare_family_after(
    norms: Sequence[str], words: Sequence[str], i: int, stops: set[int], signs: NameSigns,
) -> bool:
    """Whether the indefinite word i after a given name the tagger took alone is its family name:
    no cue, place, ordinary word or act (`persons.bare_family`), no three-letter word («فلما شاهد
    عمر [طلب] أن»: a perfect verb) nor verb of saying, no conjunction before it («قضاء عادل
    [وناجز]»), and a spelling once seen as a name («أكرم [شهيب]») or followed by an office, a
    title or the reported clause («الدكتور عادل [باناعمة] رئيس اللجنة», «بدر [باسلمة] إن»), not a
    mere comma or stop, which as often follows an adjective, a verb or a noun with its pronoun
    («جمال [ساحر].», «هادي [وصلوا]،», «خالد [شقيقته]،»)."""
    if not bare_family(norms, words, i, stops, signs) or len(norms[i]) < _ROOT_LETTERS + 1:
        return False  # a three-letter word is as often the next clause's verb: «شاهد عمر [طلب] أن»
    if saying_verb(norms[i]) or norms[i][:1] in _CONJUNCTIONS:
        return False
    if signs.translit.known_level(norms[i]) == _SEEN_ONCE:
        return True
    return i + 1 < len(words) and words[i + 1] not in _MARKS and _vouches(norms, words, i + 1)


def _family_end(norm: str, woman: bool) -> bool:
    """Whether a name's last word may close it: no person word; for a woman (a feminine verb
    before her name, «وقالت», or a feminine given name) no definite word in ta marbuta either: a
    woman's family name keeps its masculine form («فاطمة الغامدي»), so «المحررة» is her job,
    but «عمر السومة» is a name."""
    if woman and definite(norm) and norm.endswith(_FEMININE):
        return False
    return not person_word(norm)


def speaker_names(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int], signs: NameSigns,
) -> list[Chunk]:
    """`chunks` with the name in a speaker's place after a verb of saying added or completed,
    and a listed given name the tagger took alone completed (see the module; `words`: as
    written, for the words that are never a name)."""
    at = {c.start: c for c in chunks}
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added: list[Chunk] = []
    grown: dict[int, int] = {}
    for j in range(len(norms) - 1):
        own = at.get(j)
        after_verb = j > 0 and j not in breaks and saying_verb(norms[j - 1])
        alone = own is not None and own.type == "PER" and own.end == j + 1
        if not (after_verb or alone) or norms[j] not in given_names() or not given_name(norms[j], signs):
            continue
        if not_name(words[j]) is not None or (j in taken and not (own is not None and own.type == "PER")):
            continue
        stops = (taken - set(range(j, own.end))) | breaks if own is not None else taken | breaks
        k = name_end(norms, words, j, stops, signs)
        if alone and (not after_verb or k == j + 1):
            k = _family_after_alone(norms, words, j, k, stops, signs)
        if k - j < 2 or (own is not None and k <= own.end):
            continue
        if any(norms[m] in _complementizers() for m in range(j + 1, k)):
            continue  # «يعتقد أحمد بان أنه»: «بأن» written without its hamza
        woman = (after_verb and norms[j - 1].endswith(_FEMININE_VERB)) or norms[j] in feminine_given_names()
        vouched = _vouches(norms, words, k) or (alone and k < len(words) and words[k] == _STOP)
        if not _family_end(norms[k - 1], woman) or not vouched:
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
