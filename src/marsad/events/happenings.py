"""One happening, one event, within an article.

A phone call is often reported with what was said in it: «أجرى لافروف اتصالا هاتفيا مع وانغ
يي بحثا خلاله ...، واتفقا على عقد لقاء». The discussion (MEET) and the agreement (AGREE) of the
same parties, in the call's sentence or the next ones, with no place of their own, are the
call's content, not events of their own: they fold into the CALL (`attrs.content`). A
meeting that has a place of its own («اتفقا على اللقاء في موسكو») stays an event.

Events of one type and status whose parties are one set or one within the other (a lone
party only in a visit, where it is one of the other report's parties: «بمناسبة زيارة الأمير
X» beside the visit of X hosted by Y, whoever the other report puts first), that do not
disagree on place and date, are
one happening told several times (the headline, the reception, «وبحث الوزيران ...»): one
event.

A verb of agreeing whose object right after it is a definite agreement noun («وقع المذكرتين
الأمير X رئيس المدينة، والمهندس Y»), after an agreement told before in the article, names
the signers of that agreement: its persons join it, no event of its own.

A meeting or agreement told after a visit in its sentence («زار X طهران حيث التقى Y») took
place where the visit went. A visit told in the sentence of a reception («استقبل X نظيره Y
... في زيارة ...») has the reception's host and guest.
"""

from __future__ import annotations

from marsad.events.triggers import Trigger
from marsad.events.words import Word, word_matches
from marsad.model import EventAttrs, Happening, Span

FOLDED_INTO_CALL = frozenset({"MEET", "AGREE"})
CALL_SENTENCES = 2  # sentences after a call where its content may still be told


def restates_agreement(words: list[Word], t: Trigger) -> bool:
    """A verb of agreeing whose object, right after it, is a definite agreement noun (وقع
    المذكرتين, وقع الاتفاقية): an agreement the article has told, its signers named."""
    j = t.index + t.size
    if t.row.type != "AGREE" or t.row.pos != "verb" or j >= len(words):
        return False
    for n in t.row.needs:
        st = word_matches(words[j].norm, n, "noun")
        if st is not None and (st.clitic.endswith("ال") or st.stem.startswith("ال")):
            return True
    return False


def consolidate(events: list[tuple[int, Span[EventAttrs]]],
                headline: frozenset[int] = frozenset(),
                restated: frozenset[int] = frozenset()) -> list[tuple[int, Span[EventAttrs]]]:
    """The events of an article (with their sentence index; `headline`: the indexes of its
    title sentences; `restated`: the ids of agreements whose signers restate one told before,
    `restates_agreement`), the call's content folded into it, repeats merged, and visits given
    the roles of the reception in their sentence."""
    calls = [(si, ev) for si, ev in events if ev.label == "CALL"]
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        call = _call_of(si, ev, calls) if ev.label in FOLDED_INTO_CALL else None
        if call is not None:
            call.attrs.content.append(Happening(ev.label, ev.attrs.trigger, ev.attrs.status))
            continue
        told = next((o for sj, o in reversed(out) if sj < si and o.label == ev.label
                     and o.attrs.status == ev.attrs.status), None) if id(ev) in restated else None
        if told is not None:  # وقع المذكرتين X و Y: the signers of the agreement told before
            have = told.attrs.participants
            have.extend(p for p in ev.attrs.participants if p not in have)
            continue
        out.append((si, ev))
    for si, ev in out:  # زار X طهران حيث التقى Y: the meeting is where the visit went
        visit = next((o for sj, o in out if sj == si and o.label == "VISIT" and o.attrs.place), None)
        if visit is not None and ev.label in ("MEET", "AGREE") and ev.attrs.place is None \
                and (visit.attrs.trigger_start or 0) < (ev.attrs.trigger_start or 0):
            ev.attrs.place = visit.attrs.place
    out = _merge_repeats(out, headline)
    for si, ev in out:
        if ev.label != "VISIT":
            continue
        for sj, other in out:
            if sj == si and other.label == "MEET" and other.attrs.roles:
                roles = {p: r for p, r in other.attrs.roles.items() if p in ev.attrs.participants}
                if roles:
                    ev.attrs.roles = roles
                break
    return out


def _call_of(si: int, ev: Span[EventAttrs],
             calls: list[tuple[int, Span[EventAttrs]]]) -> Span[EventAttrs] | None:
    if ev.attrs.place:
        return None
    parts = set(ev.attrs.participants)
    for sj, call in calls:
        if 0 <= si - sj <= CALL_SENTENCES and parts <= set(call.attrs.participants):
            return call
    return None


def _merge_repeats(events: list[tuple[int, Span[EventAttrs]]],
                   headline: frozenset[int]) -> list[tuple[int, Span[EventAttrs]]]:
    """Events of one type, status and set of parties in one article (the headline's meeting,
    the reception, «وبحث الوزيران ...») are one happening when their places (but a headline's)
    and dates do not disagree. It is kept at its first report in the body (a headline only announces it), with
    what the other reports add (place, date, roles)."""
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        at = next((k for k, (sj, o) in enumerate(out)
                   if _one_happening(o, ev, sj in headline or si in headline)), None)
        if at is None:
            out.append((si, ev))
            continue
        sj, same = out[at]
        if sj in headline and si not in headline:
            ev, same = same, ev
            out[at] = (si, same)
        for p in ev.attrs.participants:
            if p not in same.attrs.participants:
                same.attrs.participants.append(p)
        same.attrs.place = ev.attrs.place if same.attrs.place is None else same.attrs.place
        same.attrs.date = ev.attrs.date if same.attrs.date is None else same.attrs.date
        same.attrs.round = ev.attrs.round if same.attrs.round is None else same.attrs.round
        same.attrs.series = ev.attrs.series if same.attrs.series is None else same.attrs.series
        for p, role in ev.attrs.roles.items():
            same.attrs.roles.setdefault(p, role)
    return out


def _one_happening(a: Span[EventAttrs], b: Span[EventAttrs], headline: bool = False) -> bool:
    """Same type and status, the parties of one within those of the other (the visit told
    again by the visitor: «زيارتي ليست مفاجئة»), and no disagreeing place, date or round; a
    headline names the city where the body names the palace («يستقبل فيدان في القاهرة», «في
    قصر التحرير بالقاهرة»), so a headline's place does not disagree."""
    if a.label != b.label or a.attrs.status != b.attrs.status:
        return False
    pa, pb = set(a.attrs.participants), set(b.attrs.participants)
    if not pa or not pb or not (pa <= pb or pb <= pa):
        return False
    if min(len(pa), len(pb)) == 1 and len(pa) != len(pb) and a.label != "VISIT":
        return False  # a meeting of X and Y is not every meeting X had; a visit is its parties'
    pairs: list[tuple[object, object]] = [(a.attrs.date, b.attrs.date), (a.attrs.round, b.attrs.round)]
    if not headline:
        pairs.append((a.attrs.place, b.attrs.place))
    return all(x is None or y is None or x == y for x, y in pairs)
