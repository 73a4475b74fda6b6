"""Events still to come whose sentence's day is past (issue 15, round 22): a visit an invitation
aims at, one a span of time after the clause's own event (قبل يومين من زيارة X), and the meetings of
a visit still to come are planned, not happened on the sentence's day (events/to_come.py)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_DAY = "2015-08-06"


def _rows(kind: str) -> list[dict[str, str]]:
    return [r for r in load_table("event_cues") if r["kind"] == kind]


def _told(evs: list) -> list[tuple[str, str, str | None]]:
    return [(e.label, e.attrs.status, e.attrs.date) for e in evs]


def test_a_visit_an_accepted_invitation_aims_at_is_planned_with_no_date() -> None:
    evs = run("قالت [الخارجية الإيطالية](ORG:mfa) [أمس](DATE:2015-08-05) إن الرئيس [حسن روحاني](PER:rouhani) "
              "قبل دعوة لزيارة [روما](LOC:rome).", published=_DAY)
    assert _told(evs) == [("VISIT", "planned", None)]


def test_an_invitation_to_a_visit_after_ila_past_the_invitees_titles_is_planned() -> None:
    evs = run("دعا الوزير [عز الدين الأصبحي](PER:asbahi) [أمس](DATE:2015-08-05) رئيس اللجنة العربية لحقوق "
              "الإنسان [هادي اليامي](PER:yami) في [القاهرة](LOC:cairo) إلى زيارة [عدن](LOC:aden).",
              published=_DAY)
    assert _told(evs) == [("VISIT", "planned", None)]
    evs = run("وصل [هادي اليامي](PER:yami) [أمس](DATE:2015-08-05) إلى زيارة [عدن](LOC:aden).", published=_DAY)
    assert [e.attrs.status for e in evs] == ["happened"]  # no invitation: an arrival


@pytest.mark.parametrize("row", _rows("ahead_time"), ids=lambda r: r["form"])
def test_a_visit_a_span_of_time_ahead_is_planned_with_no_date(row: dict[str, str]) -> None:
    evs = run(f"وقالت المصادر إن اللقاء جاء [أمس](DATE:2015-08-05) {row['form']} [يومين](DATE:P2D) فقط من "
              "زيارة [لوران فابيوس](PER:fabius) إلى [طهران](LOC:tehran).", published=_DAY)
    assert [t for t in _told(evs) if t[0] == "VISIT"] == [("VISIT", "planned", None)]


def test_a_visit_a_span_of_time_behind_or_with_no_span_is_no_visit_to_come() -> None:
    evs = run("وجاء البيان [أمس](DATE:2015-08-05) بعد [يومين](DATE:P2D) من زيارة [لوران فابيوس](PER:fabius) "
              "إلى [طهران](LOC:tehran).", published=_DAY)
    assert all(e.attrs.status != "planned" for e in evs)
    evs = run("وجاء ذلك قبل الإعلان من زيارة [لوران فابيوس](PER:fabius) إلى [طهران](LOC:tehran) "
              "[أمس](DATE:2015-08-05).", published=_DAY)
    assert all(e.attrs.status != "planned" for e in evs)


def test_the_meeting_of_a_planned_visits_programme_is_planned_too() -> None:
    evs = run("سيتوجه الأمير [محمد بن سلمان](PER:mbs) إلى [الأردن](LOC:jordan) في زيارة يلتقي خلالها الملك "
              "[عبدالله الثاني](PER:abdullah).", published=_DAY)
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "planned"), ("MEET", "planned")]
    evs = run("يزور الأمير [محمد بن سلمان](PER:mbs) [الأردن](LOC:jordan) حاليا ويلتقي خلالها الملك "
              "[عبدالله الثاني](PER:abdullah).", published=_DAY)
    assert "planned" not in [e.attrs.status for e in evs]  # a visit under way: its meetings are not to come


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "proviso"],
                         ids=lambda r: r["form"])
def test_an_arranged_meeting_is_planned_though_its_sentence_is_dated_before(row: dict[str, str]) -> None:
    evs = run(f"بدأ [بيتر ماورر](PER:maurer) [السبت](DATE:2015-08-01) زيارة إلى [اليمن](LOC:yemen)، "
              f"{row['form']} يجري [ماورر](PER:maurer) محادثات مع [عبدالملك الحوثي](PER:houthi).",
              published=_DAY)
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "happened"), ("MEET", "planned")]
    evs = run(f"وقال [المعلم](PER:muallem) إن الأولوية للإرهاب، {row['form']} يلتقي "
              "[دي ميستورا](PER:mistura) [اليوم](DATE:2015-08-06) بالرئيس [بشار الأسد](PER:assad).",
              published=_DAY)
    assert _told(evs) == [("MEET", "planned", "2015-08-06")]  # its own day, told after it
    evs = run(f"وشدد [الجبير](PER:jubeir) {row['form']} مباحثات [محمد بن سلمان](PER:mbs) و[السيسي](PER:sisi) "
              "كانت مثمرة.", published=_DAY)
    assert [e.attrs.status for e in evs] == ["happened"]  # a noun right after it: what is said of talks held


def test_a_verb_with_the_future_prefix_stays_to_come_whatever_day_the_page_bears() -> None:
    # round 36: «وسيزور X داماتورو اليوم» on a page dated the day after: the prefix says the visit was
    # still to come when written, not made
    evs = run("وسيزور رئيس الأركان الجديد [توكور بوراتاي](PER:buratai) الذي تسلم مهامه الخميس، "
              "[داماتورو](LOC:damaturu) [اليوم](DATE:2015-07-17) للاحتفال بالعيد مع الجنود.",
              published="2015-07-18")
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "planned")]
    # an imperfect without it, dated before the page, is told as made
    evs = run("ويزور رئيس الأركان الجديد [توكور بوراتاي](PER:buratai) [داماتورو](LOC:damaturu) "
              "[اليوم](DATE:2015-07-17) للاحتفال بالعيد مع الجنود.", published="2015-07-18")
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "happened")]


def test_an_intention_told_on_a_past_saying_stays_to_come_with_no_date() -> None:
    # events-dev-fresh23 17742: «وقال كيري الشهر الماضي انه يعتزم أن يناقش مع لافروف»: last month is
    # when he spoke, not when the talks were; read as the talks' day it made them happened
    evs = run("وقال [كيري](PER:kerry) [الشهر الماضي](DATE:2015-07) انه يعتزم أن يناقش مع "
              "[لافروف](PER:lavrov) سبل محاربة التنظيم.", published="2015-08-03")
    assert _told(evs) == [("MEET", "planned", None)]
    # a departure announced the day before the page left that day (events-dev-fresh2 14285): the
    # saying's day stays, and the visit is told as made
    evs = run("وأعلن الديوان [أمس](DATE:2015-08-02) أن الأمير [محمد بن سلمان](PER:mbs) سيغادر إلى "
              "[مصر](LOC:egypt) في زيارة عمل.", published="2015-08-03")
    assert _told(evs) == [("VISIT", "happened", "2015-08-02")]
    # the talks' own day after the complementizer is theirs
    evs = run("وقال [كيري](PER:kerry) [الشهر الماضي](DATE:2015-07) انه يعتزم أن يناقش مع "
              "[لافروف](PER:lavrov) [غدا](DATE:2015-08-04) سبل محاربة التنظيم.", published="2015-08-03")
    assert _told(evs) == [("MEET", "planned", "2015-08-04")]
