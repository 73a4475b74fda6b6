"""A meeting verb with no subject of its own whose doer the sentence before told of, by agreement.

Arabic names a doer once and goes on without her: «وأكد بيان صادر عن مكتب الوزيرة أن [موغيريني]
ستزور السعودية الاثنين ... . وستلتقي الاثنين عددا من المسؤولين، بينهم وزير الخارجية X». The
feminine verb (`speaker_agreement.tsv`: its prefix ت, its suffix ت) names only whom she meets, so
the meeting would keep one party. Its doer is the one person of the sentence before who is the
subject of a feminine verb there, named right before or right after it («أن موغيريني ستزور»,
«وصلت موغيريني»), or whose given name is a woman's (`speaker_agreement.name_gender`); a man
named there is no candidate, since the verb does not agree with him, and two such women leave
the doer untold (`agreeing_doer`). A plural verb (not a dual) that names no one at all carries on
the three or more persons the sentence before lists («... ورئيس وزراء فرنسا X، ورئيس وزراء
إيطاليا Y. التقوا أكثر من مرة»: `carried_group`), as a dual carries on two
(`carried_subjects.carried_pair`).
"""

from __future__ import annotations

from functools import cache

from marsad.events.carried_subjects import persons_before
from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import office_word
from marsad.events.office_phrases import nisba_of_office
from marsad.events.speaker_agreement import affix_agreement, cue_agreement, name_gender
from marsad.events.triggers import Trigger, maqsura_verbs, one_word_verbs

_FEMININE = "f"
_PLURAL = "p"
_GROUP = 3  # persons a plural verb (التقوا) carries on: more than the two of a dual


@cache
def _verbs() -> frozenset[str]:
    """The bare verbs an affix is read against: the one-word verb rows (زار, يلتقي, اجتمع), and
    those ending in alif maqsura without it (التقى -> التق: «التقت», «التقوا»)."""
    return one_word_verbs() | frozenset(f[:-1] for f in maqsura_verbs())


def verb_agreement(t: Trigger) -> str | None:
    """m, f or p for a one-word verb trigger, read from its affixes; None where they do not tell."""
    if t.row.pos != "verb" or t.size != 1:
        return None
    return affix_agreement(t.reading.stem, _verbs())


def _feminine_verb_at(sent: Sentence, k: int) -> bool:
    """Whether word `k` of `sent` is a feminine verb: an event verb trigger or a verb of saying."""
    if not 0 <= k < len(sent.words):
        return False
    if any(t.index == k and verb_agreement(t) == _FEMININE for t in sent.triggers()):
        return True
    return cue_agreement(sent.words[k]) == _FEMININE


def _office(word: str) -> bool:
    """A word of an office phrase before a name (الوزيرة, الخارجية)."""
    return office_word(word) or nisba_of_office(word)


def _feminine_persons(ctx: ArticleContext, sent: Sentence) -> list[str]:
    """The persons of `sent` named as the subject of a feminine verb right before or after the
    name, or with a woman's given name, in order, each once."""
    found: list[str] = []
    for m in ctx.mentions_in(sent.start, sent.end, ("PER",)):
        first, last = sent.word_index(m.start), sent.word_index(m.end - 1)
        while first > 0 and _office(sent.words[first - 1].norm):
            first -= 1  # «وصلت الممثلة العليا X»: the verb before her office
        if _feminine_verb_at(sent, first - 1) or _feminine_verb_at(sent, last + 1) \
                or name_gender(m.slice(ctx.text)) == _FEMININE:
            ent = ctx.entity_of(m)
            if ent not in found:
                found.append(ent)
    return found


def agreeing_doer(ctx: ArticleContext, si: int, t: Trigger) -> str | None:
    """The doer of a feminine verb trigger of sentence `si` with no subject of its own: the one
    person the sentence before names as a woman (see the module docstring); else None."""
    if si < 1 or verb_agreement(t) != _FEMININE:
        return None
    women = _feminine_persons(ctx, ctx.sentences[si - 1])
    return women[0] if len(women) == 1 else None


def carried_group(ctx: ArticleContext, si: int, t: Trigger) -> list[str] | None:
    """The persons the sentence before sentence `si` names, at least three of them, for a plural
    verb trigger (not a dual) that names no one («... ورئيس وزراء فرنسا X، ورئيس وزراء إيطاليا Y.
    التقوا أكثر من مرة»: those listed met); else None."""
    if si < 1 or t.dual or verb_agreement(t) != _PLURAL:
        return None
    persons = persons_before(ctx, si)
    return persons if len(persons) >= _GROUP else None
