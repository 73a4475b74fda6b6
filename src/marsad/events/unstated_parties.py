"""Parties a sentence names outside its trigger's clause, and gates that real events pass.

- A visit noun with the preposition and pronoun of its doer right after it, or with its own
  pronoun («زيارته»), and no one named in its sentence («جاء ذلك خلال زيارة له مساء أمس لمقر
  الاستديو», «جاء ذلك خلال زيارته، صباح أمس، مستشفى القوات المسلحة»): the visitor is the
  person the sentence before named (`own_pronoun_visitor`).
- A visit made where someone met the visitor on arrival («زار X مقر القيادة، وكان في استقباله
  قائد القوة Y», «حيث استقبله Y», «قام X بزيارة ...، وكان في استقبال فضيلته Y»): Y is the visit's
  host (`welcoming_host`); so is the person whose welcome verb governs a visit noun with «ب»
  («ورحب الوزير Y بزيارة X», «Y الذي رحب بقدوم X إلى بلاده»: Y's country is the place, `welcomed_home`).
- «بعد» before a visit noun recalls a past visit as a time mark, except after a verb of leaving
  («غادر X مصر بعد زيارة عمل»): the leaving ends the visit told (`leaving_before`).
- A visit made at someone's invitation («تلبية لدعوة من الملك X», «بناء على دعوة تلقاها من وزارة
  الدفاع», «تلبية لدعوة الحكومة اليمنية»): the sender of the invitation is the visit's host,
  never its guest, though the visit noun took the name before it as its visitor («وتلبية دعوة
  الحكومة اليمنية إلى زيارة عدن»); «دعوة للوزير X» names whom it invites, no sender (`inviting_host`).
- A visit whose host goes unnamed in its sentence, by a visitor whom a reception of the article
  names as its guest («وصل X إلى تونس ...», «وقال X الذي استقبله الرئيس التونسي Y»): Y, who
  received him, is the visit's host (`received_visitors`).
- «الجانبان», «الطرفان» as the subject of a meeting or agreement stand for the two parties of the
  event told just before (`two_sides`).
- A word of sport, also after a proclitic («للمدرب», «للكرة الطائرة»), makes a sentence sport
  (`sport_in`), except in a figure of speech that calls a
  state or a body a player («المملكة ... لاعب أساسي في المنطقة»), or where a state's envoy is
  named (the ambassador receives the national team: diplomacy).

The words are rows of `lang/ar/event_cues.tsv` (kinds own_pronoun, welcome, welcome_verb, home_word,
invitation, leaving, figurative_sport, sport_envoy, two_sides).
"""

from __future__ import annotations

from marsad.events.carried_subjects import carried_subject
from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import cue_forms, event_cues, event_senses, office_word, title_word
from marsad.events.place_scales import one_place
from marsad.events.repeats import days_apart
from marsad.events.triggers import Trigger
from marsad.events.words import BI, Word, stems
from marsad.lang.clitics import LAM_ARTICLE
from marsad.lang.normalize import normalize
from marsad.lang.person_states import person_states
from marsad.lang.state_sides import state_adjectives
from marsad.model import EventAttrs, Span

_OWN_PRONOUN = frozenset({"own_pronoun"})
_WELCOME = frozenset({"welcome"})
_WELCOMING = frozenset({"welcome_verb"})  # رحب, يرحب: its subject welcomes the visitor
_HOME = frozenset({"home_word"})  # بلاده: the country of the one the clause names
_TO_HOME = normalize("إلى")
_HOME_REACH = 6  # words from a visit noun to «إلى» before the welcomer's country (بقدوم كيري إلى بلاده)
_RELATIVE = frozenset({"relative_pronoun"})  # between a welcomer and his verb (الذي رحب)
_INVITATION = frozenset({"invitation"})
_SENDERS = ("PER", "ORG", "LOC")  # a person, a body or a state invites
_FROM = normalize("من")
_LEAVING = frozenset({"leaving"})
_SPORTS_OR_FIGURE = frozenset({"sports", "figurative_sport"})
_ENVOY = frozenset({"sport_envoy"})  # سفير: a state's envoy, whose meetings are diplomacy
_ARTICLED = frozenset(normalize(c) for c in ("لل", "بال", "كال"))  # a preposition with the article
_TWO_SIDES = frozenset({"two_sides"})
_SIDED = frozenset({"MEET", "CALL", "AGREE"})
_SIDES_REACH = 3  # sentences back to the event whose two parties «الجانبان» stands for
_FRONTED = 3  # words before a visit noun that opens its sentence as an adverbial (وخلال زيارته)
_ONE_OWNER = ("ه", "ها")  # a possessive pronoun of one owner (زيارته, زيارتها), not of several (زيارتهم)
_STAY_DAYS = 7  # days apart a visit's date and its reception's may be
_WELCOME_REACH = 12  # words from the welcome to its host's name (في استقباله قائد قوة منطقة جازان اللواء Y)
_WELCOME_OPENS = 3  # words before a welcome that opens the sentence after a visit's (وقد كان في استقبالهم)
_AND_THE = "وال"
_HOSTS_APART = 12  # words from a host's name to the next (نائب رئيس جمعية الكشافة ...، وقائد الوفد الدكتور Z)


def sport_in(words: list[Word]) -> bool:
    """Whether a word of sport stands in the words, not as part of a figure of speech (the
    longest cue at a word decides: «لاعب أساسي» is a figure, «لاعب» alone sport), nor inside a
    phrase that only looks like sport («يجتمع المجلس بشكل دوري»: its «دوري» is no league); never
    in words that name a state's envoy («استقبل السفير X المنتخب السعودي للكاراتيه», «قام رئيس
    الاتحاد بزيارة للسفير السعودي لدى الدنمارك»: the embassy's diplomacy, whoever plays)."""
    if next(event_cues().each(words, _ENVOY), None) is not None:
        return False
    covered = 0  # the words up to here stand in a figure
    figures: set[int] = set()
    for i, cue in event_cues().each(words, _SPORTS_OR_FIGURE):
        if cue.kind != "sports":
            covered = max(covered, i + cue.size)
            figures.update(range(i, i + cue.size))
        elif i >= covered:
            return True
    # للمدرب, للكرة الطائرة, بالمنتخب: after a preposition and the article (not the article
    # alone: «الكرة الأرضية» is the Earth, and «الكرة» no cue)
    return any(k not in figures and any(st.clitic in _ARTICLED and st.stem in cue_forms("sports")
                                        for st in stems(w.norm)) for k, w in enumerate(words))


def own_pronoun_visitor(ctx: ArticleContext, si: int, t: Trigger) -> str | None:
    """The visitor of a visit noun followed by «له/لها» (its doer's pronoun) or with one
    owner's pronoun of its own («جاء ذلك خلال زيارته، صباح أمس، مستشفى القوات المسلحة») in a
    sentence that names no person before it: the first person of the sentence before; None
    otherwise. A person named after the noun is its host or a companion, never the owner the
    pronoun refers back to («جاء ذلك خلال زيارته لعدد من المصابين ... والتي رافقه خلالها اللواء
    X», «خلال زيارته أمس مقر المركز حيث التقى المشرف العام Y»), unless the noun opens the
    sentence as a fronted adverbial («وخلال زيارته للرياض، التقى X ...»: X owns it)."""
    sent = ctx.sentences[si]
    j = t.index + t.size
    if t.row.type != "VISIT" or t.row.pos != "noun" \
            or ctx.mentions_in(sent.start, sent.words[t.index].start, ("PER",)) \
            or (t.index < _FRONTED and ctx.mentions_in(sent.start, sent.end, ("PER",))):
        return None
    if not one_owner(sent.words[t.index].norm, t.row.forms[0]) \
            and (j >= len(sent.words) or event_cues().at(sent.words, j, _OWN_PRONOUN) is None):
        return None
    return carried_subject(ctx, si)


def one_owner(word: str, form: str) -> bool:
    """Whether `word` is the noun `form` with the possessive pronoun of one owner, a ta marbuta
    turned ت before it (زيارته, بزيارتها, جولته; not زيارتهم)."""
    base = form[:-1] + "ت" if form.endswith("ه") else form
    return any(word.endswith(base + p) for p in _ONE_OWNER)


def welcoming_host(ctx: ArticleContext, sent: Sentence, t: Trigger,
                   after: Sentence | None = None) -> list[str]:
    """The persons who met a visit's visitor, named after «في استقباله» (or an honorific: «في
    استقبال فضيلته»), or «استقبله» later in the sentence of a visit verb or noun («قام X بزيارة إلى
    مقر القيادة، وكان في استقبال فضيلته اللواء Y»): the first one named and each one joined to
    him by و («وكان في استقباله الدكتور Y نائب رئيس الجمعية، وقائد الوفد الدكتور Z»: Y and Z).
    With `after`, the sentence right after the visit's, also a welcome that opens it («قام X
    بزيارة لمرضى المستشفى. وقد كان في استقبالهم مدير المستشفى Y ومساعده Z»). None found: []."""
    if t.row.type != "VISIT":
        return []
    ws = sent.words
    if (greeter := _welcoming_subject(ctx, sent, t)) is not None:
        return [greeter]
    for i, cue in event_cues().each(ws, _WELCOME, t.index + t.size):
        return _welcomers(ctx, sent, i + cue.size)
    if after is not None:
        for i, cue in event_cues().each(after.words, _WELCOME):
            lead = after.words[:i]
            if len(lead) <= _WELCOME_OPENS and not ctx.mentions_in(after.start, after.words[i].start) \
                    and not any(o.index < i for o in after.triggers()):
                return _welcomers(ctx, after, i + cue.size)
            if _arrival_told_again(ctx, after, i):
                return _welcomers(ctx, after, i + cue.size)
            break
    return []


def _welcoming_subject(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The person who welcomes the visit of visit noun `t` with «ب» (a `welcome_verb` row within
    its window before it: «ورحب الوزير X بزيارة Y», «وقال X الذي رحب بقدوم Y إلى بلاده»): the one
    named between the verb and the noun, else the one named right before the verb, past a relative
    pronoun. None for another welcomer (a body, a party, a state: «رحب حزب الجيل بزيارة Y») or
    none named."""
    ws = sent.words
    if t.row.pos != "noun" or not t.reading.clitic.endswith(BI):
        return None
    found = event_cues().nearest_before(ws, t.index, _WELCOMING)
    if found is None or t.index - found[0] > int(found[1].value or 0):
        return None
    j = found[0]
    between = ctx.mentions_in(ws[j].end, ws[t.index].start, _SENDERS)
    if between:
        return ctx.entity_of(between[0]) if between[0].label == "PER" else None
    before = [m for m in ctx.mentions_in(sent.start, ws[j].start, _SENDERS)
              if all(event_senses().at(ws, k, _RELATIVE) is not None
                     for k in range(sent.word_index(m.end - 1) + 1, j))]
    return ctx.entity_of(before[-1]) if before and before[-1].label == "PER" else None


def welcomed_home(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The state of the person who welcomes the visit of visit noun `t` to his own country («وقال
    وزير خارجية قطر X الذي رحب بقدوم Y إلى بلاده»: a `home_word` row right after «إلى» within
    `_HOME_REACH` words after the noun): the catalogue's state of the welcomer; None where no one
    welcomes the visit or the catalogue knows no state of his («وصل X إلى بلاده»: he went home)."""
    ws = sent.words
    end = t.index + t.size
    k = next((j for j in range(end, min(len(ws) - 1, end + _HOME_REACH)) if ws[j].norm == _TO_HOME), None)
    if k is None or event_cues().at(ws, k + 1, _HOME) is None:
        return None
    greeter = _welcoming_subject(ctx, sent, t)
    return person_states().get(greeter) if greeter is not None else None


def _arrival_told_again(ctx: ArticleContext, sent: Sentence, i: int) -> bool:
    """Whether the words before the welcome at word `i` of the sentence after a visit's go on
    with the visitor's journey, with no one named («وكان معاليه قد وصل مطار قاعدة الرياض الجوية
    في طريقه للمنطقة الجنوبية، حيث كان في استقباله Y»): no trigger but a visit's stands before
    it and no person is named before it, so the pronoun is the visitor's."""
    return all(o.row.type == "VISIT" for o in sent.triggers() if o.index < i) \
        and not ctx.mentions_in(sent.start, sent.words[i].start, ("PER",))


def _welcomers(ctx: ArticleContext, sent: Sentence, k: int) -> list[str]:
    """The first person named within reach from word `k` on, then each one joined to the one
    before by و (`_joined_host`)."""
    ws = sent.words
    for j in range(k, min(len(ws), k + _WELCOME_REACH)):
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER" and (first := ctx.entity_of(m)) is not None:
            out = [first]
            nxt = _joined_host(ctx, sent, sent.word_index(m.end - 1) + 1)
            while nxt is not None:
                if nxt[0] not in out:
                    out.append(nxt[0])
                nxt = _joined_host(ctx, sent, nxt[1])
            return out
    return []


def _joined_host(ctx: ArticleContext, sent: Sentence, k: int) -> tuple[str, int] | None:
    """The person named from word `k` on, past the office of the one before him, a comma and a
    word opening with و («ومساعده», «وقائد الوفد»), and offices, ranks and bodies («الدكتور»,
    «المقدم»), with the word after him; None at any other word or stop («وعدد من الأطباء», «وقد
    رافق سموه», «بحضور»)."""
    ws = sent.words
    joined = False
    for j in range(k, min(len(ws), k + _HOSTS_APART)):
        gap = ctx.text[ws[j - 1].end:ws[j].start].strip(" \u00a0") if j else ""
        if gap not in ("", "،", ",") or (gap and not ws[j].norm.startswith("و")):
            return None
        m = ctx.mention_at(ws[j])
        if m is not None and m.label == "PER":
            ent = ctx.entity_of(m)
            return (ent, sent.word_index(m.end - 1) + 1) if joined and ent is not None else None
        if not joined and _joining(ws[j].norm) and (gap or not ws[j].norm.startswith(_AND_THE)):
            joined = True  # ومساعده, وقائد, «، والوفد»: the next person of the list
            continue
        if m is None and not office_word(ws[j].norm) and not ws[j].norm.startswith(("ال", _AND_THE)) \
                and not office_word(ws[j - 1].norm):
            return None  # وزير الثقافة والإعلام, وكيل إمارة المنطقة: a word of the office
    return None


def _joining(word: str) -> bool:
    """A word opening with the conjunction و (ومساعده, وقائد, والوفد), not a title whose own
    first letter it is (وزير, وكيل)."""
    return word.startswith("و") and not (title_word(word) and not title_word(word[1:]))


def inviting_host(ctx: ArticleContext, sent: Sentence, t: Trigger) -> str | None:
    """The sender of an invitation the sentence of visit trigger `t` names: the name after an
    invitation noun, in construct with it («تلبية لدعوة الحكومة اليمنية», «بدعوة الرئيس X») or
    after «من» («بناء على دعوة تلقاها من وزارة الدفاع»), only office words and a state's adjective
    between («بدعوة من الرئيس الروسي X»). The guide keys
    whoever invites the visitor as a host participant, even a body. None where the invitation
    names no sender («دعوة لزيارة اليمن»: Yemen is where the visit goes) or names whom it invites
    («دعوة للرئيس X»: the guest)."""
    if t.row.type != "VISIT":
        return None
    ws = sent.words
    for i, cue in event_cues().each(ws, _INVITATION):
        for w in ws[i + cue.size:i + cue.size + 1 + int(cue.value or 0)]:
            m = ctx.mention_at(w)
            if m is not None:
                return ctx.entity_of(m) if m.label in _SENDERS else None
            if w.norm.startswith(LAM_ARTICLE):  # «دعوة للوزير»: ل + the article, whom it goes to
                return None  # «دعوة للوزير X»: whom it invites, no sender
            if w.norm != _FROM and not office_word(w.norm) and w.norm not in state_adjectives():
                break  # «من», an office and its state («الرئيس الروسي») before the sender's name
    return None


def leaving_before(sent: Sentence, t: Trigger) -> bool:
    """Whether a verb of leaving stands before trigger `t` in its sentence (غادر X مصر بعد زيارة)."""
    return any(i < t.index for i, _ in event_cues().each(sent.words, _LEAVING))


def add_unstated_parties(ctx: ArticleContext, si: int, t: Trigger, ev: Span[EventAttrs]) -> None:
    """Complete event `ev` of trigger `t` in sentence `si` with the parties named outside its
    clause: the visitor of «زيارة له», the host who met a visitor («وكان في استقباله Y») or invited
    him («تلبية لدعوة من Y»)."""
    parts = ev.attrs.participants
    if (visitor := own_pronoun_visitor(ctx, si, t)) is not None and visitor not in parts:
        parts.insert(0, visitor)  # the site visited (مستشفى القوات المسلحة) stays its host
        ev.attrs.roles.setdefault(visitor, "guest")
    if ev.attrs.place is None and (home := welcomed_home(ctx, ctx.sentences[si], t)) is not None:
        ev.attrs.place = home  # رحب X بقدوم Y إلى بلاده: X's country
    after = ctx.sentences[si + 1] if si + 1 < len(ctx.sentences) else None
    for welcomer in welcoming_host(ctx, ctx.sentences[si], t, after) if parts else []:
        if welcomer not in parts:
            parts.append(welcomer)
            ev.attrs.roles.setdefault(welcomer, "host")
    if parts and (host := inviting_host(ctx, ctx.sentences[si], t)) is not None:
        if host not in parts:
            parts.append(host)  # تلبية لدعوة من X: X invited the visitor, the visit's host
        ev.attrs.roles[host] = "host"  # «قبل مودي دعوة شريف لزيارة باكستان»: the sender, no guest


def received_visitors(events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """A visit naming its visitor and no host takes as host the one host of the article's
    receptions of that visitor where the visit went (a meeting whose roles name him guest and
    another party host, its place not another than the visit's): whoever receives a visitor
    hosts his visit. None where two receptions name two hosts (a tour: each stop its own host);
    a reception in Washington hosts no visit to Havana, one yesterday no visit last May."""
    for _, ev in events:
        roles = ev.attrs.roles
        guests = [p for p in ev.attrs.participants if roles.get(p) == "guest"]
        if ev.label != "VISIT" or len(guests) != 1 or "host" in roles.values():
            continue
        hosts = {h for _, met in events if met.label == "MEET" and guests[0] in met.attrs.participants
                 and met.attrs.roles.get(guests[0]) != "host" and one_place(ev.attrs.place, met.attrs.place)
                 and _one_stay(ev.attrs.date, met.attrs.date)
                 for h, role in met.attrs.roles.items() if role == "host" and h != guests[0]}
        if len(hosts) == 1:
            host = hosts.pop()
            if host not in ev.attrs.participants:
                ev.attrs.participants.append(host)
            roles[host] = "host"


def _one_stay(a: str | None, b: str | None) -> bool:
    """Whether a visit's date and a reception's may be one stay: one unknown, days at most
    `_STAY_DAYS` apart, or a month or year that holds the other."""
    if a is None or b is None:
        return True
    gap = days_apart(a, b)
    if gap is None:
        n = min(len(a), len(b))
        return a[:n] == b[:n]
    return abs(gap) <= _STAY_DAYS


def two_sides(ctx: ArticleContext, events: list[tuple[int, Span[EventAttrs]]]) -> None:
    """A meeting, call or agreement whose subject is «الجانبان» or «الطرفان» and that names
    fewer than two parties of its own («فقد اتفق الجانبان على ...») takes the two parties of the
    nearest event before it, within `_SIDES_REACH` sentences, that names exactly two (the
    meeting of X and Y told just before), when the party it names is one of them."""
    for k, (si, ev) in enumerate(events):
        parts = ev.attrs.participants
        if ev.label not in _SIDED or len(parts) >= 2:
            continue
        ws = ctx.sentences[si].words
        if next(event_cues().each(ws, _TWO_SIDES), None) is None:
            continue
        for sj, other in reversed(events[:k]):
            if si - sj > _SIDES_REACH:
                break
            pair = other.attrs.participants
            if other.label in _SIDED | {"VISIT"} and len(pair) == 2 and set(parts) <= set(pair):
                ev.attrs.participants = list(pair)
                break
