"""Journeys and their events (issue 15, round 23): one told on its day by an imperfect verb of
setting out or arriving (`event_senses.tsv` setting_out) is planned with the programme its clause
gives it, as is a meeting a journey is made for (journey_aim); a visit to a place told after its
visitor's reception keeps its receiver as host; talks under way dated only by the sentence before
stay under way; a directorate is a site; a city alone is no party to a deal."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r for r in load_table("event_senses") if r["kind"] == "setting_out"]


def _statuses(src: str, published: str = "2015-07-30T08:00:00") -> list[tuple[str, str]]:
    return sorted((e.label, e.attrs.status) for e in run(src, published))


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_verb_of_setting_out_plans_the_visit_and_its_meetings(row: dict[str, str]) -> None:
    src = (f"{row['form']} الأمير [خالد](PER:khalid) ولي العهد [اليوم](DATE:2015-07-30) إلى [مصر](LOC:egypt) "
           "في زيارة عمل يلتقي خلالها الرئيس [حسن](PER:hasan).")
    assert _statuses(src) == [("MEET", "planned"), ("VISIT", "planned")]


def test_the_verb_of_setting_out_as_the_trigger_is_planned() -> None:
    assert _statuses("يتوجه الوزير [خالد](PER:khalid) [اليوم](DATE:2015-07-30) إلى [باريس](LOC:paris).") \
        == [("VISIT", "planned")]


def test_a_page_written_after_the_day_keeps_a_journey_told_for_tomorrow_planned() -> None:
    src = ("يغادر - بمشيئة الله - [يوم غد](DATE:2015-07-30) الأمير [خالد](PER:khalid) إلى [مصر](LOC:egypt) "
           "في زيارة عمل.")
    assert _statuses(src, "2015-07-31T08:00:00") == [("VISIT", "planned")]


def test_a_journey_under_way_now_is_no_plan() -> None:
    assert _statuses("استقبل [علي](PER:ali) [أمس](DATE:2015-07-29) [خالد](PER:khalid) الذي يصل "
                     "إلى [عمان](LOC:amman) حاليا.") == [("MEET", "happened"), ("VISIT", "ongoing")]


def test_a_past_auxiliary_before_it_keeps_the_journey_a_habit_told() -> None:
    # a habit, no one happening: no visit (round 35: status.told_as_habit), and none to come
    src = "كان يتوجه [خالد](PER:khalid) إلى [مصر](LOC:egypt) في زيارة كل عام."
    assert _statuses(src) == []


def test_an_event_recalled_after_a_time_word_stays_made() -> None:
    src = ("يتوجه الوزير [خالد](PER:khalid) [اليوم](DATE:2015-07-30) إلى [طهران](LOC:tehran) في زيارة، "
           "وذلك بعد أقل من أسبوع من التوصل إلى اتفاق بين [إيران](LOC:iran) و[ألمانيا](LOC:germany).")
    assert ("AGREE", "happened") in _statuses(src)


def test_a_visit_to_a_place_told_after_the_reception_keeps_the_receiver_as_host() -> None:
    # the events golds name him a party (events-dev rows 22331, 19777, 29387: «استقبل الأمير X ...
    # Y الذي يزور المنطقة حاليا» -> VISIT [Y, X]); a gold naming the visitor alone still matches
    evs = run("استقبل الأمير [فيصل بن خالد](PER:faisal) أمير [منطقة عسير](LOC:asir) "
              "[صباح أمس](DATE:2015-08-05) بمكتبه بالإمارة مساعد مدير الأمن العام اللواء [جمعان](PER:jamaan) "
              "الذي يزور المنطقة حاليا.",
              "2015-08-06T08:00:00")
    meet = [e for e in evs if e.label == "MEET"]
    visit = [e for e in evs if e.label == "VISIT"]
    assert [e.attrs.roles for e in meet] == [{"faisal": "host", "jamaan": "guest"}]
    assert [(e.attrs.participants, e.attrs.place) for e in visit] == [(["jamaan", "faisal"], "asir")]
    assert [e.attrs.roles for e in visit] == [{"faisal": "host", "jamaan": "guest"}]


def test_a_visit_told_before_its_reception_keeps_the_receiver() -> None:
    evs = run("زار الوزير [خالد](PER:khalid) [الرياض](LOC:riyadh) [أمس](DATE:2015-08-05) حيث استقبله الأمير "
              "[فيصل](PER:faisal).", "2015-08-06T08:00:00")
    assert any(e.label == "VISIT" and "faisal" in e.attrs.participants for e in evs)


_AIMS = [r for r in load_table("event_senses") if r["kind"] == "journey_aim"]


@pytest.mark.parametrize("row", _AIMS, ids=lambda r: r["form"])
def test_every_journey_plans_the_meeting_it_is_made_for(row: dict[str, str]) -> None:
    src = (f"{row['form']} الوزير [خالد](PER:khalid) إلى [الرياض](LOC:riyadh) [اليوم](DATE:2015-07-30) "
           "للاجتماع بالملك [سلمان](PER:salman).")
    assert ("MEET", "planned") in _statuses(src)


def test_an_agreement_reached_after_a_journey_word_is_no_aim() -> None:
    src = ("وصل الوزير [خالد](PER:khalid) إلى [طهران](LOC:tehran) [اليوم](DATE:2015-07-30) بعد التوصل إلى "
           "اتفاق بين [إيران](LOC:iran) و[ألمانيا](LOC:germany).")
    assert ("AGREE", "happened") in _statuses(src)


def test_a_meeting_in_a_directorate_named_as_a_body_is_there() -> None:
    evs = run("استقبل اللواء [علي](PER:ali) في مكتبه ب[مديرية سجون القصيم](ORG:prisons) "
              "[أمس](DATE:2015-08-07) الشيخ [حسن](PER:hasan).", "2015-08-08T08:00:00")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "prisons")]


def test_talks_under_way_dated_only_by_the_sentence_before_stay_under_way() -> None:
    evs = run("فاز [حزب الشعب](ORG:chp) بمقاعد في الانتخابات [يوم 7 يونيو](DATE:2015-06-07). ويجري "
              "[حزب العدالة](ORG:akp) و[حزب الشعب](ORG:chp) محادثات لتشكيل ائتلاف.", "2015-07-24T08:00:00")
    assert [(e.label, e.attrs.status, e.attrs.date) for e in evs] == [("MEET", "ongoing", "2015-07-24")]


@pytest.mark.parametrize("word", ["قادم", "مقبل"])
def test_an_indefinite_word_of_a_time_to_come_plans_the_noun(word: str) -> None:
    src = f"واكتفت [الولايات المتحدة](LOC:us) بالوعد باجتماع {word} مع [دول الخليج](ORG:gcc) لبحث المخاوف."
    assert _statuses(src) == [("MEET", "planned")]


def test_a_state_alone_signs_a_deal_a_city_alone_names_one() -> None:
    kept = run("مع إبرام الاتفاق النووي بين [إيران](LOC:iran) والقوى الكبرى [أمس](DATE:2015-07-14) يعود "
               "الوزراء.", "2015-07-15T08:00:00")
    assert [(e.label, e.attrs.participants) for e in kept] == [("AGREE", ["iran"])]
    lone = run("مع إبرام الاتفاق بين [الفلبين](LOC:philippines) والدول المستقدمة يعود العمال.")
    assert [(e.label, e.attrs.participants) for e in lone] == [("AGREE", ["philippines"])]
    named = run("وذلك استنادا إلى توقيع الدولة على اتفاقية [واشنطن](LOC:washington_dc) لتسوية النزاعات.")
    assert [e for e in named if e.label == "AGREE"] == []


_TITLED = ("يتوجه صاحب السمو الملكي الأمير [خالد بن فهد بن سعود](PER:khalid) ولي ولي العهد النائب الثاني "
           "لرئيس [مجلس الوزراء](ORG:cabinet) وزير الدفاع غدا الثلاثاء إلى [المملكة الأردنية](LOC:jordan).")


def test_the_reports_opening_verb_of_going_reaches_its_goal_past_the_doers_full_titles() -> None:
    evs = run(_TITLED)
    assert [(e.label, e.attrs.participants, e.attrs.place) for e in evs] == [("VISIT", ["khalid"], "jordan")]


def test_a_verb_of_going_later_in_the_report_keeps_the_shorter_reach() -> None:
    evs = run("أصدر الديوان بيانا. " + _TITLED)
    assert [e for e in evs if e.label == "VISIT"] == []
