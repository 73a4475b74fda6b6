"""Agreements told as what a reported meeting or visit reached: the meeting's content, no AGREE.

The guide (the events-dev-fresh4 rule, round 49's joint statements, ruled in round 50): agreements
reached within a reported meeting or call are its content, not an AGREE of their own, «whatever words
tell it» — «خلال الاجتماع اتفق المعلم وبن علوي على أن الوقت حان», «تكللت الزيارة … ولقاؤه الرئيس
عبدالفتاح السيسي، باتفاق بين الرياض والقاهرة». A word of agreeing (the `accord_verb` senses, the noun
«اتفاق»; never one of signing: «وقع», «توقيع», «أبرم», «اتفاقية», which stay AGREEs, as agreements signed
during a visit do) is such content where an `event_cues` row of kind meeting_content stands:
«خلال» + a noun of meeting, visiting or calling right before it, or after it past a short subject
with no mark between (window 1), or a verb of crowning anywhere before it in its sentence, the noun
taking its «ب» (window 0: «تكللت … باتفاق»).

One mechanism keeps such an agreement as the meeting's content (`fold_meeting_contents`), however the
extraction knows it was reached there: told so by those words (`reached_in_a_meeting`, its trigger read
as no event of its own), or an agreement on a course of a meeting's own parties, told as happened on the
meeting's day and at its place («وعقد X اجتماعا مع Y ... فقد اتفق الجانبان على ...»). Either way the
agreement's word joins the meeting's `content`; a deal signed (وقع, أبرم) stays an event.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.capital_parties import party_state
from marsad.events.lexicon import event_cues, sense_forms, sense_norm
from marsad.events.place_scales import one_place, states_of_places
from marsad.events.repeats import near_days, told_as
from marsad.events.triggers import Trigger
from marsad.events.words import Word
from marsad.lang.normalize import normalize
from marsad.lang.person_states import person_states
from marsad.model import EventAttrs, Happening, Span

_CONTENT = frozenset({"meeting_content"})
_ACCORD_NOUN = normalize("اتفاق")  # the noun of agreeing; «اتفاقية» is a signed instrument
_WITH = "ب"  # the preposition a verb of crowning takes (تكللت ... باتفاق)
_LONGEST = 2  # words of the longest row (خلال الاجتماع)
_SUBJECT = 3  # words of the subject a row after the verb may stand past (اتفقت السعودية ومصر خلال الزيارة)
_HOLDERS = ("MEET", "VISIT", "CALL")  # what an agreement told as reached within may be the content of


@dataclass(frozen=True, slots=True)
class ReachedAgreement:
    """A word of agreeing told as what a reported meeting reached (`agreed_in_a_meeting`): its
    sentence's index, where its word starts and the word as written."""

    sentence: int
    start: int
    trigger: str


def reached_in_a_meeting(text: str, si: int, words: list[Word], t: Trigger) -> ReachedAgreement | None:
    """`t` (in sentence `si`) as an agreement reached within a reported meeting, or None."""
    if not agreed_in_a_meeting(text, words, t):
        return None
    w = words[t.index]
    return ReachedAgreement(si, w.start, text[w.start:w.end])


def _accord(t: Trigger) -> bool:
    form = t.row.forms[0]
    return form in sense_forms("accord_verb") or (t.row.pos == "noun" and normalize(form) == _ACCORD_NOUN)


def agreed_in_a_meeting(text: str, words: list[Word], t: Trigger) -> bool:
    """Whether AGREE trigger `t`, a word of agreeing, is told as a reported meeting's content."""
    if t.row.type != "AGREE" or not _accord(t):
        return False
    for k in range(1, min(t.index, _LONGEST) + 1):  # خلال الاجتماع اتفق
        cue = event_cues().at(words, t.index - k, _CONTENT)
        if cue is not None and cue.size == k and cue.value == "1":
            return True
    after = t.index + t.size  # اتفقا خلال اللقاء على, واتفقت السعودية ومصر خلال الزيارة
    for j in range(after, min(len(words), after + _SUBJECT + 1)):
        if j > after and text[words[j - 1].end:words[j].start].strip():
            break  # a mark ends the verb's subject
        if (cue := event_cues().at(words, j, _CONTENT)) is not None and cue.value == "1":
            return True
    if not t.reading.clitic.endswith(_WITH):
        return False  # «تكللت الزيارة ... باتفاق»: the crowning verb's ب, the visit's outcome
    return any(cue.value == "0" for j, cue in event_cues().each(words, _CONTENT) if j < t.index)


def fold_meeting_contents(events: list[tuple[int, Span[EventAttrs]]],
                          reached: tuple[ReachedAgreement, ...]) -> list[tuple[int, Span[EventAttrs]]]:
    """`events` (with their sentence index) less the agreements reached within a meeting, each
    kept in that meeting's `content`: one told so by its words (`reached`) goes to the meeting, visit
    or call told last before it (in its sentence or an earlier one; else the first after it in its
    sentence), with the meeting's status; an AGREE event of a verb of agreeing on a course
    (`accord_verb`) whose parties met in the article, told as happened on the meeting's day or the next
    and where they met, goes to that meeting, and one of the visiting and the visited states to that
    visit («زيارة الأمير محمد بن سلمان إلى مصر» ... «اتفقت الرياض والقاهرة على ست نقاط»; the guide:
    agreements reached within a reported meeting or visit are its content)."""
    for r in reached:
        meeting = _meeting_of(r, events)
        if meeting is not None:
            meeting.attrs.content.append(Happening("AGREE", r.trigger, meeting.attrs.status))
    out = []
    for si, ev in events:
        meeting = _meeting_agreed_in(ev, events)
        if meeting is None:
            out.append((si, ev))
        else:
            meeting.attrs.content.append(Happening(ev.label, ev.attrs.trigger, ev.attrs.status))
    return out


def _meeting_of(r: ReachedAgreement, events: list[tuple[int, Span[EventAttrs]]]) -> Span[EventAttrs] | None:
    """The meeting, visit or call agreement `r` was told as reached within: the last told before it."""
    before = [(sj, ev.attrs.trigger_start or 0, k) for k, (sj, ev) in enumerate(events)
              if ev.label in _HOLDERS and (sj, ev.attrs.trigger_start or 0) < (r.sentence, r.start)]
    if before:
        return events[max(before)[2]][1]
    return next((ev for sj, ev in events if sj == r.sentence and ev.label in _HOLDERS), None)


def _meeting_agreed_in(ev: Span[EventAttrs],
                       events: list[tuple[int, Span[EventAttrs]]]) -> Span[EventAttrs] | None:
    """The meeting whose content AGREE event `ev` is: a verb of agreeing on a course («فقد اتفق
    الجانبان على وضع حزمة من الآليات») of the meeting's parties, on its day or the next and where they
    met, both told as happened."""
    parts = set(ev.attrs.participants)
    accord = sense_norm(normalize(ev.attrs.trigger or ""), "accord_verb")
    if ev.label != "AGREE" or len(parts) < 2 or not accord:
        return None
    return next((meet for _, meet in events
                 if (meet.label == "MEET" and parts <= set(meet.attrs.participants)
                     or meet.label == "VISIT" and _visit_states(ev, meet))
                 and told_as(meet.attrs.status) == told_as(ev.attrs.status) == "happened"
                 and one_place(meet.attrs.place, ev.attrs.place)
                 and near_days(meet.attrs.date, ev.attrs.date)), None)


def _visit_states(ev: Span[EventAttrs], visit: Span[EventAttrs]) -> bool:
    """Whether the parties of agreement `ev`, read as the states they stand for (a capital its
    state), are the states of visit `visit`: its visitor's (a catalogue person's state) and the
    one it went to («زيارة الأمير محمد بن سلمان إلى مصر» ... «اتفقت الرياض والقاهرة على ست نقاط»)."""
    place = visit.attrs.place
    went = states_of_places().get(place or "", place)
    if went is None or not visit.attrs.participants:
        return False
    visitor = visit.attrs.participants[0]
    came = person_states().get(visitor, visitor)
    return {party_state(ev, p) for p in ev.attrs.participants} == {came, went} and came != went
