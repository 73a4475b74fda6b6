"""The date of an event in its sentence: the resolved timex nearest the trigger, not one past
another trigger word; else the one day a long sentence names; else the day the sentence before
tells. A timex inside a name is part of the name and dates nothing (الدكتور عبدالله الجمعة: a
surname, not Friday). One before a complementizer that opens the trigger's clause («قال مصدران
أمس الجمعة إن X زار روسيا», «أعلن فابيوس امس انه سيتوجه الى ايران "الاسبوع المقبل"») dates the
saying (`_dates_the_saying`): the event takes it only where its clause names no day of its own
and its trigger is no perfect verb (`own_date`)."""

from __future__ import annotations

import datetime as dt
import re

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, quote_cues, sense_word
from marsad.events.triggers import definite_trigger_noun
from marsad.events.verb_tense import perfect_verb
from marsad.model import Span, TimexAttrs

_DATE_WINDOW = 16
_DATE_VALUE = re.compile(r"^(\d{4}|XXXX)")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a day, or a time of one (2015-08-07TEV)
_NAMES = ("PER", "ORG", "LOC")
_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_OCCASION = "feast_occasion"  # the dates' pattern of a feast named as the occasion of a greeting
_NAME_REACH = 80  # characters a name may reach past either end of a timex inside it
_YEAR = re.compile(r"^\d{4}$")
_YEAR_WRITTEN = "year"  # a year written out (منذ 1959), not one counted back («منذ سنتين»: two years ago)


def _dates_of(ctx: ArticleContext, start: int, end: int) -> list[Span[TimexAttrs]]:
    """The timexes between two offsets, less those inside a name (عبدالله الجمعة, جامعة 6
    أكتوبر): the name's words, not a date; and less a feast named as the occasion of a greeting
    («استقبل المهنئين بمناسبة عيد الفطر»): the visit may be any day of the feast or after it."""
    return [t for t in ctx.timexes if start <= t.start < end and t.attrs.pattern != _OCCASION
            and not any(m.start < t.end and t.start < m.end for m in ctx.mentions_in(
                max(0, t.start - _NAME_REACH), t.end + _NAME_REACH, _NAMES))]


def _day_of(value: str) -> str:
    """The day of a time of day (صباح أمس: 2015-07-20TMO → 2015-07-20): an event is dated by its
    day; other values as they are."""
    return value[:10] if _DAY.match(value) and value[10:11] == "T" else value


def _past_another(at: int, start: int, others: list[int]) -> bool:
    """Another trigger word stands between the trigger at `at` and a timex at `start`."""
    return any(min(at, start) < o < max(at, start) for o in others)


_COMPLEMENTIZER = frozenset({"complementizer"})  # إن, أن, بأن, انه: opens what is said (quote_cues)
_CLAUSE_OPENER = frozenset({"clause_opener"})  # بعد أن, قبل أن: an adverbial clause, not what is said


def _dates_the_saying(sent: Sentence, at: int, start: int) -> bool:
    """Whether a timex at offset `start` stands before the trigger at `at` with a complementizer
    between them (`quote_cues` rows: إن, أن, بأن, انه), not one opening an adverbial clause (بعد
    أن): the timex belongs to the verb of saying or announcing before the complementizer («قال
    مصدران أمنيان أمس الجمعة إن X زار روسيا»: the sources spoke on Friday; the visit was in July),
    not to the event told in the clause after it."""
    if start >= at:
        return False
    ws = sent.words
    lo, hi = sent.word_index(start), sent.word_index(at)
    return any(quote_cues().at(ws, j, _COMPLEMENTIZER) is not None
               and not (j > 0 and quote_cues().at(ws, j - 1, _CLAUSE_OPENER) is not None)
               for j in range(lo + 1, hi))


def saying_day(ctx: ArticleContext, sent: Sentence, at: int, date: str | None) -> bool:
    """Whether `date`, the day given to the event of the trigger at `at`, is only the day of the
    saying before its clause (`_dates_the_saying`: «وقال كيري الشهر الماضي انه يعتزم أن يناقش مع
    لافروف»): every timex of the sentence with that value stands so, none in the clause told."""
    said = False
    for t in _dates_of(ctx, sent.start, sent.end):
        if _day_of(str(t.attrs.value or "")) != date:
            continue
        if not _dates_the_saying(sent, at, t.start):
            return False
        said = True
    return said


def own_date(ctx: ArticleContext, sent: Sentence, at: int, others: list[int]) -> str | None:
    """The resolved timex nearest the trigger at `at` in its sentence, not one past another
    trigger word (`others`: ... على الاجتماع المقبل لوزراء الدفاع في 27 أغسطس: that
    meeting's date, not the talks' told before it). One of the saying before the trigger's
    clause (`_dates_the_saying`) only where the clause told has none of its own and its trigger
    is no perfect verb: «أعلن فابيوس امس انه سيتوجه الى ايران "الاسبوع المقبل"» goes next week;
    «قال مصدران أمس الجمعة إن X زار روسيا» tells a visit made before Friday, on a day it does not
    say; «أعلن الديوان اليوم أن الأمير سيغادر ... في زيارة» keeps the day of the announcement.
    A year a stretch begins at (`_since_year`: «منذ 1959») dates nothing."""
    told: tuple[int, str] | None = None
    saying: tuple[int, str] | None = None
    k0 = sent.word_index(at)
    for t in _dates_of(ctx, sent.start, sent.end):
        if _quoted_apart(ctx, at, t.start):
            continue
        value = str(t.attrs.value or "")
        if not _DATE_VALUE.match(value):
            continue  # durations (P2D) and vague references (FUTURE_REF) date nothing
        if _past_another(at, t.start, others) or _since_year(sent, t) \
                or _another_events_clause(sent, at, t.start):
            continue  # ... عقب الاتفاق الذي تم التوصل إليه الثلاثاء الماضي: the agreement's day
        dist = abs(sent.word_index(t.start) - k0)
        if dist > _DATE_WINDOW:
            continue
        if _dates_the_saying(sent, at, t.start):
            saying = (dist, _day_of(value)) if saying is None or dist < saying[0] else saying
        elif told is None or dist < told[0]:
            told = (dist, _day_of(value))
    if told is not None:
        return told[1]
    return saying[1] if saying is not None and not _reported_past(sent, at) else None


_RELATIVE_REACH = 3  # words from an event noun to its relative pronoun (الاتفاق النووي الأخير الذي)
_BACKGROUND = frozenset({"background"})  # عقب, بعد: the noun after it is a past event recalled


def _another_events_clause(sent: Sentence, at: int, start: int) -> bool:
    """Whether a timex at offset `start`, after the trigger at `at`, stands in a relative clause of
    another event recalled as a time mark after the trigger («من المقرر أن يجري X محادثات ... عقب
    الاتفاق الذي تم التوصل إليه الثلاثاء الماضي»: the agreement's day, not the talks'): a relative
    pronoun between them whose antecedent, a few words before it, is an event noun with the article
    (even one that is no trigger where it stands) right after a `background` word of event_cues
    (عقب, بعد, إثر, منذ). Not the trigger's own relative clause («مذكرة التفاهم التي وقعها في شعبان»)."""
    if start <= at:
        return False
    ws = sent.words
    lo, hi = sent.word_index(at), sent.word_index(start)
    for j in range(hi - 1, lo + 1, -1):
        if not sense_word(ws[j], "relative_pronoun"):
            continue
        return any(event_cues().at(ws, k - 1, _BACKGROUND) is not None
                   and definite_trigger_noun(ws[k])
                   for k in range(max(lo + 2, j - _RELATIVE_REACH), j))
    return False


def _since_year(sent: Sentence, t: Span[TimexAttrs]) -> bool:
    """Whether the timex `t` is a year right after a preposition that opens a stretch from it
    (`since_prep` rows: منذ): where the stretch begins, not the day of the event told beside it
    («في أول زيارة لوزير خارجية كوبي إلى واشنطن منذ 1959»: the visit is this one). A year counted
    back («زارها منذ عامين»: two years ago) dates the event and is kept."""
    k = sent.word_index(t.start)  # the preposition may open the timex's span or stand right before it
    return t.attrs.pattern == _YEAR_WRITTEN and bool(_YEAR.match(str(t.attrs.value or ""))) and any(
        0 <= j < len(sent.words) and sense_word(sent.words[j], "since_prep") for j in (k - 1, k))


def _quoted_apart(ctx: ArticleContext, at: int, offset: int) -> bool:
    """Whether `offset` lies inside a quotation that does not hold the trigger at `at` («وأضاف X
    قائلا خلال زيارة لموسكو "ستستقر الأسعار في 2016"»): the speaker's words date what they tell,
    not the event of the sentence around them."""
    return any(q.label == "direct" and q.start <= offset < q.end and not q.start <= at < q.end
               for q in ctx.article.layer("quotes"))


def _reported_past(sent: Sentence, at: int) -> bool:
    """Whether the trigger at offset `at` is a perfect verb (زار, التقى, وقع): an event made
    before it was reported."""
    return any(sent.words[t.index].start == at and perfect_verb(t) for t in sent.triggers())


def only_day(ctx: ArticleContext, sent: Sentence, at: int, others: list[int]) -> str | None:
    """The one day a long sentence names, however far from the trigger (استقبل المستشار ...
    المشرف العام على مركز الملك سلمان ... د. عبدالله الربيعة أمس وزيرة الإعلام): a reception's
    titles may push its «أمس» past the date window, and no other day competes; not the day of
    the saying before a perfect verb's clause (`own_date`)."""
    past = _reported_past(sent, at)
    days = {str(t.attrs.value)[:10] for t in _dates_of(ctx, sent.start, sent.end)
            if _DAY.match(str(t.attrs.value or ""))
            and not _past_another(at, t.start, others) and not _another_events_clause(sent, at, t.start)
            and not (past and _dates_the_saying(sent, at, t.start))}
    return days.pop() if len(days) == 1 else None


def date_before(ctx: ArticleContext, sent: Sentence, at: int | None = None) -> str | None:
    """The day the sentence before tells, when the event's own sentence has none: «وصلت X الى
    فرنسا مساء أمس الجمعة ... والتقت الشابة الرئيس» (the last day-precise timex there). Not a day
    after the publication for a perfect verb trigger at offset `at` («ومن المقرر أن يصل X غدًا إلى
    بنين. وتأتي جولته بعد أن زار واشنطن»): what the verb tells was made, the day to come is the
    next leg's."""
    prev = ctx.sentence_before(sent)
    if prev is None:
        return None
    days = [str(t.attrs.value)[:10] for t in _dates_of(ctx, prev.start, prev.end)
            if _DAY.match(str(t.attrs.value or ""))]
    if days and at is not None and _reported_past(sent, at) \
            and against_publication(days[-1], ctx.article.published.written) > 0:
        return None
    return days[-1] if days else None


def against_publication(date: str | None, published: str | None) -> int:
    """1, 0 or -1: a date (a year, month, week or day) later than, within or earlier than the day
    the article was published, compared at the date's own precision (2015-09 is later than
    2015-08-10, 2015-08 within it, 2015-07 earlier; 2015-W32 later than 2015-08-02, a Sunday of
    week 31); 0 when either is unknown."""
    if not published:
        return 0
    if (w := _WEEK.match(date or "")) is not None and _DAY.match(published):
        year, week, _ = dt.date.fromisoformat(published[:10]).isocalendar()
        told = (int(w.group(1)), int(w.group(2)))  # 2015-W32: a week, compared as one
        return (told > (year, week)) - (told < (year, week))
    m = _CALENDAR.match(date or "")
    if m is None:
        return 0
    day = published[:len(m.group())]
    return (m.group() > day) - (m.group() < day)
