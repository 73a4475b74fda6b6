"""Parties a meeting's own words name outside the scope its sentence gives it: the writer and the
addressee of the letter that reports talks in the first person (`letter_talks`: «المباحثات التي
عقدناها»), and the host of a summit its sentence leaves unnamed, told as the topic of the sentence
before (`summits.summit_host`: «وقبرص ... واستضافت ... قمة مصغرة مع قادة مصر واليونان»); and the
two persons the sentence before names for a meeting «بين» two unnamed holders of an office
(`dual_partners` rows of lang/ar/event_senses.tsv: «اجتماعات بين آبي والرئيس الصيني شي. وتقول
مصادر إن قمة أخرى بين الزعيمين قد تعقد هذا العام»: Abe and Xi), where it names just two."""

from __future__ import annotations

from marsad.events.carried_subjects import carried_pair
from marsad.events.context import ArticleContext, Sentence
from marsad.events.letter_talks import letter_sides, letter_visit, our_talks
from marsad.events.lexicon import event_cues, event_senses
from marsad.events.summits import summit_host
from marsad.events.triggers import Trigger
from marsad.model import EventAttrs, Span

_WITH = frozenset({"partner_prep"})
_DUAL = frozenset({"dual_partners"})
_AFTER = 3  # words from a meeting noun to its بين (قمة أخرى بين الزعيمين)


def add_phrase_sides(ctx: ArticleContext, si: int, t: Trigger, ev: Span[EventAttrs]) -> None:
    """Set a letter's talks to its writer and addressee, or a meeting between two unnamed office
    holders to the two persons named before; put a summit's unnamed host first."""
    if our_talks(ctx.sentences[si], t) and (sides := letter_sides(ctx, si)) is not None:
        ev.attrs.participants[:] = sides
    elif (pair := letter_visit(ctx, si, t)) is not None:
        ev.attrs.participants[:] = pair  # برقية شكر للرئيس X بعد انتهاء زيارته: the writer visited X
        ev.attrs.roles = {pair[0]: "guest", pair[1]: "host"}
    elif _between_the_two(ctx.sentences[si], t) and (pair := carried_pair(ctx, si)) is not None \
            and len(ev.attrs.participants) < 2:
        ev.attrs.participants[:] = pair
    if (host := summit_host(ctx, si, t)) is not None and host not in ev.attrs.participants:
        ev.attrs.participants.insert(0, host)


def _between_the_two(sent: Sentence, t: Trigger) -> bool:
    """Whether a meeting or call noun is followed, within a few words, by بين and a dual office
    noun (بين الزعيمين, بين الرئيسين)."""
    if t.row.pos != "noun" or t.row.type not in ("MEET", "CALL"):
        return False
    ws = sent.words
    for k in range(t.index + t.size, min(len(ws) - 1, t.index + t.size + _AFTER)):
        if event_cues().at(ws, k, _WITH) is not None:
            return ws[k].norm.endswith("بين") and event_senses().at(ws, k + 1, _DUAL) is not None
    return False
