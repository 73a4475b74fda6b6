"""Whom a visitor meets where his visit takes him hosts the visit.

«زار السفير الأسترالي X، الشركة السعودية للكهرباء بالرياض، حيث التقى المهندس Y», «قام X بزيارة
إلى Z التقى خلالها Y»: a meeting told after the visit in its sentence, linked to it by a word of
place or time (`met_there` rows of lang/ar/event_senses.tsv: حيث, خلالها), with the visitor among
its parties and told alike, names the visit's hosts: its other parties join the visit. A meeting
told with «و» only («وصل X إلى موسكو والتقى بوتين») is another event of the visitor's, and its
partner no host of the visit.

«جاء ذلك خلال استقباله ... محافظ المؤسسة X الذي يزور المنطقة حاليا», «استقبل Y ... X الذي يزور
المملكة»: a visit told in a relative clause right after the guest of a reception in its sentence
is hosted by whoever receives him there: the reception's other parties join the visit.

«وقد رافق سموه في هذه الزيارة التي تأتي بدعوة من وزارة الدفاع الأمريكية ...»: an invitation
with its sender told in another sentence of the article, by a sentence that speaks of a visit,
names the host of the visit of the guest that sentence names, else of the article's one visit
(a visit noun there speaks of a visit told; a verb, «زار فرنسا العام الماضي بدعوة من», of its own);
so does the subject of a verb of inviting told apart from the visit, of the guest it invites
(«إن رئيس الوزراء ماتيو رينتسي دعا روحاني للقيام بالزيارة», in a sentence with a visit word;
«لقد دعاني نظيري الإيراني X» in the visitor's own quoted words).
"""

from __future__ import annotations

from marsad.events.context import EVENT_ROLES, ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses
from marsad.events.place_scales import one_place
from marsad.events.places import is_place
from marsad.events.triggers import possessed_only
from marsad.events.unstated_parties import inviting_host
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, QuoteAttrs, Span

_MET_THERE = frozenset({"met_there"})
_BREAK = frozenset({"clause_break"})
_WHERE = normalize("حيث")  # a clause break that opens no relative clause of a guest
_INVITING = frozenset({"inviting_verb"})
_ME = "ني"  # the pronoun of the first person as a verb's object (دعاني)
_INVITE_REACH = 5  # words from a verb of inviting to its subject or guest after it
_PARTIES = ("PER", "ORG", "LOC")
_GOING = frozenset({"place_prep", "goal_prep"})  # في جدة, إلى طهران, لإيران: where a visit is


def met_on_the_visit(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Add to each visit the parties of a meeting its sentence holds there (see the module)."""
    for si, visit in events:
        if visit.label != "VISIT" or visit.attrs.trigger_start is None:
            continue
        guests = [p for p, r in visit.attrs.roles.items() if r == "guest"] or visit.attrs.participants[:1]
        for sj, meet in events:
            if sj != si or meet.label != "MEET" or meet.attrs.status != visit.attrs.status \
                    or not set(guests) & set(meet.attrs.participants) \
                    or not _linked(ctx, si, visit.attrs.trigger_start, meet.attrs.trigger_start) \
                    or _later_leg(events, si, visit, meet):
                continue
            for p in meet.attrs.participants:
                if p not in visit.attrs.participants:
                    visit.attrs.participants.append(p)
                    visit.attrs.roles.setdefault(p, "host")


def _later_leg(events: list[tuple[int, Span[EventAttrs]]], si: int, visit: Span[EventAttrs],
               meet: Span[EventAttrs]) -> bool:
    """Whether another visit of the sentence is told between the visit and the meeting: the meeting
    is held on that later leg («زار X برلين ثم توجه إلى موسكو حيث التقى Y»: Y hosts him in Moscow)."""
    lo, hi = visit.attrs.trigger_start or 0, meet.attrs.trigger_start or 0
    return any(sj == si and v.label == "VISIT" and v is not visit and lo < (v.attrs.trigger_start or 0) < hi
               for sj, v in events)


def _linked(ctx: ArticleContext, si: int, visit_at: int, meet_at: int | None) -> bool:
    """Whether a `met_there` word stands between the visit's trigger and the meeting's, or right
    after the meeting's (التقى خلالها)."""
    if meet_at is None or meet_at <= visit_at:
        return False
    sent = ctx.sentences[si]
    lo, hi = sent.word_index(visit_at), sent.word_index(meet_at)
    return any(event_senses().at(sent.words, k, _MET_THERE) is not None
               for k in range(lo + 1, min(len(sent.words), hi + 2)) if k != hi)


def received_on_the_visit(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """Add to a visit told in a relative clause of its visitor (الذي يزور, التي تزور) the other
    parties of a reception of that visitor told before it in its sentence (see the module): a
    verb or noun of receiving (`subject_role` host in event_triggers.tsv: استقبل, استقباله)."""
    for si, visit in events:
        guests = [p for p, r in visit.attrs.roles.items() if r == "guest"]
        if visit.label != "VISIT" or visit.attrs.trigger_start is None or len(guests) != 1 \
                or "host" in visit.attrs.roles.values() or not _relative(ctx, si, visit.attrs.trigger_start):
            continue
        for sj, meet in events:
            if sj != si or meet.label != "MEET" or meet.attrs.trigger_start is None \
                    or meet.attrs.trigger_start >= visit.attrs.trigger_start \
                    or guests[0] not in meet.attrs.participants or meet.attrs.roles.get(guests[0]) == "host" \
                    or not _reception(ctx, si, meet.attrs.trigger_start):
                continue
            for p in meet.attrs.participants:
                if p != guests[0] and p not in visit.attrs.participants:
                    visit.attrs.participants.append(p)
                    visit.attrs.roles.setdefault(p, "host")


def _relative(ctx: ArticleContext, si: int, at: int) -> bool:
    """Whether a relative pronoun stands right before the trigger at offset `at` (الذي يزور)."""
    sent = ctx.sentences[si]
    k = sent.word_index(at)
    return k > 0 and sent.words[k - 1].norm != _WHERE \
        and event_senses().at(sent.words, k - 1, _BREAK) is not None


def _reception(ctx: ArticleContext, si: int, at: int) -> bool:
    """Whether the trigger at offset `at` is one of receiving: a verb whose subject hosts (استقبل)
    or a reception noun with its host's pronoun (`possessed_only` in event_senses.tsv: استقباله)."""
    sent = ctx.sentences[si]
    return any(sent.words[t.index].start == at
               and (t.row.subject_role == "host" or (t.possessed and possessed_only(t.row.forms[0])))
               for t in sent.triggers())


def invited_apart(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]],
                  quotes: list[Span[QuoteAttrs]]) -> None:
    """Add the sender of an invitation told in another sentence than a visit's, by a sentence
    with a visit word (see the module), as the host of the visit of the one guest that sentence
    names, else of the article's one visit; not where the visit names a host already. Then the
    subject of a verb of inviting, as the host of its guest's visits told in other sentences."""
    every = [v for _, v in events if v.label == "VISIT" and _guests(v)]
    if not every:
        return  # no visit with a guest: none to give a host, no sentence to scan
    for sj, sent in enumerate(ctx.sentences):
        if sent.role not in EVENT_ROLES:
            continue
        named_places = _visit_places(ctx, sent)
        visits = [(si, v) for si, v in events if v.label == "VISIT" and _guests(v)
                  and (not named_places or any(one_place(v.attrs.place, p) for p in named_places
                                               if v.attrs.place is not None))]
        # «كما قبل مودي دعوة من شريف لزيارة باكستان»: a sentence naming a place speaks of a visit there
        for inviter, guest in _inviting_verbs(ctx, sj, quotes):
            for si, v in visits:
                if si != sj and guest in _guests(v) and inviter not in v.attrs.participants:
                    v.attrs.participants.append(inviter)
                    v.attrs.roles.setdefault(inviter, "host")
        host = next((h for t in sent.triggers() if t.row.type == "VISIT" and t.row.pos == "noun"
                     and (h := inviting_host(ctx, sent, t)) is not None), None)
        if host is None:
            continue
        named = {ctx.entity_of(m) for m in ctx.mentions_in(sent.start, sent.end, ("PER", "ORG", "LOC"))}
        told = [v for si, v in visits if si != sj and _guests(v) & named]
        target = told if len(told) == 1 else [v for si, v in visits if si != sj] if len(every) == 1 else []
        for v in target:
            if host not in _guests(v) and "host" not in v.attrs.roles.values():
                if host not in v.attrs.participants:
                    v.attrs.participants.append(host)
                v.attrs.roles[host] = "host"


def _guests(v: Span[EventAttrs]) -> set[str]:
    """The guests a visit's roles name, else its first party (the visitor comes first)."""
    return {p for p, r in v.attrs.roles.items() if r == "guest"} or set(v.attrs.participants[:1])


def _inviting_verbs(ctx: ArticleContext, si: int, quotes: list[Span[QuoteAttrs]]) -> list[tuple[str, str]]:
    """(who invites, whom) for each verb of inviting of sentence `si` (`event_cues` kind
    inviting_verb): with the first person's pronoun in a quotation («لقد دعاني نظيري الإيراني X»)
    the guest is its speaker and the inviter the first party named after the verb; bare, in a
    sentence with a visit word, the inviter is the party named right before it («إن رئيس الوزراء
    ماتيو رينتسي دعا روحاني للقيام بالزيارة») and the guest the one after, or, with no one right
    before it, the first and second parties after it («ودعا الرئيس X نظيره Y إلى زيارة»)."""
    sent = ctx.sentences[si]
    ws, out = sent.words, []
    visit_word = any(t.row.type == "VISIT" for t in sent.triggers())
    for i, _cue in event_cues().each(ws, _INVITING):
        reach = ws[min(len(ws) - 1, i + _INVITE_REACH)].end
        after = [ctx.entity_of(m) for m in ctx.mentions_in(ws[i].end, reach, _PARTIES)]
        if ws[i].norm.endswith(_ME):
            q = next((q for q in quotes if q.start <= ws[i].start < q.end), None)
            if q is not None and q.attrs.speaker and after and after[0] != q.attrs.speaker:
                out.append((after[0], q.attrs.speaker))
            continue
        if not visit_word:
            continue
        before = [m for m in ctx.mentions_in(sent.start, ws[i].start, _PARTIES)
                  if not ctx.text[m.end:ws[i].start].strip()]
        pair = [ctx.entity_of(before[-1]), *after[:1]] if before else after[:2]
        if len(pair) == 2 and pair[0] != pair[1]:
            out.append((pair[0], pair[1]))
    return out


def _visit_places(ctx: ArticleContext, sent: Sentence) -> set[str]:
    """The places a sentence names as where a visit goes: a location right after a visit noun
    (لزيارة باكستان) or after a place or goal preposition (إلى طهران, في جدة); not a state named
    in an office or a body (وزارة الدفاع الأمريكية)."""
    ws = sent.words
    after_noun = {ws[t.index + t.size].start for t in sent.triggers()
                  if t.row.type == "VISIT" and t.row.pos == "noun" and t.index + t.size < len(ws)}
    return {ctx.entity_of(m) for m in ctx.mentions_in(sent.start, sent.end, ("LOC",))
            if m.start in after_noun or is_place(ctx, sent, m, _GOING)}
