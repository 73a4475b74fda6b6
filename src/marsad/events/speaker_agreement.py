"""Gender and number agreement between a verb of saying and the speaker it carries on.

A verb without its own subject (وأضافت, مشيرة, وقالوا) continues the last speaker only when
that speaker agrees with it: «وقال الوزير ... وأضافت» is not the minister again. What a verb
shows is read from its affixes (`lang/ar/speaker_agreement.tsv`); what a speaker is, from the
verbs a person was the subject of earlier in the article (persons only: a body takes either
gender, «قالت الوزارة ... وأضاف»; and a plural verb tells nothing of one of its subjects), else
from the given name he or she was named with (`name_gender`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.glued_objects import glued_object
from marsad.events.lexicon import SAYING_OR_CONTINUING, quote_calls, quote_cues, quote_objects, speaker_ref
from marsad.events.words import Word, stems, written
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_PARTICIPLES = frozenset({"participle"})
_RELAY = frozenset({"relay"})
_FACT_SUBJECT = frozenset({"fact_subject"})
_TA_MARBUTA = "ة"  # as the text writes it: normalised, a final ة is ه, as a pronoun is


@cache
def _affixes() -> tuple[tuple[str, str, str, str], ...]:
    rows = [(normalize(r["affix"]), r["position"], r["pos"], r["agreement"])
            for r in load_table("speaker_agreement")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def relative_pronouns() -> frozenset[str]:
    """The relative pronouns of `speaker_agreement.tsv` (position word, pos relative: الذي, التي,
    الذين), normalised."""
    return frozenset(affix for affix, position, pos, _ in _affixes()
                     if pos == "relative" and position == "word")


def _is_cue(form: str, kinds: frozenset[str]) -> bool:
    """The form is a verb or participle of saying (`kinds`) of quote_cues, or of the verbs whose
    object is what was said or asked for (quote_objects, quote_calls: «مطالبين», «طالبوا»)."""
    w = [Word(0, 0, form)]
    return len(form) >= 2 and any(lex.at(w, 0, kinds) is not None
                                  for lex in (quote_cues(), quote_objects(), quote_calls()))


def saying_participle(word: Word) -> bool:
    """The word is a participle of saying, or of asking for what its object says (quote_cues,
    quote_objects, quote_calls: «مبينا», «مطالبا», «داعيا»)."""
    return _is_cue(word.norm, _PARTICIPLES)


def cue_agreement(word: Word) -> str | None:
    """m, f or p for a verb or participle of saying; None when its form does not tell. Every
    reading of the word (with and without its conjunction) is tried for an affix before any
    is taken as the bare masculine past: «وتضيف» is تضيف (she adds), not a bare «وتضيف»."""
    forms = [st.stem for st in stems(word.norm) if not st.clitic]
    for s in forms:
        if _is_cue(s, _PARTICIPLES):
            for affix, position, pos, agreement in _affixes():
                if pos == "participle" and position == "suffix" and s.endswith(affix):
                    return agreement
            return None
    for s in forms:
        for _affix, bare, agreement in _verb_readings(s):
            if _is_cue(bare, SAYING_OR_CONTINUING):
                return agreement
    for s in forms:
        if _is_cue(s, SAYING_OR_CONTINUING) and not s.endswith("ت"):
            return "m"  # قال, أضاف: the bare past (a form ending in ت may be لفت or بينت)
    return None


def affix_agreement(form: str, verbs: frozenset[str]) -> str | None:
    """m, f or p for a verb `form` (normalised, its proclitics stripped) read from the verb affixes
    of `speaker_agreement.tsv`, the word without the affix (or, for a prefix, with «ي» in its place)
    being one of `verbs` («تلتقي» = يلتقي: f; «اجتمعت» = اجتمع + ت: f; «التقوا»: p); None when no
    affix leaves a verb of `verbs`."""
    return next((agreement for affix, bare, agreement in _verb_readings(form)
                 if len(form) > len(affix) + 1 and bare in verbs), None)


def _verb_readings(form: str) -> Iterator[tuple[str, str, str]]:
    """(affix, bare verb, agreement) for each verb affix of `speaker_agreement.tsv` at the edge of
    `form`, longest first: the form without its suffix, or with «ي» in place of its prefix."""
    for affix, position, pos, agreement in _affixes():
        at_edge = form.startswith(affix) if position == "prefix" else form.endswith(affix)
        if pos == "verb" and at_edge:
            yield affix, form[:-len(affix)] if position == "suffix" else "ي" + form[len(affix):], agreement


def relayed_agreement(word: Word) -> str | None:
    """m, f or p for a relay word carrying a pronoun suffix («عنه», «عنها», «عنهم»: whom a relaying
    verb's words come from, someone named before); None for the bare «عن» or another word."""
    for affix, position, pos, agreement in _affixes():
        bare = word.norm[:-len(affix)]
        if pos == "pronoun" and position == "suffix" and word.norm.endswith(affix) and len(bare) >= 2 \
                and quote_cues().at([Word(0, 0, bare)], 0, _RELAY) is not None:
            return agreement
    return None


def unagreeing_relative(ws: list[Word], k: int) -> bool:
    """The verb of saying at word `k`, right after a relative pronoun, does not agree with it
    («للجماعات، التي [أكد]», «الذي [أكدت]»): the pronoun is no subject of it, someone else said the
    words after it; unless a noun of facts stands before the pronoun («هذه الحقيقة التي أكد أن»:
    still the fact's, quote_cues fact_subject)."""
    said = cue_agreement(ws[k]) if k > 0 else None
    if said is None or (k > 1 and quote_cues().at(ws, k - 2, _FACT_SUBJECT) is not None):
        return False
    return any(pos == "relative" and position == "word" and ws[k - 1].norm == affix and agreement != said
               for affix, position, pos, agreement in _affixes())


@cache
def _given_genders() -> dict[str, str]:
    return {normalize(r["name"]): r["gender"] for r in load_table("segment_given_names")}


def name_gender(name: str) -> str | None:
    """m or f for a person named `name` whose first word is a given name of
    `lang/ar/segment_given_names.tsv` («احمد ابو ماريا»: m; «زهراء الميلاد»: f); None when it is
    not one. What a verb showed of a person comes first; the name tells where no verb did («قال
    ابنه الآخر [احمد] ...» named him after a word of kinship, so «قال» told nothing of him)."""
    words = normalize(name).split()
    return _given_genders().get(words[0]) if words else None


def object_not_subject(ctx: ArticleContext, sent: Sentence, k: int, i0: int, participle: str | None) -> bool:
    """The word at `i0`, right after the verb of saying at word `k`, is no subject of it: a
    masculine singular verb («قال», «اعتبر») whose masculine participle goes on after it («…،
    مضيفا»), and a common noun (no name, no body or office of speaker_references) written with a
    final ta marbuta right after it («واعتبر [الإصابة] بالتسمم … أمرا ليس مفاجئا، مضيفا»): a
    singular feminine subject after its verb takes «اعتبرت», so the word is the verb's object or
    its words, not who said them. A plural participle (`participle` None or p: «قال القادة …،
    مؤكدين») shows a group, whose broken plural may end so."""
    w = sent.words[i0] if i0 < len(sent.words) else None
    if w is not None and glued_object(ctx, w):
        return True  # «وأشار [لوجود] ضوابط …، لافتا»: a preposition's object, whatever the participle
    if w is None or participle != "m" or ctx.mention_at(w) is not None or speaker_ref(w.norm) is not None:
        return False
    return written(ctx.text, w).endswith(_TA_MARBUTA) and cue_agreement(sent.words[k]) == "m"


def agrees(agreement: str | None, known: str | None) -> bool:
    return agreement is None or known is None or agreement == known
