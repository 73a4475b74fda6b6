"""Events a sentence tells as still to come although its own day is past, so the sentence's day
is not theirs: a visit an invitation or a step aims at (قبل روحاني أمس دعوة لزيارة روما: the
acceptance was yesterday, the visit is to come), and an event noun a span of time after the
clause's own event («يأتي قبل يومين فقط من زيارة فابيوس إلى طهران», «قبل شهر واحد من زيارة مقررة»:
the visit comes after). Nor is the day of a saying before its clause, a month, a week or two days
or more before the page, the day of what it tells still to come («وقال كيري الشهر الماضي انه يعتزم أن
يناقش مع لافروف»: the talks are planned, undated). Left with the sentence's day, the caller would read
such an event as happened on that day."""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.dating import against_publication, saying_day
from marsad.events.lexicon import event_cues
from marsad.events.status import told_as_aim
from marsad.events.subordinate import clause_mark_before
from marsad.events.triggers import Trigger
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.model.dates import day_of

_AHEAD_TIME = "ahead_time"
_TO_COME = frozenset({"planned", "expected"})
_FROM = normalize("من")
SAID_DAYS = 2  # days before the day of writing from which what was said to come is not on that day


@cache
def widest_window(kind: str) -> int:
    """The widest window of the event_cues `kind` rows (ahead_time, apart_time): how far before «من»
    one may stand."""
    return max(int(r["window"]) for r in load_table("event_cues") if r["kind"] == kind)


def ahead_of_span(ctx: ArticleContext, sent: Sentence, t: Trigger, kind: str = _AHEAD_TIME) -> bool:
    """A noun trigger right after «من», with an `ahead_time` word (قبل) within its window before
    «من» and a span of time between them (قبل يومين فقط من زيارة X), no comma or name between;
    with `kind` apart_time, a word of either side of time (بعد يوم من زيارة لبغداد)."""
    ws = sent.words
    if t.row.pos != "noun" or t.index < 2 or ws[t.index - 1].norm != _FROM:
        return False
    for k in range(t.index - 2, max(-1, t.index - 2 - widest_window(kind)), -1):
        if clause_mark_before(ctx, ws, k + 1) or ctx.mention_at(ws[k]) is not None:
            return False
        cue = event_cues().at(ws, k, frozenset({kind}))
        if cue is not None:
            spanned = any(ctx.in_timex(w) for w in ws[k + 1:t.index - 1])  # يومين, شهر واحد
            return spanned and t.index - 1 - k <= int(cue.value or 0)
    return False


def to_come(ctx: ArticleContext, sent: Sentence, t: Trigger, status: str, date: str | None,
            told_before: bool) -> tuple[str, str | None]:
    """The status and date of the event of trigger `t` given the status its cues tell and the
    date its sentence gives: planned with no date a span of time ahead; no date for one to come
    that an invitation aims at or whose day the sentence before told («... أمس. وسيلتقي X»)."""
    if ahead_of_span(ctx, sent, t):
        return "planned", None
    if status in _TO_COME and (told_before or told_as_aim(sent.words, t)):
        return status, None
    if status in _TO_COME and _said_long_before(date, ctx.article.published.written) \
            and saying_day(ctx, sent, sent.words[t.index].start, date):
        return status, None  # «وقال كيري الشهر الماضي انه يعتزم أن يناقش ...»: the saying's day, past
    return status, date


def _said_long_before(date: str | None, written: str | None) -> bool:
    """Whether `date`, a saying's time, is a month or week before the day of writing `written`, or a
    day `SAID_DAYS` or more before it: what was then told still to come («قال كيري الشهر الماضي انه يعتزم
    أن يناقش») is not dated by it; a departure announced yesterday («أعلن الديوان أمس أن الأمير سيغادر
    إلى مصر») left that day."""
    if against_publication(date, written) >= 0:
        return False
    day, today = day_of(date), day_of((written or "")[:10])
    return day is None or today is None or (today - day).days >= SAID_DAYS
