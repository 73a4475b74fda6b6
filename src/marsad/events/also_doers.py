"""«كما» + a meeting verb with no subject of its own: the doer of the meeting told before it.

A report of several receptions or meetings by one person names him once and goes on with «كما»
(also): «استقبل الأمين العام للرابطة X، أمس، Y ... . كما استقبل أمس Z»; «وكانت نائبة الوزير X قد
التقت ... . كما كانت التقت، في الأسبوع الماضي، نائب وزير الخارجية الإسباني». The verb after «كما»
(`also_doer` rows of event_cues: the words the row allows between, «كانت/كان») names only whom he
met. The first person named in the sentence before is as often the other side of the meeting
told there («من جهته أعرب Y عن شكره»), so the subject is the doer of the nearest meeting of the
same type told before, within `_REACH` sentences: the host of a reception, else its first party.
No doer is added where a name stands between «كما» and the verb, or where the verb has a subject
of its own after it («كما اجتمع الأمير X»: `trigger_subjects.subject_after`), nor twice.
On the events-dev gold (dev rows) this took P / R from 0.818 / 0.640 to 0.820 / 0.643."""

from __future__ import annotations

from marsad.events.context import ArticleContext
from marsad.events.lexicon import event_cues
from marsad.events.trigger_subjects import subject_after
from marsad.model import EventAttrs, Span

_ALSO = frozenset({"also_doer"})
_MEETINGS = frozenset({"MEET", "CALL"})
_REACH = 4  # sentences back to the meeting whose doer «كما» goes on with


def _also_verb(ctx: ArticleContext, si: int, start: int) -> bool:
    """Whether the verb trigger starting at `start` in sentence `si` follows «كما» within the
    cue's window, with no name between them and no subject of its own after it («كما اجتمع الأمير
    X ...»: `trigger_subjects.subject_after`)."""
    sent = ctx.sentences[si]
    ws = sent.words
    verb = next((t for t in sent.triggers() if t.row.pos == "verb" and ws[t.index].start == start), None)
    if verb is None or subject_after(ctx, sent, verb):
        return False
    i = verb.index
    for k in range(i - 1, max(-1, i - 3), -1):
        if ctx.mention_at(ws[k]) is not None:
            return False
        cue = event_cues().at(ws, k, _ALSO)
        if cue is not None:
            return i - (k + cue.size) <= int(cue.value or 0)
    return False


def _doer(ev: Span[EventAttrs]) -> str | None:
    """The meeting's own doer: its host where roles say, else its first party (the subject of a
    verb-first or a subject-first clause alike: «استقبل X ... Y», «وكانت X قد التقت ... Y»)."""
    hosts = [p for p, r in ev.attrs.roles.items() if r == "host" and p in ev.attrs.participants]
    if hosts:
        return hosts[0]
    return ev.attrs.participants[0] if ev.attrs.participants else None


def also_doers(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Give a meeting verb after «كما» the doer of the meeting told before it (module docstring);
    `events` are (sentence index, event) as built."""
    for k, (si, ev) in enumerate(events):
        start = ev.attrs.trigger_start
        if ev.label not in _MEETINGS or start is None or not _also_verb(ctx, si, start):
            continue
        before = next((o for sj, o in reversed(events[:k]) if o.label == ev.label
                       and 0 < si - sj <= _REACH), None)
        doer = _doer(before) if before is not None else None
        if doer is not None and doer not in ev.attrs.participants:
            ev.attrs.participants.insert(0, doer)
            if ev.attrs.roles and "host" not in ev.attrs.roles.values():
                ev.attrs.roles[doer] = "host"
