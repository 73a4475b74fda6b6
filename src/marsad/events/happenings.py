"""One happening, one event, within an article.

A phone call is often reported with what was said in it: «أجرى لافروف اتصالا هاتفيا مع وانغ
يي بحثا خلاله ...، واتفقا على عقد لقاء». The discussion (MEET) and the agreement (AGREE) of the
same parties, in the call's sentence or the next ones, with no place of their own (nor, told in
another sentence, a day of their own before the call's), are the
call's content, not events of their own: they fold into the CALL (`attrs.content`). A
meeting that has a place of its own («اتفقا على اللقاء في موسكو») stays an event. An agreement
on a course of the parties of a meeting told that day («وعقد X اجتماعا مع Y ... فقد اتفق الجانبان
على ...») is likewise the meeting's content and folds into it; a deal signed stays an event.

A verb of agreeing whose object right after it is a definite agreement noun («وقع المذكرتين
الأمير X رئيس المدينة، والمهندس Y»), after an agreement told before in the article, names
the signers of that agreement: its persons join it, no event of its own. The agreement may be
told earlier in the signers' own sentence («وقّع X اتفاقية مع Y ...، وقام بتوقيع الاتفاقية كل من A و B»).

A verb of hosting whose object is a meeting («قمة ... تستضيفها رابطة آسيان», «استضاف الفندق
قمة بين ...») tells where the meeting was, not a visit of its parties: no VISIT of its own.

An agreement reached within a meeting is its content (`meeting_contents.fold_meeting_contents`).

A meeting or agreement told after a visit in its sentence («زار X طهران حيث التقى Y») took
place where the visit went. A visit told in the sentence of a reception («استقبل X نظيره Y
... في زيارة ...») has the reception's host and guest.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.meeting_contents import ReachedAgreement, fold_meeting_contents
from marsad.events.place_scales import states
from marsad.events.repeats import TO_COME, merge_repeats
from marsad.events.triggers import Trigger
from marsad.events.words import Word, points_back, stems, word_matches
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Happening, Span

FOLDED_INTO_CALL = frozenset({"MEET", "AGREE"})
CALL_SENTENCES = 2  # sentences after a call where its content may still be told
_DAY = len("2015-07-07")  # a day's date, not a month's or a year's

HOSTED_BEFORE = 6  # words a meeting noun may stand before the hosting verb that points back to it
HOSTED_AFTER = 3  # words after a hosting verb where its object, a meeting noun, may stand


def hosts_a_meeting(words: list[Word], t: Trigger, triggers: list[Trigger]) -> bool:
    """Whether `t` is a verb of hosting (a VISIT whose subject is the host: استضاف) whose object
    is a meeting noun among `triggers` of its sentence: right after it («استضاف الفندق قمة»), or
    before it with the verb's pronoun pointing back («على هامش قمة ... تستضيفها رابطة آسيان»)."""
    if t.row.type != "VISIT" or t.row.subject_role != "host" or t.row.pos != "verb":
        return False
    back = points_back(words[t.index].norm)
    for m in triggers:
        if m.row.type != "MEET" or m.row.pos != "noun":
            continue
        if 0 < m.index - t.index <= HOSTED_AFTER or (back and 0 < t.index - m.index <= HOSTED_BEFORE):
            return True
    return False


def restates_agreement(words: list[Word], t: Trigger) -> bool:
    """A verb of agreeing, or its verbal noun, whose object, right after it, is a definite
    agreement noun (وقع المذكرتين, وقع الاتفاقية, «وقام بتوقيع الاتفاقية كل من X و Y», or one made
    definite by the noun after it: وقع مذكرتي التفاهم): an agreement the article has told, its
    signers named."""
    j = t.index + t.size
    if t.row.type != "AGREE" or j >= len(words):
        return False
    if _definite_agreement(words, j, t):
        return True
    if t.row.pos != "verb":
        return False
    on = next((k for k in range(j, min(len(words), j + SIGNER_WORDS)) if words[k].norm == _ON), None)
    return on is not None and _definite_agreement(words, on + 1, t, chain=True)


SIGNER_WORDS = 16  # words after a verb of agreeing where «على» may follow its subject (a signer, his office)
_ON = normalize("على")  # «ووقع X على اتفاقية إقامة العلاقات»: what X signed
_NO_CONSTRUCT = frozenset(normalize(w) for w in ("مع", "بين", "في", "من", "عن"))  # prepositions end the noun


def _definite_agreement(words: list[Word], j: int, t: Trigger, chain: bool = False) -> bool:
    """Whether word `j` is an agreement noun of `t`'s row (`needs`) made definite by the article, or
    by a definite noun after it (مذكرتي التفاهم); with `chain`, by one two nouns on too, an
    indefinite noun between and no preposition (اتفاقية إقامة العلاقات, not اتفاقية مع الصين)."""
    if j >= len(words):
        return False
    for n in t.row.needs:
        st = word_matches(words[j].norm, n, "noun")
        if st is None:
            continue
        if st.clitic.endswith("ال") or st.stem.startswith("ال") or _construct(words, j + 1) \
                or chain and j + 1 < len(words) and words[j + 1].norm not in _NO_CONSTRUCT \
                and _construct(words, j + 2):
            return True
    return False


def _construct(words: list[Word], k: int) -> bool:
    """Whether word `k` is a definite noun that makes the noun before it definite (مذكرتي التفاهم)."""
    return k < len(words) and any(st.clitic.endswith("ال") for st in stems(words[k].norm))


@dataclass(frozen=True)
class TriggerMarks:
    """What the extraction read at single events' triggers, each a set of event ids (`id` of the
    event span): `restated`, agreements whose signers restate one told before
    (`restates_agreement`); `within`, visits a word of «during» opens (خلال زيارة); `many`, events
    told as several (`many_times.told_many_times`, no repeats); `listed`, agreements whose noun
    names its parties after بين (`party_lists.between_parties`); `also`, visits told after «كما»
    (`also_visits.told_also`), no repeat of a visit told before at another place; `reached`, words of
    agreeing told as what a reported meeting reached (`meeting_contents.reached_in_a_meeting`), no
    event of their own: the meeting's content."""

    restated: frozenset[int] = frozenset()
    within: frozenset[int] = frozenset()
    many: frozenset[int] = frozenset()
    listed: frozenset[int] = frozenset()
    also: frozenset[int] = frozenset()
    reached: tuple[ReachedAgreement, ...] = ()


def consolidate(events: list[tuple[int, Span[EventAttrs]]],
                headline: frozenset[int] = frozenset(),
                marks: TriggerMarks = TriggerMarks(),
                written: str | None = None) -> list[tuple[int, Span[EventAttrs]]]:
    """The events of an article (with their sentence index; `headline`: the indexes of its
    title sentences; `marks`: what was read at their triggers, `TriggerMarks`; `written`: the day
    of writing, `repeats.merge_repeats`), the call's content folded into it, repeats merged, and
    visits given the roles of the reception in their sentence."""
    calls = [(si, ev) for si, ev in events if ev.label == "CALL"]
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        call = _call_of(si, ev, calls) if ev.label in FOLDED_INTO_CALL else None
        if call is not None:
            call.attrs.content.append(Happening(ev.label, ev.attrs.trigger, ev.attrs.status))
            continue
        told = next((o for sj, o in reversed(out) if sj <= si and o.label == ev.label
                     and o.attrs.status == ev.attrs.status), None) if id(ev) in marks.restated else None
        if told is not None:  # وقع المذكرتين X و Y: the signers of the agreement told before (in an
            # earlier sentence or earlier in theirs: the clause of signers after «وقّع X اتفاقية مع Y،»)
            have = told.attrs.participants
            have.extend(p for p in ev.attrs.participants if p not in have)
            told.attrs.place = told.attrs.place or ev.attrs.place  # ووقع المذكرتين في الرياض: where
            continue
        out.append((si, ev))
    out = fold_meeting_contents(out, marks.reached)  # خلال الاجتماع اتفقا, فقد اتفق الجانبان: the meeting's
    for si, ev in out:  # زار X طهران حيث التقى Y: the meeting is where the visit went; so is one
        # told before the visit it is held within (سيعقد اجتماعا مع X خلال زيارة عمل لقطر)
        visit = next((o for sj, o in out if sj == si and o.label == "VISIT" and o.attrs.place), None)
        if visit is not None and ev.label in ("MEET", "AGREE") \
                and ((visit.attrs.trigger_start or 0) < (ev.attrs.trigger_start or 0)
                     or id(visit) in marks.within):
            if ev.label == "AGREE":  # a deal told with a visit is mostly one recalled (الاتفاق المبرم
                city = visit.attrs.place  # بين ...), not made where it went; the city visited is no party
                # (a state visited may sign: «عقود أبرمت بين العراق وروسيا»), but for one the deal's own
                # «بين» names, its capital standing for it («زيارة موغيريني لطهران ... الاتفاق النووي الذي
                # وقع ... بين طهران والقوى الست الكبرى، الولايات المتحدة ...»)
                if city not in states() and id(ev) not in marks.listed:
                    ev.attrs.participants[:] = [p for p in ev.attrs.participants if p != city]
                    ev.attrs.roles.pop(city or "", None)
                continue
            ev.attrs.place = ev.attrs.place or visit.attrs.place
            ev.attrs.date = visit.attrs.date or ev.attrs.date  # في زيارة عمل يلتقي خلالها: on its day
            if ev.attrs.status == "ongoing" and visit.attrs.status in TO_COME:
                ev.attrs.status = visit.attrs.status  # and still to come with it, not under way
    out = merge_repeats(out, headline, marks.many, written, marks.also)
    for si, ev in out:
        if ev.label != "VISIT":
            continue
        for sj, other in out:
            if sj == si and other.label == "MEET" and other.attrs.roles:
                roles = other.attrs.roles_of(ev.attrs.participants)
                if roles:
                    ev.attrs.roles = roles
                break
    # A visit to a place told after its visitor's reception keeps the receiver as its host
    # («استقبل الأمير X ... Y الذي يزور المنطقة حاليا»: VISIT [Y, X], as the events golds read it).
    return out


def _call_of(si: int, ev: Span[EventAttrs],
             calls: list[tuple[int, Span[EventAttrs]]]) -> Span[EventAttrs] | None:
    if ev.attrs.place:
        return None
    parts = set(ev.attrs.participants)
    for sj, call in calls:
        if 0 <= si - sj <= CALL_SENTENCES and parts <= set(call.attrs.participants) \
                and not (si != sj and _dated_before(ev, call)):
            return call
    return None


def _dated_before(ev: Span[EventAttrs], call: Span[EventAttrs]) -> bool:
    """Whether event `ev` has a day of its own before the call's («وكان الجانبان قد اتفقا ... في
    السابع من تموز», then a call on the 22nd, told in another sentence): agreed before the call,
    not its content. A range of days is dated by its first («في السابع والثامن من تموز»:
    2015-07-07/2015-07-08)."""
    a, b = (d.split("/")[0] for d in (ev.attrs.date or "", call.attrs.date or ""))
    return len(a) == len(b) == _DAY and a < b
