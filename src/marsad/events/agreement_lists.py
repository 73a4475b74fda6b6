"""One agreement per partner that agreements in the plural list (issue 15, round 31).

A sentence may tell that one side signed several agreements, one with each partner it lists
after «مع»: «وقعت المملكة العربية السعودية اتفاقيات ثنائية مع كل من جمهورية جيبوتي وجمهورية
النيجر», «تكون المملكة قد وقعت اتفاقيات ثنائية للعمالة المنزلية مع سبع دول هي: الفلبين، الهند،
...». Those are separate agreements (the annotation guide: one event per agreement), each of the
signers with one partner, not one agreement of them all:

- the agreements are told by an agreement noun in the plural (اتفاقيات, مذكرات, عقود) within a
  few words after the trigger, or by «كل من» right after «مع» (`lang/ar/event_cues.tsv` kind
  `agreement_list`); a singular or dual noun may tell one agreement of three («مذكرتي تفاهم مع A
  و B»: the gold keeps one event of the three), and stays one;
- the partners are the names of a list that opens a few words after «مع» («كل من», «سبع دول هي
  :»), joined by «و» or a comma, one word of head at most between two («و جمهورية النيجر»); two
  at least;
- the signers are the event's other parties (one at least; a person alone is no signer of an
  event that named no partner of its own: the speaker of another clause, «أكد X ... في ظل توقيع
  السعودية اتفاقيات مع دول جديدة، كالهند وبنجلاديش»).

Each partner gets a copy of the event with the signers; the copy's span opens at the partner's
name (one event per span and type is stored), as a tour's stops and a meeting's counterparts do.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.counterpart_lists import one_per_partner
from marsad.events.lexicon import event_cues
from marsad.events.words import WITH
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span

_Events = list[tuple[int, Span[EventAttrs]]]  # events with the index of their sentence

_LIST = frozenset({"agreement_list"})
_NOUN_REACH = 7  # words from the trigger to its plural noun (وقعت المملكة العربية السعودية ”اتفاقيات)
_WITH_REACH = 8  # words from the plural noun to «مع» (اتفاقيات ثنائية للعمالة المنزلية مع)
_LIST_START = 5  # words from «مع» to the list's first name (مع سبع دول هي : الفلبين)
_SEPARATORS = frozenset({"و", "،", ",", ":"})
_PARTIES = ("LOC", "ORG")


def agreements_apart(ctx: ArticleContext, events: _Events) -> _Events:
    """The events with each agreement whose plural noun lists its partners after «مع» made one
    agreement per partner."""
    out: _Events = []
    for si, ev in events:
        out.extend((si, e) for e in _one_per_partner(ctx, ctx.sentences[si], ev))
    return out


def _with_after(sent: Sentence, k: int) -> int | None:
    """The word index of «مع» after the agreement trigger at word `k` when a plural agreement
    noun stands between them or «كل من» right after it, else None."""
    ws = sent.words
    plural = False
    for j in range(k, min(len(ws), k + 1 + _NOUN_REACH + _WITH_REACH)):
        if j - k <= _NOUN_REACH and event_cues().at(ws, j, _LIST) is not None:
            plural = True
        if j > k and ws[j].norm == WITH:
            each = j + 1 < len(ws) and event_cues().at(ws, j + 1, _LIST) is not None
            return j if plural or each else None
    return None


def _listed(ctx: ArticleContext, sent: Sentence, w: int) -> list[tuple[int, str]]:
    """(offset, party) of the names of the list opening a few words after «مع» at word `w`."""
    ws = sent.words
    names = ctx.mentions_in(ws[w].end, sent.end, _PARTIES)
    if not names or names[0].start > ws[min(len(ws) - 1, w + _LIST_START)].end:
        return []
    out = [(names[0].start, ctx.entity_of(names[0]))]
    for a, b in zip(names, names[1:], strict=False):
        between = ctx.text[a.end:b.start].replace("،", " ، ").replace(",", " , ").split()
        rest = [x for x in between if x not in _SEPARATORS]
        joined = len(between) > len(rest) or (bool(rest) and normalize(rest[0]).startswith("و"))
        if not joined or len(rest) > 1:
            break
        out.append((b.start, ctx.entity_of(b)))
    seen: set[str] = set()
    kept = []
    for at, p in out:
        if p not in seen:
            seen.add(p)
            kept.append((at, p))
    return kept


def _persons(ctx: ArticleContext) -> set[str]:
    return {ctx.entity_of(m) for m in ctx.mentions if m.label == "PER"}


def _one_per_partner(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> list[Span[EventAttrs]]:
    if ev.label != "AGREE":
        return [ev]
    at = ev.attrs.trigger_start or ev.start
    starts = [t.index for t in sent.triggers() if t.row.type == "AGREE" and sent.words[t.index].start >= at]
    w = next((w for k in starts if (w := _with_after(sent, k)) is not None), None)
    listed = _listed(ctx, sent, w) if w is not None else []
    partners = {p for _, p in listed}
    signers = [p for p in ev.attrs.participants if p not in partners]
    if len(listed) < 2 or not signers or (len(ev.attrs.participants) < 2 and signers[0] in _persons(ctx)):
        return [ev]  # a person alone, no partner of his own («أكد X ... في ظل توقيع السعودية اتفاقيات
        # مع دول جديدة، كالهند»): the speaker, no signer; his event stays as it was
    return one_per_partner(ev, signers, listed)
