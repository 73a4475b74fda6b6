"""Reports of one happening told several times in an article, merged into one event.

Events of one type and status whose parties are one set or one within the other (a lone
party only in a visit or an agreement, where it is one of the other report's parties: «بمناسبة
زيارة الأمير X» beside the visit of X hosted by Y, «الاتفاق النووي الذي أبرم في 14 يوليو مع إيران»
beside the agreement of Iran and the 5+1, whoever the other report puts first), that do not
disagree on place and date, are
one happening told several times (the headline, the reception, «وبحث الوزيران ...»): one
event; a capital acting and its state are one party («اتفاق الرياض والقاهرة», «واتفقت السعودية
ومصر»: `capital_parties.py`). A city and its state are one place at two scales («في باريس»,
«في فرنسا»: the catalogue's `country` of a place, `lang/kb`): they do not disagree, and the event
keeps the city.
Two days next to each other do not disagree either (the lead's «اليوم», the statement's
«الخميس»), nor a visit under way (يزور حاليا) and the same visit told as made (وصل أمس). Two
visits to one place on days of their own next to each other, one by a lone visitor, are one
visit whose visitor is named once by name and once by office. A visit still to come, told once by
its year and once by a month or day within it, to one place, is one visit (the narrower time kept).
A visit told again later by its visitor, dated up to a week after the visit, is a report of it
carrying the report's day («وبثت محطات الإذاعة أمس واليوم تقارير ... لزيارة سمو ولي ولي العهد»):
the same visit. A report told as made on a time of its own a week or more before the day of
writing («زار الرئيس الصين في ديسمبر الماضي») is never one told still to come («زيارته المقبلة
إلى الصين»): a background visit recalled beside the one announced, two visits.
"""

from __future__ import annotations

from datetime import date

from marsad.events.acting_persons import acting_for
from marsad.events.capital_parties import one_party, party_state
from marsad.events.nameless import catalogue_ids
from marsad.events.place_scales import one_place, states, states_of_places
from marsad.model import EventAttrs, Span
from marsad.model.dates import day_of, interval

TO_COME = frozenset({"planned", "expected"})  # a visit still to come: the meetings of its programme too


def merge_repeats(events: list[tuple[int, Span[EventAttrs]]], headline: frozenset[int],
                  many: frozenset[int] = frozenset(),
                  written: str | None = None,
                  also: frozenset[int] = frozenset()) -> list[tuple[int, Span[EventAttrs]]]:
    """Events of one type, status and set of parties in one article (the headline's meeting,
    the reception, «وبحث الوزيران ...») are one happening when their places (but a headline's)
    and dates do not disagree, nor their times as of the day of writing `written`
    (`_apart_in_time`). It is kept at its first report in the body (a headline only announces
    it), with what the other reports add (place, date, roles). A visit told after «كما» (`also`:
    their ids, `also_visits`) is another stop, no repeat of one told before at another place."""
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        at, coming = _told_before(out, si, ev, headline, written, many, also)
        if at is None:
            out.append((si, ev))
            continue
        sj, same = out[at]
        if sj in headline and si not in headline:
            ev, same = same, ev
            out[at] = (si, same)
        states = {party_state(same, p) for p in same.attrs.participants}
        if acting_for(states, ev.attrs.participants):  # «روسيا والسعودية», then «الجبير ... لافروف»
            same.attrs.roles = same.attrs.roles_without(same.attrs.participants)
            same.attrs.participants[:] = ev.attrs.participants
        elif not acting_for({party_state(ev, p) for p in ev.attrs.participants}, same.attrs.participants):
            for p in ev.attrs.participants:
                if not any(one_party(ev, p, same, q) for q in same.attrs.participants):
                    same.attrs.participants.append(p)  # «الرياض» after «السعودية»: told already
        if coming is ev:  # «يزور قطر» told first: the planned visit's time
            same.attrs.status, same.attrs.date = ev.attrs.status, ev.attrs.date
        same.attrs.place = _narrower(same.attrs.place, ev.attrs.place, same.label)
        if same.attrs.date is None or _in_year(same.attrs.date, ev.attrs.date):
            same.attrs.date = ev.attrs.date  # the narrower of a year and a month within it
        same.attrs.round = ev.attrs.round if same.attrs.round is None else same.attrs.round
        same.attrs.series = ev.attrs.series if same.attrs.series is None else same.attrs.series
        for p, role in ev.attrs.roles.items():
            same.attrs.roles.setdefault(p, role)
    return out


def _told_before(out: list[tuple[int, Span[EventAttrs]]], si: int, ev: Span[EventAttrs],
                 headline: frozenset[int], written: str | None, many: frozenset[int],
                 also: frozenset[int]) -> tuple[int | None, Span[EventAttrs] | None]:
    """The index in `out` of the first event that `ev` (of sentence `si`) tells again, with the one
    of the two still to come when one is a visit told under way as the other planned
    (`under_way_as_planned`, read once per pair, on the parties as told before the merge); (None,
    None) when `ev` tells none again or is told as several (`many`)."""
    if id(ev) in many:
        return None, None
    for k, (sj, o) in enumerate(out):
        if id(o) in many or _another_stop(o, ev, also):
            continue
        coming = under_way_as_planned(o, ev, written)
        if coming is not None or _one_happening(o, ev, sj in headline or si in headline, written):
            return k, coming
    return None, None


def late_repeats(events: list[tuple[int, Span[EventAttrs]]], many: frozenset[int] = frozenset(),
                 also: frozenset[int] = frozenset()) -> list[tuple[int, Span[EventAttrs]]]:
    """Repeats found once every event has its parties, place and date (a visit whose visitor an
    office named, a delegation's visit given its head, a place carried from the sentence before):
    events of one type and status whose parties lie within those of an event told before, at the
    very place (a known one) and on the very day (or none), are that event told again («زيارة وفد
    حماس ... إلى السعودية», then «خالد مشعل ... خلال زيارته الأخيرة للسعودية»); the first
    report keeps what the other adds; so are two visits of one guest to one place on one day, each
    with a host of its own (`_one_visit_of_many_hosts`: the hosts of both kept). Events told as
    several (`many`: their ids) are none, nor a visit told after «كما» at a place of its own (`also`)."""
    out: list[tuple[int, Span[EventAttrs]]] = []
    for si, ev in events:
        same = None if id(ev) in many else next(
            (o for _, o in out if id(o) not in many and not _another_stop(o, ev, also)
             and (_told_again(o, ev) or _one_visit_of_many_hosts(o, ev))), None)
        if same is None:
            out.append((si, ev))
            continue
        same.attrs.participants.extend(p for p in ev.attrs.participants
                                       if p not in same.attrs.participants)  # the other stop's host
        same.attrs.date = same.attrs.date or ev.attrs.date
        for p, role in ev.attrs.roles.items():
            same.attrs.roles.setdefault(p, role)
    return out


def _another_stop(a: Span[EventAttrs], b: Span[EventAttrs], also: frozenset[int]) -> bool:
    """Whether `b`, told after `a`, is a visit told after «كما» (`also`: their ids) at a place
    other than `a`'s, or at a place where `a` names none (another stop of the tour), or by a
    visitor of its own, none of `a`'s parties («وصل إلى القاهرة أمس X ... . كما وصل إلى القاهرة أمس
    Y»: another guest, not `a`'s visitor named by office): not `a` told again."""
    if id(b) not in also:
        return False
    if b.attrs.place is not None and b.attrs.place != a.attrs.place:
        return True
    return bool(b.attrs.participants) and not set(a.attrs.participants) & set(b.attrs.participants)


def _told_again(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether `b` tells event `a` again, with no party, place, day or status of its own; the state
    its place lies in is no party of its own («زيارته لموسكو» read with Russia, after the visit to Moscow),
    and a state on the very day is no place of its own after a site the catalogue cannot place
    (`_site_then_its_state`)."""
    own = set(b.attrs.participants) - ({b.attrs.place, states_of_places().get(b.attrs.place or "")}
                                       if b.label == "VISIT" else set())
    return a.label == b.label and told_as(a.attrs.status) == told_as(b.attrs.status) \
        and bool(own) and own <= set(a.attrs.participants) \
        and a.attrs.place is not None and b.attrs.place is not None \
        and (one_place(a.attrs.place, b.attrs.place) and near_days(a.attrs.date, b.attrs.date)
             or _site_then_its_state(a, b))


def _site_then_its_state(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether visit `b`, told after visit `a` on the very day (a day, not a week), goes to a state
    where `a` goes to a site the catalogue does not know, so cannot place («وزار السفير ... الطفلة
    زينب في مستشفى النهضة بمسقط», then «وقال: ان السفير السعودي بسلطنة عمان زار الطفلة»; «استقبل ...
    ظريف في مطار الكويت الدولي», then «زيارة ... ظريف للكويت»): one visitor is not at a named site
    and on a visit of his own to a state on one day, so it is the site's visit told again (the
    caller has checked its parties lie within `a`'s). A city or region told after the site is no
    such state: a tour of it keeps its own visit beside its stops (docs/realtext-annotation.md)."""
    site, state = a.attrs.place, b.attrs.place
    if a.label != "VISIT" or site is None or state is None or state not in states():
        return False
    if site in catalogue_ids():  # a place the catalogue knows (`one_place` read its scale),
        return False  # or no place at all («روسيا اليوم» read as the channel rt)
    return day_of(a.attrs.date) is not None and a.attrs.date == b.attrs.date


def _one_happening(a: Span[EventAttrs], b: Span[EventAttrs], headline: bool = False,
                   written: str | None = None) -> bool:
    """Same type, statuses that agree (`_statuses_agree`), the parties of one within those of
    the other (the visit told again by the visitor: «زيارتي ليست مفاجئة»), and no disagreeing
    place, date or round; a headline names the city where the body names the palace («يستقبل
    فيدان في القاهرة», «في قصر التحرير بالقاهرة»), so a headline's place does not disagree.
    A lone party's meeting is not every one he had; his visit or agreement is the one told with
    him among its parties («الاتفاق النووي الذي أبرم في 14 يوليو مع إيران», then «الاتفاق النووي
    بين إيران ومجموعة 5+1»: one agreement). A report told as made on a time of its own long
    before the day of writing `written` is not one told still to come (`_apart_in_time`). (A visit
    told under way as another planned is one too: `under_way_as_planned`, read by the caller.)"""
    if a.label != b.label or not _statuses_agree(a, b) or _apart_in_time(a, b, written):
        return False
    pa = {party_state(a, p) for p in a.attrs.participants}  # «الرياض» acting: «السعودية»
    pb = {party_state(b, p) for p in b.attrs.participants}
    if _one_visit_by_another_name(a, b):
        return True
    acting = acting_for(pa, pb) or acting_for(pb, pa)  # the states' talks, told again by their ministers
    if not acting and (not pa or not pb or not (pa <= pb or pb <= pa)):
        return False
    if not acting and min(len(pa), len(pb)) == 1 and len(pa) != len(pb) and a.label not in _LONE_WITHIN:
        return False  # a meeting of X and Y is not every meeting X had; a visit is its parties'
    if not headline and not one_place(a.attrs.place, b.attrs.place):
        return False
    r1, r2 = a.attrs.round, b.attrs.round
    return (r1 is None or r2 is None or r1 == r2) and (near_days(a.attrs.date, b.attrs.date)
                                                       or _reported_later(a, b) or _year_to_come(a, b))


_LONE_WITHIN = frozenset({"VISIT", "AGREE"})
PAST_DAYS = 7  # days before the day of writing by which a time told as past lies wholly behind it


def _apart_in_time(a: Span[EventAttrs], b: Span[EventAttrs], written: str | None) -> bool:
    """Whether one report is told as made (or under way) on a time of its own that ended a week or
    more before the day of writing `written` («زار الرئيس الصين في ديسمبر الماضي»), and the other
    is told still to come (planned, expected: «زيارته المقبلة إلى الصين»), in either order: the
    visit to come lies after the writing, the one made wholly before it, so they are two visits
    (a background visit recalled beside the one announced), whatever their parties and place.
    An undated report told as made says nothing of its time: it may tell the coming one again."""
    today = day_of((written or "")[:10])
    if today is None:
        return False
    for made, coming in ((a, b), (b, a)):
        if told_as(made.attrs.status) != "happened" or coming.attrs.status not in TO_COME:
            continue
        span = interval(made.attrs.date)
        if span is not None and (today - span[1]).days >= PAST_DAYS:
            return True
    return False


def under_way_as_planned(a: Span[EventAttrs], b: Span[EventAttrs],
                         written: str | None) -> Span[EventAttrs] | None:
    """Of a visit told under way with no day of its own (dated the day of writing `written`, or
    not at all: «وذكرت أن لافروف يزور قطر لمناقشة ...») and the visit of the same visitor to the
    same place told still to come within a week of the writing («خلال زيارة عمل لقطر يومي الثاني
    والثالث من أغسطس»), the one still to come: the present tense of reported speech tells the
    planned visit again: its visitors among the planned visit's parties, none its host. None when
    the two are not such a pair."""
    today = day_of((written or "")[:10])
    if today is None or a.label != "VISIT" or b.label != "VISIT" or a.attrs.place is None \
            or b.attrs.place is None or not one_place(a.attrs.place, b.attrs.place):
        return None
    for now, coming in ((a, b), (b, a)):
        if now.attrs.status != "ongoing" or coming.attrs.status not in TO_COME \
                or now.attrs.date not in (None, today.isoformat()) or not now.attrs.participants \
                or not set(now.attrs.participants) <= set(coming.attrs.participants) \
                or any(coming.attrs.roles.get(p) == "host" for p in now.attrs.participants):
            continue
        span = interval(coming.attrs.date)
        if span is not None and 0 <= (span[0] - today).days <= PAST_DAYS:
            return coming
    return None


def _year_to_come(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether two visits still to come, to one named place, are one announced first by its year
    and then by a time within that year («زيارته لطهران ستجري هذا العام», «سأرافقه في زيارته لطهران
    في أكتوبر»): a visit planned is told at the scale the teller knows; a visit made is not."""
    if a.label != "VISIT" or a.attrs.status not in TO_COME or b.attrs.status not in TO_COME:
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
    if day_of(a.attrs.date) is None or day_of(b.attrs.date) is None:
        return False  # a week or a month holds many visits («يزور فابيوس إيران الأسبوع المقبل»)
    if a.attrs.place is None or b.attrs.place is None:
        return False
    return one_place(a.attrs.place, b.attrs.place) and near_days(a.attrs.date, b.attrs.date)


def _one_visit_of_many_hosts(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Two visits made by one visitor (a guest of both) to one place (at any scale) on one day, each
    with hosts of its own («تكللت الزيارة التي قام بها الأمير X إلى مصر ولقاؤه الرئيس Y», «وصل إلى القاهرة ...
    التقى خلالها Z»): one stop of one trip, whose hosts are those of both (a trip is one VISIT a
    stop, docs/realtext-annotation.md § Events)."""
    if a.label != "VISIT" or b.label != "VISIT" or a.attrs.date is None or a.attrs.date != b.attrs.date:
        return False
    if a.attrs.place is None or b.attrs.place is None or not one_place(a.attrs.place, b.attrs.place):
        return False
    ga, gb = ({p for p in e.attrs.participants if e.attrs.roles.get(p) == "guest"} for e in (a, b))
    return bool(ga & gb)


def _statuses_agree(a: Span[EventAttrs], b: Span[EventAttrs]) -> bool:
    """Whether two reports of one article may tell one happening with their statuses. A visit under
    way (يزور حاليا) is the visit told as made (زار). Other statuses, but a hypothetical one, tell
    one happening where both reports name its place: the visit announced in the lead («يغادر ...
    في زيارة يلتقي خلالها») and the one planned in the body, the visit a source reports and the one
    an official will neither confirm nor deny («لا يمكنهما تأكيد أو نفي زيارة سليماني لموسكو»).
    Two or more parties told again with another status are one happening too, a place named or
    not («وسيجري رودريغيز وكيري محادثات», «سيتوجه رودريغيز ... للقاء نظيره الأميركي جون كيري»).
    So are reports of two leaders and of the states they act for («قمة بين الرئيسين السيسي وبوتين»
    planned, «القمة ... مع المسؤولين من كلا البلدين»: `acting_for`).
    A lone party's status of its own with no place is another happening («ليست على جدول رحلة كيري
    الذي لم يزرها منذ عدة أشهر», beside his tour's stops), and so is one with other parties: the
    visit announced («سيتوجه الى طهران») is not the one told with another visitor («بعد زيارة ...
    غابريال»)."""
    sa, sb = told_as(a.attrs.status), told_as(b.attrs.status)
    if sa == sb:
        return True
    if "hypothetical" in (sa, sb):
        return False
    parties, other = set(a.attrs.participants), set(b.attrs.participants)
    placed = a.attrs.place is not None and b.attrs.place is not None
    if acting_for(parties, other) or acting_for(other, parties):
        return True  # «قمة بين الرئيسين السيسي وبوتين», then «القمة ... مع المسؤولين من كلا البلدين»
    return parties == other and (len(parties) > 1 or placed)


def told_as(status: str | None) -> str | None:
    """A status as one happening's reports may tell it: a visit under way (يزور حاليا) and
    the same visit told as made (زار) are one."""
    return "happened" if status == "ongoing" else status


def near_days(a: str | None, b: str | None) -> bool:
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


def _narrower(a: str | None, b: str | None, label: str) -> str | None:
    """Of two places that do not disagree, the one that says more: the known one, the city
    rather than its state; but a visit keeps the country its first report names as visited
    («زيارة الأمير X إلى مصر», then «بعد زيارته إلى القاهرة»: Egypt), the guide's «a country
    visited is the place», a later report's city no place of its own."""
    if a is None or label == "VISIT":
        return a or b
    return b if b is not None and states_of_places().get(b) == a else a
