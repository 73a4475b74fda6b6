"""One happening, one event, within an article.

A phone call is often reported with what was said in it: «أجرى لافروف اتصالا هاتفيا مع وانغ
يي بحثا خلاله ...، واتفقا على عقد لقاء». The discussion (MEET) and the agreement (AGREE) of the
same parties, in the call's sentence or the next ones, with no place of their own (nor, told in
another sentence, a day of their own before the call's), are the
call's content, not events of their own: they fold into the CALL (`attrs.content`). A
meeting that has a place of its own («اتفقا على اللقاء في موسكو») stays an event. An agreement
on a course of the parties of a meeting told that day («وعقد X اجتماعا مع Y ... فقد اتفق الجانبان
على ...») is likewise the meeting's content and folds into it; a deal signed stays an event.

Events of one type and status whose parties are one set or one within the other (a lone
party only in a visit or an agreement, where it is one of the other report's parties: «بمناسبة
زيارة الأمير X» beside the visit of X hosted by Y, «الاتفاق النووي الذي أبرم في 14 يوليو مع إيران»
beside the agreement of Iran and the 5+1, whoever the other report puts first), that do not
disagree on place and date, are
one happening told several times (the headline, the reception, «وبحث الوزيران ...»): one
event. A city and its state are one place at two scales («في باريس», «في فرنسا»: the
catalogue's `country` of a place, `lang/kb`): they do not disagree, and the event keeps the city.
Two days next to each other do not disagree either (the lead's «اليوم», the statement's
«الخميس»), nor a visit under way (يزور حاليا) and the same visit told as made (وصل أمس). Two
visits to one place on days of their own next to each other, one by a lone visitor, are one
visit whose visitor is named once by name and once by office. A visit still to come, told once by
its year and once by a month or day within it, to one place, is one visit (the narrower time kept).
A visit told again later by its visitor, dated up to a week after the visit, is a report of it
carrying the report's day («وبثت محطات الإذاعة أمس واليوم تقارير ... لزيارة سمو ولي ولي العهد»):
the same visit.

A verb of agreeing whose object right after it is a definite agreement noun («وقع المذكرتين
الأمير X رئيس المدينة، والمهندس Y»), after an agreement told before in the article, names
the signers of that agreement: its persons join it, no event of its own. The agreement may be
told earlier in the signers' own sentence («وقّع X اتفاقية مع Y ...، وقام بتوقيع الاتفاقية كل من A و B»).

A verb of hosting whose object is a meeting («قمة ... تستضيفها رابطة آسيان», «استضاف الفندق
قمة بين ...») tells where the meeting was, not a visit of its parties: no VISIT of its own.

A meeting or agreement told after a visit in its sentence («زار X طهران حيث التقى Y») took
place where the visit went. A visit told in the sentence of a reception («استقبل X نظيره Y
... في زيارة ...») has the reception's host and guest.
"""

from __future__ import annotations

from datetime import date

from marsad.events.lexicon import sense_norm
from marsad.events.place_scales import one_place, states, states_of_places
from marsad.events.triggers import Trigger
from marsad.events.words import Word, points_back, stems, word_matches
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, Happening, Span
from marsad.model.dates import day_of, interval

FOLDED_INTO_CALL = frozenset({"MEET", "AGREE"})
CALL_SENTENCES = 2  # sentences after a call where its content may still be told
_TO_COME = frozenset({"planned", "expected"})  # a visit still to come: the meetings of its programme too


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
    for n in t.row.needs:
        st = word_matches(words[j].norm, n, "noun")
        if st is not None and (st.clitic.endswith("ال") or st.stem.startswith("ال")
                               or _construct(words, j + 1)):
            return True
    return False


def _construct(words: list[Word], k: int) -> bool:
    """Whether word `k` is a definite noun that makes the noun before it definite (مذكرتي التفاهم)."""
    return k < len(words) and any(st.clitic.endswith("ال") for st in stems(words[k].norm))


def consolidate(events: list[tuple[int, Span[EventAttrs]]],
                headline: frozenset[int] = frozenset(),
                restated: frozenset[int] = frozenset(),
                within: frozenset[int] = frozenset(),
                many: frozenset[int] = frozenset()) -> list[tuple[int, Span[EventAttrs]]]:
    """The events of an article (with their sentence index; `headline`: the indexes of its
    title sentences; `restated`: the ids of agreements whose signers restate one told before,
    `restates_agreement`; `within`: the ids of visits a word of «during» opens, خلال زيارة;
    `many`: the ids of events told as several, `many_times.told_many_times`, no repeats), the
    call's content folded into it, repeats merged, and visits given the roles of the reception in
    their sentence."""
    calls = [(si, ev) for si, ev in events if ev.label == "CALL"]
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        call = _call_of(si, ev, calls) if ev.label in FOLDED_INTO_CALL else None
        if call is not None:
            call.attrs.content.append(Happening(ev.label, ev.attrs.trigger, ev.attrs.status))
            continue
        told = next((o for sj, o in reversed(out) if sj <= si and o.label == ev.label
                     and o.attrs.status == ev.attrs.status), None) if id(ev) in restated else None
        if told is not None:  # وقع المذكرتين X و Y: the signers of the agreement told before (in an
            # earlier sentence or earlier in theirs: the clause of signers after «وقّع X اتفاقية مع Y،»)
            have = told.attrs.participants
            have.extend(p for p in ev.attrs.participants if p not in have)
            told.attrs.place = told.attrs.place or ev.attrs.place  # ووقع المذكرتين في الرياض: where
            continue
        out.append((si, ev))
    out = [(si, ev) for si, ev in out if not _agreed_in_meeting(ev, out)]
    for si, ev in out:  # زار X طهران حيث التقى Y: the meeting is where the visit went; so is one
        # told before the visit it is held within (سيعقد اجتماعا مع X خلال زيارة عمل لقطر)
        visit = next((o for sj, o in out if sj == si and o.label == "VISIT" and o.attrs.place), None)
        if visit is not None and ev.label in ("MEET", "AGREE") \
                and ((visit.attrs.trigger_start or 0) < (ev.attrs.trigger_start or 0) or id(visit) in within):
            if ev.label == "AGREE":  # a deal told with a visit is mostly one recalled (الاتفاق المبرم
                city = visit.attrs.place  # بين ...), not made where it went; the city visited is no party
                if city not in states():  # (a state visited may sign: «عقود أبرمت بين العراق وروسيا»)
                    ev.attrs.participants[:] = [p for p in ev.attrs.participants if p != city]
                    ev.attrs.roles.pop(city or "", None)
                continue
            ev.attrs.place = ev.attrs.place or visit.attrs.place
            ev.attrs.date = visit.attrs.date or ev.attrs.date  # في زيارة عمل يلتقي خلالها: on its day
            if ev.attrs.status == "ongoing" and visit.attrs.status in _TO_COME:
                ev.attrs.status = visit.attrs.status  # and still to come with it, not under way
    out = _merge_repeats(out, headline, many)
    for si, ev in out:
        if ev.label != "VISIT":
            continue
        for sj, other in out:
            if sj == si and other.label == "MEET" and other.attrs.roles:
                roles = {p: r for p, r in other.attrs.roles.items() if p in ev.attrs.participants}
                if roles:
                    ev.attrs.roles = roles
                break
    # A visit to a place told after its visitor's reception keeps the receiver as its host
    # («استقبل الأمير X ... Y الذي يزور المنطقة حاليا»: VISIT [Y, X], as the events golds read it).
    return out


def _agreed_in_meeting(ev: Span[EventAttrs], events: list[tuple[int, Span[EventAttrs]]]) -> bool:
    """An agreement told by a verb of agreeing on a course (`accord_verb` rows of event_senses:
    «فقد اتفق الجانبان على وضع حزمة من الآليات»), of parties who met in the article, on the
    meeting's day or the next and where they met: what they agreed in the meeting, its content,
    not an event of its own (the guide: agreements reached within a reported meeting). It folds
    into the meeting (`attrs.content`); a deal signed (وقع, أبرم) stays an event."""
    parts = set(ev.attrs.participants)
    accord = sense_norm(normalize(ev.attrs.trigger or ""), "accord_verb")
    if ev.label != "AGREE" or len(parts) < 2 or not accord:
        return False
    for _, meet in events:
        if meet.label == "MEET" and parts <= set(meet.attrs.participants) \
                and _told_as(meet.attrs.status) == _told_as(ev.attrs.status) == "happened" \
                and one_place(meet.attrs.place, ev.attrs.place) \
                and _near_days(meet.attrs.date, ev.attrs.date):
            meet.attrs.content.append(Happening(ev.label, ev.attrs.trigger, ev.attrs.status))
            return True
    return False


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
    not its content."""
    a, b = ev.attrs.date or "", call.attrs.date or ""
    return len(a) == len(b) == 10 and a < b


def _merge_repeats(events: list[tuple[int, Span[EventAttrs]]], headline: frozenset[int],
                   many: frozenset[int] = frozenset()) -> list[tuple[int, Span[EventAttrs]]]:
    """Events of one type, status and set of parties in one article (the headline's meeting,
    the reception, «وبحث الوزيران ...») are one happening when their places (but a headline's)
    and dates do not disagree. It is kept at its first report in the body (a headline only announces it), with
    what the other reports add (place, date, roles)."""
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        at = None if id(ev) in many else next(
            (k for k, (sj, o) in enumerate(out)
             if id(o) not in many and _one_happening(o, ev, sj in headline or si in headline)), None)
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
        same.attrs.place = _narrower(same.attrs.place, ev.attrs.place)
        if same.attrs.date is None or _in_year(same.attrs.date, ev.attrs.date):
            same.attrs.date = ev.attrs.date  # the narrower of a year and a month within it
        same.attrs.round = ev.attrs.round if same.attrs.round is None else same.attrs.round
        same.attrs.series = ev.attrs.series if same.attrs.series is None else same.attrs.series
        for p, role in ev.attrs.roles.items():
            same.attrs.roles.setdefault(p, role)
    return out


def late_repeats(events: list[tuple[int, Span[EventAttrs]]],
                 many: frozenset[int] = frozenset()) -> list[tuple[int, Span[EventAttrs]]]:
    """Repeats found once every event has its parties, place and date (a visit whose visitor an
    office named, a delegation's visit given its head, a place carried from the sentence before):
    events of one type and status whose parties lie within those of an event told before, at the
    very place (a known one) and on the very day (or none), are that event told again («زيارة وفد
    حماس ... إلى السعودية», then «خالد مشعل ... خلال زيارته الأخيرة للسعودية»); the first
    report keeps what the other adds. Events told as several (`many`: their ids) are none."""
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        same = None if id(ev) in many else next(
            (o for _, o in out if id(o) not in many and _told_again(o, ev)), None)
        if same is None:
            out.append((si, ev))
            continue
        same.attrs.date = same.attrs.date or ev.attrs.date
        for p, role in ev.attrs.roles.items():
            same.attrs.roles.setdefault(p, role)
    return out


def _told_again(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether `b` tells event `a` again, with no party, place, day or status of its own; the state
    its place lies in is no party of its own («زيارته لموسكو» read with Russia, after the visit to Moscow)."""
    own = set(b.attrs.participants) - ({b.attrs.place, states_of_places().get(b.attrs.place or "")}
                                       if b.label == "VISIT" else set())
    return a.label == b.label and _told_as(a.attrs.status) == _told_as(b.attrs.status) \
        and bool(own) and own <= set(a.attrs.participants) \
        and a.attrs.place is not None and b.attrs.place is not None \
        and one_place(a.attrs.place, b.attrs.place) and _near_days(a.attrs.date, b.attrs.date)


def _one_happening(a: Span[EventAttrs], b: Span[EventAttrs], headline: bool = False) -> bool:
    """Same type, statuses that agree (`_statuses_agree`), the parties of one within those of
    the other (the visit told again by the visitor: «زيارتي ليست مفاجئة»), and no disagreeing
    place, date or round; a headline names the city where the body names the palace («يستقبل
    فيدان في القاهرة», «في قصر التحرير بالقاهرة»), so a headline's place does not disagree.
    A lone party's meeting is not every one he had; his visit or agreement is the one told with
    him among its parties («الاتفاق النووي الذي أبرم في 14 يوليو مع إيران», then «الاتفاق النووي
    بين إيران ومجموعة 5+1»: one agreement)."""
    if a.label != b.label or not _statuses_agree(a, b):
        return False
    pa, pb = set(a.attrs.participants), set(b.attrs.participants)
    if _one_visit_by_another_name(a, b):
        return True
    if not pa or not pb or not (pa <= pb or pb <= pa):
        return False
    if min(len(pa), len(pb)) == 1 and len(pa) != len(pb) and a.label not in _LONE_WITHIN:
        return False  # a meeting of X and Y is not every meeting X had; a visit is its parties'
    if not headline and not one_place(a.attrs.place, b.attrs.place):
        return False
    r1, r2 = a.attrs.round, b.attrs.round
    return (r1 is None or r2 is None or r1 == r2) and (_near_days(a.attrs.date, b.attrs.date)
                                                       or _reported_later(a, b) or _year_to_come(a, b))


_LONE_WITHIN = frozenset({"VISIT", "AGREE"})


def _year_to_come(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether two visits still to come, to one named place, are one announced first by its year
    and then by a time within that year («زيارته لطهران ستجري هذا العام», «سأرافقه في زيارته لطهران
    في أكتوبر»): a visit planned is told at the scale the teller knows; a visit made is not."""
    if a.label != "VISIT" or a.attrs.status not in _TO_COME or b.attrs.status not in _TO_COME:
        return False
    return a.attrs.place is not None and b.attrs.place is not None \
        and (_in_year(a.attrs.date, b.attrs.date) or _in_year(b.attrs.date, a.attrs.date))


def _in_year(year: str | None, d: str | None) -> bool:
    """Whether `year` is a year alone (`YYYY`) and date `d` a narrower time within it."""
    return year is not None and d is not None and len(year) == 4 and d.startswith(year + "-")


REPORT_DAYS = 7  # days after a visit within which a later mention dated on its own day reports it


def _reported_later(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether `b`, told after visit `a` by some of its parties, is a report of it dated on the
    report's day («وبثت محطات الإذاعة أمس واليوم تقارير ... لزيارة سمو ولي ولي العهد», two days
    after the visit): a visit, the same parties, a day after the visit's within a week."""
    pa, pb = set(a.attrs.participants), set(b.attrs.participants)
    if a.label != "VISIT" or not pb or not pb <= pa or a.attrs.date is None or b.attrs.date is None:
        return False
    gap = days_apart(a.attrs.date, b.attrs.date)
    return gap is not None and 0 < gap <= REPORT_DAYS


def _one_visit_by_another_name(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Two visits, one by a lone visitor, to one place (at any scale) on days of their own next to
    each other: the visitor named once by name and once by office («وصل روحاني إلى روما أمس»,
    «زيارة الرئيس الإيراني إلى روما أمس»), one visit."""
    pa, pb = a.attrs.participants, b.attrs.participants
    if a.label != "VISIT" or b.label != "VISIT" or not pa or not pb or min(len(pa), len(pb)) != 1:
        return False
    if a.attrs.place is None or b.attrs.place is None or a.attrs.date is None or b.attrs.date is None:
        return False
    return one_place(a.attrs.place, b.attrs.place) and _near_days(a.attrs.date, b.attrs.date)


def _statuses_agree(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether two reports of one article may tell one happening with their statuses. A visit under
    way (يزور حاليا) is the visit told as made (زار). Other statuses, but a hypothetical one, tell
    one happening where both reports name its place: the visit announced in the lead («يغادر ...
    في زيارة يلتقي خلالها») and the one planned in the body, the visit a source reports and the one
    an official will neither confirm nor deny («لا يمكنهما تأكيد أو نفي زيارة سليماني لموسكو»).
    Two or more parties told again with another status are one happening too, a place named or
    not («وسيجري رودريغيز وكيري محادثات», «سيتوجه رودريغيز ... للقاء نظيره الأميركي جون كيري»).
    A lone party's status of its own with no place is another happening («ليست على جدول رحلة كيري
    الذي لم يزرها منذ عدة أشهر», beside his tour's stops), and so is one with other parties: the
    visit announced («سيتوجه الى طهران») is not the one told with another visitor («بعد زيارة ...
    غابريال»)."""
    sa, sb = _told_as(a.attrs.status), _told_as(b.attrs.status)
    if sa == sb:
        return True
    if "hypothetical" in (sa, sb):
        return False
    parties, other = set(a.attrs.participants), set(b.attrs.participants)
    placed = a.attrs.place is not None and b.attrs.place is not None
    return parties == other and (len(parties) > 1 or placed)


def _told_as(status: str | None) -> str | None:
    """A status as one happening's reports may tell it: a visit under way (يزور حاليا) and
    the same visit told as made (زار) are one."""
    return "happened" if status == "ongoing" else status


def _near_days(a: str | None, b: str | None) -> bool:
    """Whether two dates of one happening agree: the same, one unknown, or two days next to each
    other (the lead's «اليوم» and the statement's «الخميس» told a day apart)."""
    if a is None or b is None or a == b:
        return True
    gap = days_apart(a, b)
    return (gap is not None and abs(gap) <= 1) or _day_within(a, b) or _day_within(b, a)


MONTH_DAYS = 31  # the longest stretch a date may cover and still hold a day told of one happening


def _day_within(a: str, b: str) -> bool:
    """Whether date `a`, a week or a month, holds day `b` (the lead's «الشهر الجاري», the body's
    «الثلاثاء»); a year holds too many happenings to say."""
    wide, day = interval(a), day_of(b)
    return wide is not None and day is not None and (wide[1] - wide[0]).days < MONTH_DAYS \
        and wide[0] <= day <= wide[1]


def days_apart(a: str, b: str) -> int | None:
    """Days from date `a` to date `b`, both days (`YYYY-MM-DD`); None when either is not one (a
    month, a year, a part of a day)."""
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except ValueError:
        return None


def _narrower(a: str | None, b: str | None) -> str | None:
    """Of two places that do not disagree, the one that says more: the known one, the city
    rather than its state."""
    if a is None:
        return b
    return b if b is not None and states_of_places().get(b) == a else a
