"""Arguments of an event in its sentence: participants, place, host and guest, date.

Participants are the persons named in the trigger's scope (its quotation when the trigger stands inside one,
else its sentence up to a relative clause after it), less a report's source and a talks' sponsor (برعاية X);
where no person is named (or persons only far off, in a clause before a comma: «يدعو ظريف ...، والملفت أن
إيران حاولت تسويق توقيع الاتفاق», or a state signs: ووقع العراق مع روسيا, `trigger_subjects.body_subject`),
the organisations and countries that are not the place, a delegation's sender however far, and a party named
after مع however far (وقعت شركة X، أكبر شركة ...، اتفاقا مع شركة Y); one person who signs an agreement takes
the organisation or country after مع as its other party (وقع الوزير X اتفاقية مع روسيا). A place (`places.py`)
is a location after a place preposition (في بكين، إلى الصين، ببكين), not one after a topic noun (بحثا الأوضاع
في السودان); it may stand anywhere near the trigger (التقت X الرئيس هولاند الذي استقبلها في قاعدة فيلاكوبلاي),
the object of زار is the place visited, the subject of شهد before a noun trigger is its venue, and a
reception's one place may stand past its long titles (وذلك بمقر المركز بالرياض). A location after a place
preposition is never a party; a state that receives is one (استقبلت السعودية X), a city the place. The date is
the resolved timex nearest the trigger, else the day the sentence before tells (`dating.py`). Invitees, the
organisation hosting a visit at its goal and a delegation's sender are in `visit_parties.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.airport_cities import city_of_airport
from marsad.events.attendants import attending
from marsad.events.care_places import patients_ward
from marsad.events.clauses import outside, sentence_clauses, subordinate_apart
from marsad.events.context import ArticleContext, Sentence
from marsad.events.counterparts import counterpart_holders
from marsad.events.dating import date_before, only_day, own_date
from marsad.events.invitations import invitation, invited_parties
from marsad.events.lexicon import event_cues, event_senses, facilities, office_word, sense_forms
from marsad.events.party_lists import (
    accompanying,
    between_parties,
    groups_met_by_all,
    head_references,
    listed_after,
    office_groups,
    unique_entities,
    with_conjuncts,
)
from marsad.events.place_scales import states
from marsad.events.places import (
    a_place,
    after_cue,
    after_title,
    after_with,
    bracketed_region,
    discussed,
    in_office,
    is_place,
    named_before,
    named_facility,
    place_before,
    site_name,
    venue_subject,
    where_place,
)
from marsad.events.relation_phrases import owned_name, topic_name
from marsad.events.subordinate import after_preposition
from marsad.events.time_marks import sides_place
from marsad.events.trigger_subjects import body_meets, body_subject
from marsad.events.triggers import Trigger
from marsad.events.visit_goals import lead_goal, needs_goal, object_place
from marsad.events.visit_nouns import own_visitor
from marsad.events.visit_parties import delegates, goal_hosts, object_body
from marsad.events.visited import place_past_visitor, visited_body
from marsad.events.words import BETWEEN, Word, word_matches, words_of
from marsad.model import Span

_PLACE = frozenset({"place_prep"})
_GOAL = frozenset({"place_prep", "goal_prep"})
_SOURCE = frozenset({"source"})
_BREAK = frozenset({"clause_break"})
_MODAL = frozenset({"modal_imperfect"})
_SPONSOR = frozenset({"sponsor"})  # برعاية الأمم المتحدة: the sponsor is no party
_EACH_OF = frozenset({"each_of"})  # بزيارة كل من قطر وعمان: the list the visit noun governs
_ROLE_WINDOW = 4
_NEAR = 8  # words around a trigger where non-person participants stand
_PLACE_NEAR = 14
_VENUE = frozenset({"venue_clause"})  # وذلك في ...: the clause that tells where
_VENUE_REACH = 8  # words from وذلك to the place (past a facility's name)
_WITH_BODIES = frozenset({"AGREE", "MEET", "CALL"})  # events whose partner after مع may be a body
_CLAUSE_NAME_GAP = 4  # «، ووزير الخارجية ظريف»: a name within these words after «، و» is a listed party
_SENT = "delegation"  # وفد, وفود: a noun of its own, not «و» opening a clause


@dataclass
class Arguments:
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    date: str | None = None
    date_told_before: bool = False  # the date is the sentence before's (date_before), not its own


def comma_clause_end(ctx: ArticleContext, sent: Sentence, last: Trigger, hi: int) -> int:
    """Where a clause joined by «، و» after the trigger begins, when it opens with a word of its
    own, not a name or an office followed by one («مع سوريا بقيمة مليار دولار، وتقديرات المبعوث
    الأممي دي ميستورا»: the envoy is no party; «التقى X، والوزير Y» keeps Y); else `hi`."""
    ws = sent.words
    for k in range(last.index + last.size + 1, len(ws)):
        if ws[k].start >= hi:
            break
        if ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0") not in ("،", ",") \
                or not ws[k].norm.startswith("و") or len(ws[k].norm) < 3 or ws[k].norm in sense_forms(_SENT):
            continue  # «، غداً الثلاثاء، وفد تجاري من مجلس الأعمال»: وفد is no «و» and a word
        pp = ws[k].norm[1:] in sense_forms("name_prep")  # «، وفي الرياض»: a phrase of the same clause
        if any((m := ctx.mention_at(w)) is not None and (pp or not after_preposition(ctx, sent, m))
               for w in ws[k:k + _CLAUSE_NAME_GAP]) or event_cues().at(ws, k, _VENUE) is not None:
            continue  # a listed party (not a preposition's object: «، وسماح الجانب الأميركي لطهران»
            # opens a clause); «، وذلك بمقر المركز بالرياض»: the event's own place
        if office_word(ws[k].norm):
            continue
        return ws[k].start
    return hi




def arguments(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger], scope: tuple[int, int]) -> Arguments:
    args = Arguments()
    anchor = sent.words[trigs[0].index]
    visit = any(t.row.type == "VISIT" for t in trigs)

    def own(m: Span) -> bool:  # not a source's, a sponsor's, an attendant's, a companion's, a site's name,
        # nor an owner's, a sender's or a principal's (التابعة لـ X, رسالة من X: relation_phrases.py)
        return not after_cue(ctx, sent, m, _SOURCE, 3) and not after_cue(ctx, sent, m, _SPONSOR, 1) \
            and not attending(ctx, sent, m) and not accompanying(ctx, sent, m) \
            and not site_name(ctx, sent, m) and not owned_name(ctx, sent, m, anchor.start if visit else None)

    def placed(m: Span) -> bool:  # a location, or a site named as a body (بزيارة لمركز X), the event is in
        return ((m.label == "LOC" or named_facility(ctx, m))
                and is_place(ctx, sent, m, _GOAL if visit else _PLACE)
                and not bracketed_region(ctx, m)
                and not discussed(ctx, sent, m) and not in_office(ctx, sent, m, trigs))

    clauses = sentence_clauses(ctx, sent)  # «، وبعث برقية لملك الأردن»: another verb's clause names no party
    in_clause = [m for m in ctx.mentions_in(*scope) if own(m) and not outside(sent, trigs, clauses, m.start)]
    # a party is no name of the topic (بمناسبة اختيار الأمير X); a place may be (بشأن حقوق الإنسان في مصر)
    mentions = [m for m in in_clause if not topic_name(ctx, sent, m, clauses.starts)]
    near = with_conjuncts(ctx, mentions, [m for m in mentions if _near(sent, m, trigs)
                                           or (not visit and after_with(sent, m))])
    sentence_wide = [m for m in ctx.mentions_in(sent.start, sent.end) if own(m)  # «... بعد أن أبرمت
                     and not subordinate_apart(sent, trigs, clauses, m.start)] \
        if scope[0] == sent.start else in_clause  # واشنطن اتفاقا»: not where the main clause's visitor went
    places = [m for m in sentence_wide if placed(m) and _near(sent, m, trigs, _PLACE_NEAR)]
    objects = [m for t in trigs if (m := object_place(ctx, sent, t, in_clause) or _noun_object(ctx, sent, t))
               is not None] if visit else []
    if objects:  # زار المبعوث إلى سوريا دي مستورا طهران: the object of the verb is the place
        places = objects
    elif (named := _named_venue(ctx, sent, trigs)) is not None:
        places = [named]  # مباحثات القاهرة, محادثات جنيف: the city names the talks
    elif (told := sides_place(ctx, sent, trigs[0])) is not None:
        places = [told]  # عقب اجتماع وزراء خارجية دول X مع وزير خارجية Y، في الدوحة
    if not places and (where := where_place(ctx, sent, trigs[0], _GOAL)) is not None:
        places = [where]  # توجهت إلى ألماتي ... حيث التقت: the place حيث stands for
    if visit and not places and (goal := lead_goal(ctx, sent, trigs[0])) is not None:
        places = [goal]  # يتوجه الأمير X ولي ولي العهد ... وزير الدفاع غدا إلى الأردن: past his titles
    if visit and not places and (site := place_past_visitor(ctx, sent, trigs)
                                 or visited_body(ctx, sent, trigs)):
        places = [site]  # زيارة ... نيكولا ساركوزي، تونس; بزيارة للخطوط الجوية العربية السعودية
    visitor = own_visitor(ctx, sent, trigs[0]) if visit else None
    if visitor is not None and not places:  # زيارة الأمير محمد بن سلمان ولي ولي العهد ... إلى مصر
        places = [m for m in in_clause if placed(m) and m.start > anchor.start][:1]
    if not visit and any(m.label == "LOC" for m in places):  # استقبل X في مقر وزارة الإسكان بالرياض:
        places = [m for m in places if m.label == "LOC"]  # a meeting's city, not the body's seat
    if places:
        best = min(places, key=lambda m: (m.start < anchor.start, abs(m.start - anchor.start)))
        if visit and (city := city_of_airport(ctx, best)) is not None:
            best = city  # وصل الى مطار عدن الدولي: he visits Aden
        args.place = ctx.entity_of(best)
    elif (venue := venue_subject(ctx, sent, trigs[0])) is not None:
        args.place = ctx.entity_of(venue)  # شهدت عدن أمس أول زيارة أممية: the visit is in Aden
    else:
        # استقبل X (long titles) أمس Y، وذلك بمقر المركز بالرياض: a reception's one place, past the
        # reach; for any event, the one place a «وذلك في» clause names (قام X بزيارة ...، وذلك في
        # مركز دار العرب الطبي في الرياض: the city, not the site as well)
        hosted = any(t.row.subject_role or (t.row.type == "MEET" and t.row.pos == "verb") for t in trigs)
        far = {ctx.entity_of(m) for m in in_clause if m.label == "LOC" and placed(m)
               and not after_title(ctx, sent, m)
               and (hosted or after_cue(ctx, sent, m, _VENUE, _VENUE_REACH))}
        args.place = far.pop() if len(far) == 1 else None
    if args.place is None and visit and (back := named_before(ctx, sent, trigs[0])) is not None:
        args.place = ctx.entity_of(back)  # أمير منطقة عسير ... الذي يزور المنطقة حاليا: Asir
    if args.place is None and visit and (ward := patients_ward(ctx, sent, trigs)) is not None:
        args.place = ctx.entity_of(ward)  # زار X المصابين ... في مستشفى عسير المركزي: the hospital
    if args.place is None and not ctx.mentions_in(sent.start, sent.end, ("LOC",)):
        args.place = place_before(ctx, sent)  # ... بمدينة السيح. واستهل جولته بزيارة مرافق المستشفى
    persons = unique_entities(ctx, [m for m in mentions if m.label == "PER"])
    persons += [p for p in counterpart_holders(ctx, sent, *scope) if p not in persons]  # مع نظيره الكيني
    apart = not any(m.start > anchor.start or _near(sent, m, trigs) or not _apart(ctx, m, anchor)
                  for m in mentions if m.label == "PER")  # persons only in a clause before
    for w in sent.words:  # a last name the tagger missed (غابريال after سيغمار غابريال)
        if scope[0] <= w.start < scope[1] and ctx.mention_at(w) is None and _near_word(sent, w, trigs) \
                and not outside(sent, trigs, clauses, w.start):
            ent = ctx.person_named(w)
            if ent is not None and ent not in persons:
                persons.append(ent)
                apart = False
    body = next((m for t in trigs if (m := body_subject(ctx, sent, t)) is not None and m in mentions), None)
    if body is not None:  # ووقع العراق مع روسيا ... نتيجة زيارة العبيدي: the state acts, not a person
        met = body_meets(trigs)  # التقت شركة X بالوزير Y: whom the body meets is named after the trigger
        persons = unique_entities(ctx, [m for m in mentions if m.label == "PER" and (
            after_with(sent, m) or (met and m.start > anchor.start))])
        apart = False  # of another phrase; a person after مع is its partner
    actors = ("ORG",) if visit else ("ORG", "LOC")  # a visit's countries are its places
    others = [m for m in near if m.label in actors  # a body visited at its seat hosts the visit too
              and (m not in places or (visit and ctx.entity_of(m) == args.place))
              and not discussed(ctx, sent, m) and not in_office(ctx, sent, m, trigs)
              and not a_place(ctx, sent, m, _GOAL if visit else _PLACE)]
    received: list[Span] = []  # استقبل X، اليوم، وزراء خارجية دول مجلس التعاون: the body received
    groups = [m for m in office_groups(ctx, sent, trigs, mentions, received)  # سفراء السويد والدنمارك
              if m.label in actors and m not in places and not in_office(ctx, sent, m, trigs)]
    if visitor is not None:  # لقاء X مع Y يأتي قبل يومين من زيارة فابيوس إلى طهران: Fabius alone
        persons = [visitor]
    elif apart and any(o.start < anchor.start and not _apart(ctx, o, anchor) for o in others):
        persons = []  # يدعو ظريف ...، والملفت أن إيران حاولت تسويق توقيع: Iran acts in its clause, not Zarif
    if persons:
        # وممثلي صندوق النقد الدولي والمفوضية الأوروبية: the bodies listed with a sender send it too
        extra = with_conjuncts(ctx, mentions, delegates(ctx, sent, mentions)) \
            + (goal_hosts(ctx, sent, trigs[0], mentions) if visit else [])
        if visit and (visited := object_body(ctx, sent, trigs[0], in_clause)) is not None:
            extra.append(visited)  # زار X، الشركة السعودية للكهرباء: the body visited hosts the visit
            args.roles.setdefault(ctx.entity_of(visited), "host")
        if len(persons) == 1 and all(t.row.type in _WITH_BODIES for t in trigs):
            withs = [o for o in others if after_with(sent, o)]  # وقع X اتفاقية مع روسيا: Russia signs too
            extra += withs + [o for o in listed_after(ctx, mentions, withs) if o in others]  # والكويت
            extra += groups  # التقت مع سفراء السويد والدنمارك: the other side of one person, the countries
        if len(persons) == 1 and all(t.row.type == "MEET" and t.row.pos == "verb" for t in trigs):
            extra += [o for o in others if o.attrs.side is not None and o.start > anchor.start
                      and not after_preposition(ctx, sent, o)]  # التقى X مسؤولين عراقيين: Iraq met
        extra += [m for m in groups if m in received]  # whoever else the sentence names
        extra += groups_met_by_all(sent, trigs, mentions, groups)  # بدأ X وY لقاءات مع أعضاء الكونغرس
        args.participants = persons + [d for d in unique_entities(ctx, extra) if d not in persons]
    else:  # وصل إلى العاصمة الفرنسية باريس، غداً الثلاثاء، وفد تجاري من مجلس الأعمال: its sender, however far
        senders = delegates(ctx, sent, mentions) if visit else []
        args.participants = unique_entities(ctx, senders + others + groups)
    if body is not None and (actor := ctx.entity_of(body)) not in args.participants:
        args.participants.insert(0, actor)
    if body is not None and args.place == ctx.entity_of(body):
        args.place = None  # في ظل توقيع السعودية اتفاقيات مع الهند: the state signs, it is no place
    invited = invitation(ctx, sent, trigs[0], mentions) if visit else None
    if invited is not None:  # دعا X Y إلى زيارة عدن: Y visits, X hosts; «دعا X الوزير إلى زيارة»: no one
        args.participants = invited_parties(invited, persons, args.participants, args.roles)
        if not args.participants:
            return args
    between = between_parties(ctx, sent, trigs)
    if between:  # محادثات السلام بين الحكومة الأفغانية وحركة طالبان: the parties the noun names
        args.participants = between
    refs = head_references(ctx, sent, trigs)
    if refs:  # الموقعة بين المركز والبرنامج: the parties the trigger names, not the sentence's persons
        args.participants = refs
    for t in trigs:
        if t.row.subject_role:
            _host_guest(ctx, sent, t, mentions, args)
    if any(t.row.type == "VISIT" for t in trigs) and not args.roles:
        told = _antecedent_mention(ctx, sent, trigs[0])
        guest = ctx.entity_of(told) if told is not None else persons[0] if persons else None
        if guest is not None:  # بحاح ... الذي يزور أبوظبي: the visitor is who الذي stands for
            args.roles[guest] = "guest"
            if guest in args.participants:
                args.participants.remove(guest)
            args.participants.insert(0, guest)
    own_at = {t.index for t in trigs}
    elsewhere = [sent.words[t.index].start for t in sent.triggers() if t.index not in own_at]
    args.date = own_date(ctx, sent, anchor.start, elsewhere) or only_day(ctx, sent, anchor.start, elsewhere)
    if args.date is None:
        args.date = date_before(ctx, sent, anchor.start)
        args.date_told_before = args.date is not None
    return args


def _adjacent(ctx: ArticleContext, end: int, start: int) -> bool:
    """Whether only spaces, or a modal particle (الملك قد استقبل), stand between two offsets."""
    gap = ctx.text[end:start].strip(" \u00a0")
    words = words_of(gap)
    return not gap or (len(words) == 1 and len(gap.split()) == 1
                       and event_senses().at(words, 0, _MODAL) is not None)


def _antecedent_mention(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The person a relative pronoun right before the trigger stands for (X الذي يزور), or the
    sender of a delegation named there (وفداً من جامعة جازان، الذي يزور كندا)."""
    k = t.index - 1
    if k < 0 or event_senses().at(sent.words, k, _BREAK) is None:
        return None
    lo, hi = sent.words[max(0, k - _ROLE_WINDOW)].start, sent.words[k].start
    before = ctx.mentions_in(lo, hi, ("PER",))
    sent_by = [m for m in delegates(ctx, sent, ctx.mentions_in(lo, hi))
               if not before or m.start > before[-1].end]
    if sent_by:
        return sent_by[-1]
    return before[-1] if before else None


def _named_venue(ctx: ArticleContext, sent: Sentence, trigs: list[Trigger]) -> Span | None:
    """A city or country right after a meeting or agreement noun, its genitive (مباحثات القاهرة,
    محادثات جنيف; اتفاق فيينا), also past the object noun a verb or verbal noun of signing needs
    (توقيع اتفاقات جنيف, أقر اتفاق فيينا): where the talks are held or what the agreement is named
    after, never a party."""
    ws = sent.words
    for t in trigs:
        j = t.index + t.size
        if t.row.type not in ("MEET", "AGREE"):
            continue
        objects = [n for n in t.row.needs if n != BETWEEN] if t.row.type == "AGREE" else []
        if j < len(ws) and any(word_matches(ws[j].norm, n, "noun") is not None for n in objects):
            j += 1  # توقيع اتفاقات جنيف: the city names the agreement signed
        elif t.row.pos != "noun":
            continue
        m = ctx.mention_at(ws[j]) if j < len(ws) else None
        if m is not None and m.label == "LOC" and m.start == ws[j].start:
            return m
    return None


def _noun_object(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The place a visit noun governs right after it (لزيارة موسكو), past «كل من» (بزيارة كل من قطر)
    or a facility word (`event_facilities.tsv`: لزيارة مدينة عدن, بزيارة محافظة جدة)."""
    j = t.index + t.size
    if t.row.type != "VISIT" or t.row.pos != "noun" or needs_goal(t) or j >= len(sent.words):
        return None  # وصول روسيا إلى: who arrives, not where
    j += each.size if (each := event_cues().at(sent.words, j, _EACH_OF)) is not None else 0
    j += j < len(sent.words) and ctx.mention_at(sent.words[j]) is None and sent.words[j].norm in facilities()
    m = ctx.mention_at(sent.words[j]) if j < len(sent.words) else None
    return m if m is not None and m.label == "LOC" and m.start == sent.words[j].start else None


def _host_guest(ctx: ArticleContext, sent: Sentence, t: Trigger, mentions: list[Span],
                args: Arguments) -> None:
    ws = sent.words
    lo = ws[max(0, t.index - 2)].start
    hi = ws[min(len(ws) - 1, t.index + t.size + _ROLE_WINDOW)].end
    before = [m for m in mentions if lo <= m.end <= ws[t.index].start  # عبد العاطي يستقبل: a name of any
              and _adjacent(ctx, m.end, ws[t.index].start)]  # length, on the verb's line (or X قد استقبل)
    after = [m for m in mentions if ws[t.index].end <= m.start <= hi and not a_place(ctx, sent, m, _PLACE)
             and not in_office(ctx, sent, m, [t])]
    told_before = _antecedent_mention(ctx, sent, t) \
        if t.row.pos == "verb" and not t.object_pronoun and not before else None
    # «الملك X الذي استقبل Y»: the relative pronoun stands for the one who receives (not «X الذي استقبله Y»)
    host = before[-1] if before else told_before or (after[0] if after else None)
    if host is None:
        return
    host_id = ctx.entity_of(host)
    args.roles[host_id] = "host"
    if host_id not in args.participants:
        args.participants.insert(0, host_id)
    acts = host_id in states() and not after_preposition(ctx, sent, host)  # استقبلت السعودية X
    if args.place is None and host.label == "LOC" and not acts:  # الرياض تستقبل: where, no party
        args.place = host_id
    guests = [m for m in mentions if m.start > host.end and m.label == "PER" and ctx.entity_of(m) != host_id]
    if guests:
        args.roles.setdefault(ctx.entity_of(guests[0]), "guest")


def _near(sent: Sentence, m: Span, trigs: list[Trigger], n: int = _NEAR) -> bool:
    k = sent.word_index(m.start)
    return any(t.index - n <= k <= t.index + t.size + n for t in trigs)


def _near_word(sent: Sentence, w: Word, trigs: list[Trigger]) -> bool:
    k = sent.word_index(w.start)
    return any(t.index - _NEAR <= k <= t.index + t.size + _NEAR for t in trigs)


def _apart(ctx: ArticleContext, m: Span, anchor: Word) -> bool:
    """Whether a comma stands between a mention and the trigger word after it (another clause)."""
    return "،" in ctx.text[m.end:anchor.start] or "," in ctx.text[m.end:anchor.start]
