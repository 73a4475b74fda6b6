"""The parties of a visit an invitation aims at (docs/realtext-annotation.md, ruled in round 44):
«دعا X Y إلى زيارة Z», «وجه X الدعوة لـ Y لزيارة Z», «قبل Y دعوة X لزيارة Z», «تلبية دعوة X إلى
زيارة Z» is a `planned` VISIT whose visitor is the invitee and whose host is the inviter.

- The invitees are the persons and bodies named between the word of inviting (a `purpose` row of
  lang/ar/event_senses.tsv: دعا, دعوة, الدعوة; or, for a visit noun right after «إلى» or with the
  lam of purpose, an `inviting_verb` or `invitation` row of lang/ar/event_cues.tsv anywhere
  before it in its clause: «دعا الوزير X، مفوض الأمم المتحدة ...، لزيارة مدينة عدن») and the visit
  trigger; never the sender, the one named after «من» or in construct with the invitation noun
  («دعوة الحكومة اليمنية إلى زيارة عدن»: the government invites, `inviting_host`).
- With a verb of inviting (`inviting_verb`), its subject invites: the party named right before
  the verb («إن رينتسي دعا روحاني», «وكان هادي دعا»), else the first party named after it, past
  office words only («ودعا بحاح الوزير X إلى زيارة عدن»: Bahah invites). The inviter hosts the
  visit; one named alone after the verb is that subject, and the invitee goes unnamed («ودعا
  بحاح الوزير إلى زيارة عدن»): no visit is told (an invitation to no named one is none).
- A verb conveying an invitation noun (`conveying_verb` rows: «ووجه لافروف الدعوة لقيادة حماس لزيارة
  موسكو») has for subject the inviter, named between them or right before the verb, where the
  invitation names no sender of its own: he hosts.
- An invitation noun (`invitation` rows) naming no invitee, its sender apart, is accepted by the
  sentence's first person («وأكد اليامي دعم مسار حقوق الإنسان وتلبية دعوة الحكومة اليمنية إلى زيارة
  عدن»): he is the visitor where the sentence gives the visit no other person.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, office_word
from marsad.events.party_lists import unique_entities
from marsad.events.status import INVITATION_AIM, INVITING, PURPOSE_LAM, clause_start
from marsad.events.triggers import Trigger
from marsad.events.unstated_parties import inviting_host
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize
from marsad.model import Span

_PURPOSE = frozenset({"purpose"})
_INVITING_VERB = frozenset({"inviting_verb"})
_CONVEYING = frozenset({"conveying_verb"})
_INVITATION = frozenset({"invitation"})
_FROM = normalize("من")
_INVITE_REACH = 6  # words from دعوة/دعا to the visit trigger (الدعوة لقيادة «حماس» لزيارة)
_SUBJECT_REACH = 5  # words from a verb of inviting to its subject's name after it (ودعا الرئيس اليمني X)
_GUESTS = ("PER", "ORG")


@dataclass(frozen=True, slots=True)
class Invitation:
    """Whom an invitation to visit asks (`guests`, in order) and who invites (`inviter`: the
    subject of a verb of inviting; None where the sender is an invitation noun's, added as host by
    `unstated_parties.inviting_host`, or unnamed)."""

    guests: list[str]
    inviter: str | None
    acceptor: str | None = None  # the first person of the sentence, before an invitation noun naming no guest


def invitation(ctx: ArticleContext, sent: Sentence, t: Trigger, mentions: list[Span]) -> Invitation | None:
    """The invitation visit trigger `t` is the aim of (see the module); None where none is."""
    ws = sent.words
    j = _inviting_word(sent, t)
    if j is None:
        return None
    sender = inviting_host(ctx, sent, t)
    between = [m for m in mentions if ws[j].end <= m.start < ws[t.index].start and m.label in _GUESTS
               and not _after_from(sent, m) and ctx.entity_of(m) != sender]
    named = unique_entities(ctx, between)
    verb = event_cues().at(ws, j, _INVITING_VERB) is not None
    if not verb and sender is None and (conveyor := _conveyor(ctx, sent, j)) is not None:
        return Invitation([g for g in named if g != conveyor], conveyor)  # ووجه لافروف الدعوة لحماس
    if not verb:
        first = next((m for m in ctx.mentions_in(sent.start, ws[j].start, ("PER",))
                      if ctx.entity_of(m) != sender), None)
        accepts = first is not None and not named and event_cues().at(ws, j, _INVITATION) is not None
        return Invitation(named, None, ctx.entity_of(first) if first is not None and accepts else None)
    if (before := _named_right_before(ctx, sent, j)) is not None:  # إن رينتسي دعا روحاني
        return Invitation([g for g in named if g != before], before)
    if between and _subject_after(ctx, sent, j, between[0]):  # ودعا بحاح الوزير X إلى زيارة عدن
        inviter = ctx.entity_of(between[0])
        return Invitation([g for g in named if g != inviter], inviter)
    return Invitation(named, None)


def _inviting_word(sent: Sentence, t: Trigger) -> int | None:
    """The index of the word of inviting trigger `t` is the aim of: a `purpose` row within
    `_INVITE_REACH` words before it, else, for a visit noun right after «إلى» or with the lam of
    purpose, the last word of inviting before it in its clause."""
    ws = sent.words
    purpose = event_senses().nearest_before(ws, t.index, _PURPOSE, max(0, t.index - _INVITE_REACH))
    if purpose is not None:
        return purpose[0]
    if t.row.pos != "noun" or t.index < 1:
        return None
    if ws[t.index - 1].norm != INVITATION_AIM and not t.reading.clitic.endswith(PURPOSE_LAM):
        return None
    inviting = event_cues().nearest_before(ws, t.index, INVITING, clause_start(ws, t))
    return inviting[0] if inviting is not None else None


def _after_from(sent: Sentence, m: Span) -> bool:
    """Whether the mention stands right after «من» (دعوة من X: X sent the invitation)."""
    k = sent.word_index(m.start)
    return k > 0 and sent.words[k - 1].norm == _FROM


def _subject_after(ctx: ArticleContext, sent: Sentence, j: int, m: Span) -> bool:
    """Whether mention `m` is the subject of the verb of inviting at word `j`: within
    `_SUBJECT_REACH` words after it, only office words and words with the article between and no
    comma («ودعا الرئيس اليمني X»), or anything after an office word that opens the subject («دعا
    وزير حقوق الإنسان اليمني، X،»)."""
    ws = sent.words
    k = sent.word_index(m.start)
    if k - j > _SUBJECT_REACH:
        return False
    if j + 1 < k and office_word(ws[j + 1].norm):
        return True  # دعا وزير حقوق الإنسان اليمني، X، ...: the office opens the subject, X in apposition
    return all(office_word(w.norm) or w.norm.startswith(ARTICLE) for w in ws[j + 1:k]) \
        and "،" not in ctx.text[ws[j].end:m.start] and "," not in ctx.text[ws[j].end:m.start]


def invited_parties(invited: Invitation, persons: list[str], parties: list[str],
                    roles: dict[str, str]) -> list[str]:
    """The parties of a visit invitation `invited` aims at, from those the sentence gave it
    (`parties`; `persons`: the persons of its clause), its roles set in `roles`: the invitees, guests,
    and the inviter, host; none where a verb's subject invites and no invitee is named; the
    acceptor first, as guest, where no person of the clause is a party."""
    if invited.guests:
        roles[invited.guests[0]] = "guest"
        if invited.inviter is None:
            return list(invited.guests)
        roles[invited.inviter] = "host"
        return [*invited.guests, invited.inviter]
    if invited.inviter is not None:
        return []
    if invited.acceptor is not None and not any(p in persons for p in parties):
        roles[invited.acceptor] = "guest"
        return [invited.acceptor, *parties]
    return parties


def _conveyor(ctx: ArticleContext, sent: Sentence, j: int) -> str | None:
    """The subject of a verb conveying the invitation noun at word `j` (`conveying_verb` rows,
    within their window before it): the party named between them («ووجه لافروف الدعوة»), else
    the one named right before the verb («إن الوزارة وجهت دعوة»); None with no such verb or name."""
    ws = sent.words
    found = event_cues().nearest_before(ws, j, _CONVEYING)
    if found is None or j - found[0] > int(found[1].value or 0):
        return None
    i = found[0]
    inside = ctx.mentions_in(ws[i].end, ws[j].start, _GUESTS)
    if inside:
        return ctx.entity_of(inside[0])
    return _named_right_before(ctx, sent, i)


def _named_right_before(ctx: ArticleContext, sent: Sentence, i: int) -> str | None:
    """The party (a person, a body or a state) named right before word `i`, nothing between: the
    subject of a verb before it («إن رينتسي دعا», «إن الوزارة وجهت دعوة»); None where none is."""
    before = [m for m in ctx.mentions_in(sent.start, sent.words[i].start, _GUESTS + ("LOC",))
              if not ctx.text[m.end:sent.words[i].start].strip()]
    return ctx.entity_of(before[-1]) if before else None
