"""One meeting or call per counterpart of another state (issue 15, round 21 random-news sample).

A sentence may list the talks or calls of one host with leaders of several states: «أطلع خادم
الحرمين المجلس على مباحثاته مع العاهل المغربي الملك محمد السادس، والرئيس المصري عبد الفتاح
السيسي، والرئيس الإريتري أسياس أفورقي، وفحوى الاتصالات الهاتفية التي تلقاها من العاهل البحريني
...». Those are separate meetings and calls, one per counterpart (the annotation guide: one
event per meeting), not one meeting of everyone:

- a counterpart list of a meeting or call is the run of its parties named after its trigger,
  each titled with a state of its own — a state's adjective («الرئيس المصري») or its name
  («رئيس جيبوتي») among its titles, or the party itself a state («ولي عهد البحرين»). When
  every counterpart of the list (two or more) is so titled and no two share a state, the event
  is one event per counterpart, each with the host (the parties named before the trigger, or
  none, or the subject right after a verb). A list of one state's officials («وزير الخارجية
  محمد جواد ظريف، ونائب وزير الخارجية»), of a body's («رئيس المفوضية الأوروبية ... والممثلة
  السامية للاتحاد الأوروبي») or under one plural title («سفراء السويد والدنمارك») is one meeting.
  So is one named by a singular meeting noun (لقاء, اجتماع, قمة, حوار): one meeting of them all.
- the counterparts a meeting lists after its trigger are not parties of a call (or a meeting)
  of another type told after them in the sentence («مباحثاته مع A، وB، وفحوى الاتصالات التي
  تلقاها من C»: A and B are no callers).

Each further event gets a copy of the event's attributes with its counterpart; its span opens at
the counterpart's name (one event per span and type is stored), as a tour's stops do.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.triggers import Trigger
from marsad.lang import kb_entries
from marsad.lang.normalize import normalize
from marsad.lang.state_sides import state_adjectives
from marsad.model import EventAttrs, Span

_Events = list[tuple[int, Span[EventAttrs]]]  # events with the index of their sentence

_LISTED = frozenset({"MEET", "CALL"})
_PLURAL = normalize("ات")  # the sound feminine plural: مباحثات, لقاءات, اجتماعات
_ONE_MEETING = tuple(normalize(w) for w in ("لقاء", "اجتماع", "قمة", "حوار"))  # singular nouns
_TITLE_REACH = 5  # words before a counterpart's name where the state of his titles is named
_AND = frozenset({"و", "،", ","})


@cache
def state_words() -> dict[str, str]:
    """The normalised words that name a state in a title, by state id: its adjective, definite and
    singular (المصري, المصرية: `lang.state_sides.state_adjectives`, the one reader of the
    catalogue's adjectives), and its catalogue name (جيبوتي), for every state with an adjective."""
    out = {form: sid for form, (sid, definite, gender) in state_adjectives().items()
           if definite and gender in ("m", "f")}
    for raw in kb_entries():
        if raw.get("demonyms"):
            out.setdefault(normalize(str(raw.get("name", ""))), str(raw["id"]))
    out.pop("", None)
    return out


def counterparts_apart(ctx: ArticleContext, events: _Events) -> _Events:
    """The events with the counterparts another event's list holds taken out of a later one of
    another type, then each meeting or call whose counterparts are leaders of several states
    made one event per counterpart."""
    for si, ev in events:
        _drop_listed_before(ctx, si, ev, [o for sj, o in events if sj == si and o is not ev])
    out: _Events = []
    for si, ev in events:
        out.extend((si, e) for e in _one_per_counterpart(ctx, ctx.sentences[si], ev))
    return out


def _first_mentions(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs],
                    lo: int) -> list[tuple[int, str]]:
    """(offset, party) of the event's parties named in the sentence from offset `lo`, first name
    each, in text order."""
    seen: dict[str, int] = {}
    for m in ctx.mentions_in(lo, sent.end):
        p = ctx.entity_of(m)
        if p in ev.attrs.participants and p not in seen:
            seen[p] = m.start
    return sorted((at, p) for p, at in seen.items())


def _counterparts(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs],
                  t: Trigger) -> list[tuple[int, str]]:
    """The parties the event names after its trigger, less the subject a verb names right after
    it when no party is named before it («استقبل الرئيس X ...»)."""
    after = _first_mentions(ctx, sent, ev, sent.words[t.index + t.size - 1].end)
    before = [p for at, p in _first_mentions(ctx, sent, ev, sent.start) if at < sent.words[t.index].start]
    if t.row.pos == "verb" and not before and after:
        after = after[1:]
    return after


def _drop_listed_before(ctx: ArticleContext, si: int, ev: Span[EventAttrs],
                        others: list[Span[EventAttrs]]) -> None:
    """Take out of `ev` the counterparts another event of its sentence, of another type and
    told before it, lists between its trigger and `ev`'s (keeping two parties at least)."""
    sent = ctx.sentences[si]
    t = sent.trigger_at(ev.attrs.trigger_start)
    if ev.label != "CALL" or t is None:
        return
    start = sent.words[t.index].start
    for o in others:
        ot = sent.trigger_at(o.attrs.trigger_start)
        if o.label != "MEET" or ot is None or ot.index >= t.index or not _talks(ot):
            continue
        listed = {p for at, p in _counterparts(ctx, sent, o, ot) if at < start}
        kept = [p for p in ev.attrs.participants if p not in listed]
        if listed and len(kept) >= 2:
            ev.attrs.participants = kept
            ev.attrs.roles = ev.attrs.roles_of(kept)


def _talks(t: Trigger) -> bool:
    """A meeting noun in the plural (مباحثاته, محادثات, لقاءات): talks, one with each counterpart;
    a verb or a singular noun may tell one meeting of all its parties («سيلتقي لافروف كيري
    والجبير»: one trilateral meeting)."""
    return t.row.pos == "noun" and t.size == 1 and _PLURAL in t.reading.stem \
        and not t.reading.stem.endswith(_ONE_MEETING)


def _joined(ctx: ArticleContext, sent: Sentence, lo: int, at: int) -> bool:
    """Whether the counterpart named at offset `at` is listed with the one before it (named from
    offset `lo`): «و» opens the words between the two names, past the rest of the first name and
    a comma, and they are a few title words at most («، والرئيس المصري»); not «مع إسرائيل ... حول
    قضايا عدة من بينها الاتفاق مع إيران»."""
    m = next((m for m in ctx.mentions_in(lo - 1, sent.end) if m.start == lo - 1), None)
    words = [w for w in sent.words[sent.word_index(m.end if m is not None else lo):sent.word_index(at)]
             if w.norm not in _AND]
    k = sent.word_index(at)
    first = words[0] if words else (sent.words[k] if k < len(sent.words) else None)
    return first is not None and first.norm.startswith("و") and len(words) <= _TITLE_REACH


def _state_of(ctx: ArticleContext, sent: Sentence, lo: int, at: int, party: str) -> str | None:
    """The state a counterpart named at offset `at` is titled with: itself when it is a state
    with a title of its own before it (from offset `lo`), else a state's word among the words
    before his name (from offset `lo`) or in his name."""
    words = state_words()
    k = sent.word_index(at)
    if party in words.values():  # ولي عهد البحرين وولي عهد أبوظبي; not «سفراء السويد والدنمارك»: one title
        titled = [w for w in sent.words[:k] if w.start >= lo and w.norm not in _AND]
        return party if titled else None
    for w in sent.words[max(0, k - _TITLE_REACH):k]:
        if w.start >= lo and w.norm.removeprefix("و") in words:
            return words[w.norm.removeprefix("و")]
    return None


def _one_per_counterpart(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> list[Span[EventAttrs]]:
    t = sent.trigger_at(ev.attrs.trigger_start)
    if ev.label not in _LISTED or t is None or len(ev.attrs.participants) < 3:
        return [ev]
    if ev.label == "MEET" and not _talks(t):
        return [ev]
    listed = _counterparts(ctx, sent, ev, t)
    if len(listed) < 2:
        return [ev]
    host = [p for p in ev.attrs.participants if p not in {p for _, p in listed}]
    lo = sent.words[t.index + t.size - 1].end
    states = []
    for n, (at, p) in enumerate(listed):
        if n and not _joined(ctx, sent, lo, at):
            return [ev]
        states.append(_state_of(ctx, sent, lo, at, p))
        lo = at + 1
    if not host or None in states or len(set(states)) < len(states):
        return [ev]
    return one_per_partner(ev, host, listed)


def one_per_partner(ev: Span[EventAttrs], sides: list[str],
                    listed: list[tuple[int, str]]) -> list[Span[EventAttrs]]:
    """One event for each listed partner (its offset, its entity), each with `sides` (the host,
    the signers) and that partner, the roles kept for them; the first keeps the event's start, the
    others start at their partner (never before the event's start + 1, so they stay apart)."""
    out = []
    for n, (at, p) in enumerate(listed):
        parts = [*sides, p]
        roles = ev.attrs.roles_of(parts)
        attrs = replace(ev.attrs, participants=parts, roles=roles, content=list(ev.attrs.content))
        out.append(Span(ev.start if n == 0 else max(at, ev.start + 1), ev.end, ev.label, attrs))
    return out
