"""Parties of a visit named around it other than its subject (whom an invitation asks to visit:
`events/invitations.py`): the organisation at its goal that hosts it (بزيارة إلى جامعة نايف) or that a
verb of visiting takes as its object after the visitor (زار X، الشركة السعودية للكهرباء), and the
sender of a delegation (وفد X, وفداً من شركة X).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, name_classifiers, sense_word
from marsad.events.places import after_title
from marsad.events.triggers import Trigger
from marsad.events.visit_goals import facility_or_qualifier, needs_goal
from marsad.events.words import Word
from marsad.lang.normalize import normalize
from marsad.lang.state_sides import state_adjectives
from marsad.model import Span

_DELEGATION = frozenset({"delegation"})
_SENDING = "sending_verb"  # بعثت ألمانيا وفدًا: the state sends the delegation
_BODY_LEADERS = frozenset({"body_leaders"})  # قادة حركة حماس: the body's own delegation
_FROM = normalize("من")
_GOAL_ONLY = frozenset({"goal_prep"})
_DELEGATION_GAP = 4  # وفد رفيع المستوى من X
_DELEGATION_FILLERS = frozenset({"من", "عن", "رفيع", "المستوي"})  # وفداً رفيع المستوى من X, ممثلين عن X
_OBJECT_GAP = 3  # words between the visitor's name and the body visited (as a goal's: _GOAL_GAP)
_VISITOR_REACH = 10  # words from the verb to its visitor's name (زار السفير الأسترالي لدى المملكة الدكتور X)


def goal_hosts(ctx: ArticleContext, sent: Sentence, t: Trigger, mentions: list[Span]) -> list[Span]:
    """An organisation a visit goes to is its host (بزيارة إلى جامعة نايف العربية: the
    university receives the visitor); a country or city there is the place. Only the visit's
    first goal: a later «إلى» is another phrase's («خلال زيارته إلى الولايات المتحدة ... رسالة
    من الرئيس أوباما إلى القيادة الإيرانية»: the letter's addressee, no host)."""
    ws = sent.words
    goal = next((j for j in range(t.index + t.size, len(ws))
                 if event_cues().at(ws, j, _GOAL_ONLY) is not None), None)
    if goal is None:
        return []
    return [m for m in mentions if m.label == "ORG" and sent.word_index(m.start) == goal + 1]


def object_body(ctx: ArticleContext, sent: Sentence, t: Trigger, mentions: list[Span]) -> Span | None:
    """The organisation a verb of visiting takes as its object right after its subject's name
    («زار السفير الأسترالي لدى المملكة الدكتور X، الشركة السعودية للكهرباء بالرياض»): the body
    visited, the visit's host. Only after a person named as the subject within a few words of the
    verb, with nothing but definite words or facility nouns between; not a body in that person's
    own office («زار المهرجان الشيخ X رئيس هيئة الأمر بالمعروف»)."""
    ws = sent.words
    if t.row.pos != "verb" or t.row.subject_role or needs_goal(t):
        return None
    after = [m for m in mentions if m.start >= ws[t.index + t.size - 1].end]
    person = next((i for i, m in enumerate(after) if m.label == "PER"), None)
    if person is None or person + 1 >= len(after) \
            or sent.word_index(after[person].start) - t.index > _VISITOR_REACH:
        return None
    m, end = after[person + 1], after[person].end
    gap = [w for w in ws if end <= w.start < m.start and not ctx.in_timex(w)]
    if m.label != "ORG" or len(gap) > _OBJECT_GAP or not all(facility_or_qualifier(w.norm) for w in gap) \
            or after_title(ctx, sent, m):
        return None
    return m


def _delegation_word(words: list[Word], j: int, kinds: frozenset[str]) -> bool:
    """Whether word `j` is a noun of a delegation (or of a body's leaders, in `kinds`), also
    behind a proclitic («التقى ... بممثلين عن الحوثيين», «ولوفد من»)."""
    return event_senses().at(words, j, kinds) is not None or any(sense_word(words[j], k) for k in kinds)


def _adjective(word: str) -> bool:
    """An indefinite relative adjective (تجاري, رسمي, برلماني) describing a delegation."""
    return word.endswith("ي") and not word.startswith("ال") and len(word) > 3


def _sending_subject(sent: Sentence, m: Span, k: int) -> bool:
    """Whether mention `m` (its first word `k`) stands between a verb of sending (`event_senses`
    sending_verb: بعث, أرسل, أوفد) right before it and a delegation noun right after it: the
    sender («بعثت ألمانيا وفدًا»)."""
    ws = sent.words
    after = next((j for j in range(k, len(ws)) if ws[j].start >= m.end), len(ws))
    return k > 0 and after < len(ws) and sense_word(ws[k - 1], _SENDING) \
        and _delegation_word(ws, after, _DELEGATION)


def delegates(ctx: ArticleContext, sent: Sentence, mentions: list[Span]) -> list[Span]:
    """Organisations and countries named as the sender of a delegation (وفد X, وفداً من X,
    وفداً من شركة X, or the subject of a verb of sending: بعثت ألمانيا وفدًا), and organisations
    named after the leaders they send (قادة حركة حماس)."""
    out = []
    for m in mentions:
        if m.label not in ("ORG", "LOC"):
            continue
        k = sent.word_index(m.start)
        if _sending_subject(sent, m, k):
            out.append(m)
            continue
        kinds = _DELEGATION | _BODY_LEADERS if m.label == "ORG" else _DELEGATION
        for j in range(max(0, k - _DELEGATION_GAP), k):
            if _delegation_word(sent.words, j, kinds) and all(
                    sent.words[i].norm in _DELEGATION_FILLERS or sent.words[i].norm in name_classifiers()
                    or _adjective(sent.words[i].norm) for i in range(j + 1, k)) \
                    and not any(sent.words[i].norm in state_adjectives() for i in range(j + 1, k)):
                # وفداً من شركة «بيدو»: the company's head noun; وفد تجاري من مجلس X: an adjective of
                # the delegation; «زار وفد إماراتي محافظة حضرموت»: the state is the sender
                # (`delegation_sides`), the place after it is visited
                out.append(m)
                break
    return out
