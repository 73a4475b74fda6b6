"""Names in an event's sentence that are no parties of it, dropped once the event's parties are
all gathered (issue 15: an extra party taken across a clause boundary).

A body named in the title of a person who is a party («استقبل الأمين العام لرابطة العالم الإسلامي
الدكتور X», «مدير عام صحيفة "سبق" الأستاذ Y») is where he works, not a party beside him.

A noun that names its parties after بين («الاتفاق النووي بين إيران والسداسية الدولية») has no
others: not the holder of an office the sentence names, nor a speaker.

A country's leaders named after it («المملكة العربية السعودية بقيادة خادم الحرمين الشريفين الملك
سلمان وأخيه فخامة الرئيس X») describe the country; names only in a preface before the main
clause's فـ («انطلاقا من العلاقات ...، فقد قام X بزيارة») are not in the event's clause.

A person named as the subject of a relative clause whose verb carries its antecedent's pronoun
(«ويستعد رئيس البرلمان ورئيس حزب "النداء"، الذي أسسه الرئيس X لزيارة لندن») did what that
clause tells, no more: not when the verb is a trigger (الذي استقبله X: the host), heads or sends
the antecedent (الوفد الذي يرأسه X: `event_senses` kind party_relative), or the antecedent is
an event noun (اللقاء الذي عقده X: who held it).
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, office_word, sense_forms, sense_word
from marsad.events.party_lists import between_parties
from marsad.events.words import Word
from marsad.lang.marks import CLAUSE_BREAKS
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Span

_TITLE_BACK = 3  # words from an office word to the body (مدير عام صحيفة «سبق»)
_TITLE_ON = 3  # title words from the body to the person's name (الدكتور, الأستاذ, اللواء)
_LEADERSHIP = frozenset({"leadership"})
_KIN = frozenset({"leader_kin"})
_ANSWER = frozenset({"answer_clause"})
_LEADER_GAP = 4  # words of titles between the leaders' names (خادم الحرمين الشريفين الملك)
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # on a relative clause's verb (أسسه): its antecedent
_AGENT_TITLES = 3  # title words between that verb and its subject's name (الذي أسسه الرئيس X)
_FROM_WORD = normalize("عن")  # غاب X عن الاجتماع: what he was absent from
_ABSENCE_REACH = 8  # words from the word of absence to «عن» (تغييب وزير الخارجية الطيب البكوش عن)
_ANTECEDENT_REACH = 3  # words before the relative pronoun where an event noun makes it the antecedent


def _drop(ev: Span[EventAttrs], gone: set[str]) -> None:
    """Take these parties out of the event's participants and roles (the rest keep their order)."""
    ev.attrs.participants = [p for p in ev.attrs.participants if p not in gone]
    ev.attrs.roles = ev.attrs.roles_without(gone)


def _joined(ctx: ArticleContext, a: int, b: int) -> bool:
    """No punctuation but quotation marks between offsets a and b."""
    return not any(ch in CLAUSE_BREAKS for ch in ctx.text[a:b])


def _in_title(ctx: ArticleContext, sent: Sentence, m: Span, parties: set[str]) -> bool:
    """Whether the body `m` stands in the title of a named party: an office word within
    `_TITLE_BACK` words before it, and a party's name within `_TITLE_ON` title words after it."""
    ws = sent.words
    k = sent.word_index(m.start)
    if not any(office_word(ws[j].norm) and _joined(ctx, ws[j].end, m.start)
               for j in range(max(0, k - _TITLE_BACK), k)):
        return False
    after = [x for x in ctx.mentions_in(m.end, sent.end) if x.start >= m.end and x.label != "LOC"]  # past
    # the body's seat (مدير الجامعة الإسلامية بجاكرتا البروفسور X)
    nxt = after[0] if after else None
    if nxt is None or nxt.label != "PER" or ctx.entity_of(nxt) not in parties \
            or not _joined(ctx, m.end, nxt.start):
        return False
    between = [w for w in ws if m.end <= w.start and w.end <= nxt.start]
    return len(between) <= _TITLE_ON and all(office_word(w.norm) or _a_place(ctx, w) for w in between)


def _a_place(ctx: ArticleContext, w: Word) -> bool:
    """A word of a location's name (مدير الجامعة الإسلامية بجاكرتا البروفسور X: the body's seat)."""
    m = ctx.mention_at(w)
    return m is not None and m.label == "LOC"


def title_bodies(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> None:
    """Drop a body every mention of which in the sentence stands in a party's title (`_in_title`)."""
    parts = ev.attrs.participants
    persons = {ctx.entity_of(m) for m in ctx.mentions_in(sent.start, sent.end, ("PER",))} & set(parts)
    if not persons:
        return
    by_entity: dict[str, list[Span]] = {}
    for m in ctx.mentions_in(sent.start, sent.end, ("ORG",)):
        by_entity.setdefault(ctx.entity_of(m), []).append(m)
    titled = {p for p in parts if p in by_entity and p not in persons
              and all(_in_title(ctx, sent, m, persons) for m in by_entity[p])}
    if titled and len(titled) < len(parts):
        _drop(ev, titled)


def named_between(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> None:
    """An event noun that names its parties after بين («الاتفاق النووي بين إيران والسداسية
    الدولية», «اجتماع بين كيري ورودريجيز») has those parties and no others: not the holder of an
    office the sentence names («مباحثات وزير الخارجية الإيراني مع هذه الدول»), nor a speaker."""
    own = [t for t in sent.triggers() if sent.words[t.index].start == ev.attrs.trigger_start]
    named = between_parties(ctx, sent, own) if own else []
    parts = ev.attrs.participants
    if len(named) > 1 and set(named) < set(parts):
        _drop(ev, (set(parts) | set(ev.attrs.roles)) - set(named))


def _leaders(ctx: ArticleContext, sent: Sentence) -> set[int]:
    """Starts of the persons named as a country's leaders after it («والمملكة الأردنية الهاشمية،
    بقيادة الملك سلمان بن عبدالعزيز، وأخيه الملك عبدالله الثاني، واستمع ...»): the list runs
    past titles and kin words (وأخيه) and ends at a comma before any other word, at a فـ of the
    main clause, at an event trigger, or after `_LEADER_GAP` words with no name."""
    ws, out = sent.words, set()
    cues = event_cues()
    triggers = {t.index for t in sent.triggers()}
    for k, _cue in cues.each(ws, _LEADERSHIP):
        prev = ctx.mention_at(ws[k - 1]) if k else None
        if prev is None or prev.label != "LOC":
            continue  # وفد بقيادة الوزير X: the delegation's head acts
        gap = 0
        for j in range(k + 1, len(ws)):
            m = ctx.mention_at(ws[j])
            comma = not _joined(ctx, ws[j - 1].end, ws[j].start)
            if j in triggers or cues.at(ws, j, _ANSWER) is not None \
                    or (comma and m is None and cues.at(ws, j, _KIN) is None):
                break
            gap = 0 if m is not None else gap + 1
            if gap > _LEADER_GAP:
                break
            if m is not None and m.label == "PER":
                out.add(m.start)
    return out


def _answer_at(ctx: ArticleContext, sent: Sentence, before: int) -> int:
    """The offset of the last فـ of a main clause after a comma before offset `before`, else -1."""
    ws = sent.words
    found = [ws[k].start for k, _cue in event_cues().each(ws, _ANSWER)
             if k > 0 and ws[k].start < before and not _joined(ctx, ws[k - 1].end, ws[k].start)]
    return found[-1] if found else -1


def out_of_clause(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> None:
    """Drop the persons named only as a country's leaders (`_leaders`) or only in a preface
    before the main clause's فـ (`_answer_at`), when a party the event keeps is named after."""
    at = ev.attrs.trigger_start
    if at is None:
        return
    led = _leaders(ctx, sent)
    answer = _answer_at(ctx, sent, at)
    seen: dict[str, list[int]] = {}
    for m in ctx.mentions_in(sent.start, sent.end, ("PER", "ORG", "LOC")):
        seen.setdefault(ctx.entity_of(m), []).append(m.start)
    parts = ev.attrs.participants
    gone = {p for p in parts if p in seen and all(s in led or s < answer for s in seen[p])}
    kept = [p for p in parts if p not in gone]
    if gone and any(max(seen.get(p, [-1])) >= answer for p in kept) \
            and (len(kept) > 1 or ev.label == "VISIT"):  # never leave a meeting or a deal one party
        _drop(ev, gone)


def _relative_agents(ctx: ArticleContext, sent: Sentence) -> set[int]:
    """Starts of the persons named, past titles, right after the verb of a relative clause that
    carries its antecedent's pronoun (الذي أسسه الرئيس X), where that verb is no trigger nor of
    kind party_relative and no trigger stands in the few words before the relative pronoun."""
    ws, out = sent.words, set()
    trigger_words = {k for t in sent.triggers() for k in range(t.index, t.index + t.size)}
    relatives = sense_forms("relative_pronoun")
    for j in range(len(ws) - 2):
        v = j + 1
        if ws[j].norm not in relatives or v in trigger_words or not ws[v].norm.endswith(_OBJECT_PRONOUNS) \
                or sense_word(ws[v], "party_relative") or ctx.mention_at(ws[v]) is not None \
                or any(k in trigger_words for k in range(max(0, j - _ANTECEDENT_REACH), j)):
            continue
        for k in range(v + 1, min(len(ws), v + 2 + _AGENT_TITLES)):
            m = ctx.mention_at(ws[k])
            if m is not None:
                if m.label == "PER" and _joined(ctx, ws[v].end, m.start):
                    out.add(m.start)
                break
            if not office_word(ws[k].norm):
                break
    return out


def relative_agents(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> None:
    """Drop the persons every mention of whom in the sentence is a relative clause's subject
    (`_relative_agents`)."""
    agents = _relative_agents(ctx, sent)
    if not agents:
        return
    seen: dict[str, list[int]] = {}
    for m in ctx.mentions_in(sent.start, sent.end, ("PER",)):
        seen.setdefault(ctx.entity_of(m), []).append(m.start)
    gone = {p for p in ev.attrs.participants if p in seen and all(s in agents for s in seen[p])}
    if gone:
        _drop(ev, gone)


def absent_persons(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> None:
    """Drop the persons named between a word of absence (`event_senses` kind absence) and «عن»
    right before the event's noun («بعد أن وقع تغييب وزير الخارجية X عن زيارات الرئيس»): he
    was kept out of it, no party; not past punctuation or another trigger."""
    ws, at = sent.words, ev.attrs.trigger_start
    ti = next((i for i, w in enumerate(ws) if w.start == at), None) if at is not None else None
    if ti is None or ti < 2 or ws[ti - 1].norm != _FROM_WORD:
        return
    for k in range(ti - 2, max(-1, ti - 2 - _ABSENCE_REACH), -1):
        if not _joined(ctx, ws[k].end, ws[k + 1].start):
            return
        if sense_word(ws[k], "absence"):
            named = {ctx.entity_of(m) for m in ctx.mentions_in(ws[k].end, ws[ti - 1].start, ("PER",))}
            if named & set(ev.attrs.participants):
                _drop(ev, named)
            return


def drop_non_parties(ctx: ArticleContext, sent: Sentence, ev: Span[EventAttrs]) -> None:
    """Each kind of non-party above leaves the event (run once its parties are all gathered)."""
    title_bodies(ctx, sent, ev)
    named_between(ctx, sent, ev)
    out_of_clause(ctx, sent, ev)
    relative_agents(ctx, sent, ev)
    absent_persons(ctx, sent, ev)
