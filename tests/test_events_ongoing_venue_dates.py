"""Events (issue 15): an event under way (الذي يزور العراق حاليا) is `ongoing`, not one after a
past auxiliary or a subjunctive particle, nor one in a headline or dated before the report; the
one place a «وذلك في» clause names is the event's place however far; a timex inside a name
(الدكتور عبدالله الجمعة) dates nothing. The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.model import SegmentAttrs, Span, TimexAttrs
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import marked, run


def test_an_imperfect_visit_verb_is_ongoing() -> None:
    evs = run("نقل الموقع عن [فالون](PER:fallon) الذي يزور [العراق](LOC:iraq) حاليا أن الطائرات ساعدت.",
              published="2015-08-04")
    assert [(e.label, e.attrs.participants, e.attrs.status) for e in evs] == [
        ("VISIT", ["fallon"], "ongoing")]


def test_a_perfect_visit_verb_happened() -> None:
    evs = run("زار [فالون](PER:fallon) [العراق](LOC:iraq) وبحث الأوضاع.", published="2015-08-04")
    assert [(e.label, e.attrs.status) for e in evs] == [("VISIT", "happened")]


def test_an_imperfect_light_verb_makes_talks_ongoing() -> None:
    evs = run("تجري [تركيا](LOC:turkey) محادثات مع [اليونان](LOC:greece) بشأن الحدود.",
              published="2015-08-04")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "ongoing")]


def test_an_ongoing_event_still_takes_the_report_day() -> None:
    evs = run("وصرح [فالون](PER:fallon) الذي يزور [العراق](LOC:iraq) حاليا بأن الطائرات ساعدت.",
              published="2015-08-04")
    assert [(e.attrs.status, e.attrs.date) for e in evs] == [("ongoing", "2015-08-04")]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "past_auxiliary"],
                         ids=lambda r: r["form"])
def test_each_past_auxiliary_puts_an_imperfect_visit_in_the_past(row: dict[str, str]) -> None:
    # right before the verb it tells a habit, no one happening (round 35: status.told_as_habit)
    evs = run(f"و{row['form']} يزور [العراق](LOC:iraq) الوزير [فالون](PER:fallon) كل عام.",
              published="2015-08-04")
    assert evs == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "subjunctive"],
                         ids=lambda r: r["form"])
def test_each_subjunctive_particle_makes_an_imperfect_visit_no_event_under_way(row: dict[str, str]) -> None:
    evs = run(f"قال [فالون](PER:fallon) {row['form']} يزور [العراق](LOC:iraq) مجددا.", published="2015-08-04")
    assert all(e.attrs.status != "ongoing" for e in evs)


def test_a_wish_that_he_visit_is_not_ongoing() -> None:
    evs = run("تمنت جدته أن يزور الرئيس [أوباما](PER:obama) بلدة [كوغيلو](LOC:kogelo).",
              published="2015-07-26")
    assert all(e.attrs.status != "ongoing" for e in evs)


def test_a_headlines_imperfect_happened() -> None:
    art = marked("[الملك سلمان](PER:salman) يستقبل [ماكرون](PER:macron)\nاستقبل [الملك سلمان](PER:salman) "
                 "الرئيس [ماكرون](PER:macron) في [الرياض](LOC:riyadh).", published="2015-08-04")
    cut = art.text.index("\n")
    art.set_layer("segments", [Span(0, cut, "title", SegmentAttrs()), Span(cut + 1, len(art.text), "body",
                                                                           SegmentAttrs())])
    quotes.func(art)
    events.func(art)
    assert [e.attrs.status for e in art.layer("events")] == ["happened"]


def test_an_imperfect_dated_before_the_report_happened() -> None:
    evs = run("وفي يوم [الثلاثاء 24 فبراير](DATE:2015-02-24) يستقبل [الملك سلمان](PER:salman) الرئيس "
              "[ماكرون](PER:macron).", published="2015-08-04")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "happened")]


def test_an_imperfect_dated_after_the_report_is_planned() -> None:
    evs = run("يستقبل [الملك سلمان](PER:salman) الرئيس [ماكرون](PER:macron) [غدا](DATE:2015-08-05).",
              published="2015-08-04")
    assert [(e.label, e.attrs.status) for e in evs] == [("MEET", "planned")]


def test_the_place_of_a_venue_clause_past_the_reach() -> None:
    evs = run("قام عدد من مسؤولي [الاتصالات السعودية](ORG:telecom) بزيارة معايدة لعدد من مرضى الفشل الكلوي "
              "التابعين لجمعية [الأمير فهد بن سلمان الخيرية لرعاية مرضى الفشل الكلوي](ORG:kellana)، وذلك في "
              "مركز دار العرب الطبي في [الرياض](LOC:riyadh).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "riyadh")]


def test_a_far_place_without_a_venue_clause_is_not_taken() -> None:
    evs = run("قام عدد من مسؤولي [الاتصالات السعودية](ORG:telecom) بزيارة معايدة لعدد من مرضى الفشل الكلوي "
              "التابعين لجمعية [الأمير فهد بن سلمان الخيرية لرعاية مرضى الفشل الكلوي](ORG:kellana) التي "
              "تأسست قبل أعوام كثيرة جدا في [الرياض](LOC:riyadh).")
    assert all(e.attrs.place is None for e in evs)


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "venue_clause"],
                         ids=lambda r: r["form"])
def test_each_venue_clause_word_gives_a_far_place(row: dict[str, str]) -> None:
    evs = run("قام مسؤولو [الاتصالات السعودية](ORG:telecom) بزيارة معايدة لعدد كبير من مرضى الفشل الكلوي "
              f"التابعين لجمعية [كلانا](ORG:kellana)، {row['form']} في مركز دار العرب الطبي في "
              "[الرياض](LOC:riyadh).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "riyadh")]


def _with_name_timex(src: str, word: str, value: str, published: str) -> list[Span]:
    """Events of `src` with a timex `value` over the last `word`, inside a person's name."""
    art = marked(src, published)
    at = art.text.rindex(word)
    inside = Span(at, at + len(word), "DATE", TimexAttrs(value=value))
    art.set_layer("timexes", [*art.layer("timexes"), inside])
    quotes.func(art)
    events.func(art)
    return art.layer("events")


def test_a_weekday_inside_a_name_dates_nothing() -> None:
    evs = _with_name_timex("تفقد الوكيل الدكتور [عبدالله الجمعة](PER:juma) [أمس](DATE:2015-08-05) المستشفى. "
                           "واستهل الدكتور [عبدالله الجمعة](PER:juma) جولته بزيارة مرافق "
                           "[المستشفى الجامعي](ORG:hospital).", "الجمعة", "2015-07-31", "2015-08-06")
    assert [(e.label, e.attrs.date) for e in evs] == [("VISIT", "2015-08-05")]


def test_a_weekday_outside_a_name_dates_the_event() -> None:
    evs = run("واستهل الدكتور [عبدالله](PER:juma) يوم [الجمعة](DATE:2015-07-31) جولته بزيارة مرافق "
              "[المستشفى الجامعي](ORG:hospital).", published="2015-08-06")
    assert [(e.label, e.attrs.date) for e in evs] == [("VISIT", "2015-07-31")]


def test_an_event_with_no_location_of_its_own_takes_the_one_place_of_the_sentence_before() -> None:
    evs = run("دشن الوكيل [عبدالله الجمعة](PER:juma) المستشفى الجامعي بمدينة [السيح](LOC:sih). "
              "واستهل [الجمعة](PER:juma) جولته بزيارة مرافق [المستشفى](ORG:hospital).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", "sih")]


def test_two_places_before_give_no_place() -> None:
    evs = run("دشن الوكيل [عبدالله الجمعة](PER:juma) المستشفى في [السيح](LOC:sih) ثم في [الخرج](LOC:kharj). "
              "واستهل [الجمعة](PER:juma) جولته بزيارة مرافق [المستشفى](ORG:hospital).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", None)]


def test_a_sentence_naming_a_location_takes_no_place_from_before() -> None:
    evs = run("دشن الوكيل [عبدالله الجمعة](PER:juma) المستشفى الجامعي بمدينة [السيح](LOC:sih). "
              "واستهل [الجمعة](PER:juma) جولته بزيارة مرافق [المستشفى](ORG:hospital) التابع "
              "لـ[الخرج](LOC:kharj).")
    assert all(e.attrs.place != "sih" for e in evs)


def test_an_offices_seat_before_is_no_place() -> None:
    evs = run("وكان مدير التعليم بمنطقة [جازان](LOC:jazan) قد أعد البرنامج. "
              "واستهل [عزام الدخيل](PER:dakheel) جولته بزيارة مرافق [المستشفى](ORG:hospital).")
    assert [(e.label, e.attrs.place) for e in evs] == [("VISIT", None)]


def test_a_delayed_arrival_is_still_to_come() -> None:
    evs = run("وهو ما أدى إلى تأخير وصول ممثلي [صندوق النقد الدولي](ORG:imf) إلى [أثينا](LOC:athens).",
              published="2015-07-25")
    assert [(e.label, e.attrs.participants, e.attrs.status) for e in evs] == [("VISIT", ["imf"], "planned")]


def test_an_imperfect_after_the_lam_of_purpose_is_no_event_under_way() -> None:
    evs = run("تركني الصحافيون ليستقبلوا الممثلة [أنجيلينا جولي](PER:jolie) مع [براد بيت](PER:pitt).",
              published="2015-07-25")
    assert all(e.attrs.status != "ongoing" for e in evs)


def test_an_event_at_a_time_of_day_is_dated_by_its_day() -> None:
    evs = run("استقبل [علي الحازمي](PER:hazmi) [صباح أمس](DATE:2015-07-20TMO) وفدا من [بيدو](ORG:baidu).",
              published="2015-07-21")
    assert [(e.label, e.attrs.date) for e in evs] == [("MEET", "2015-07-20")]


def test_an_event_over_days_keeps_its_interval() -> None:
    evs = run("زار [شويغو](PER:shoigu) [الصين](LOC:china) [بين 11 و14 نوفمبر](DATE:2024-11-11/2024-11-14).",
              published="2024-11-12")
    assert [(e.label, e.attrs.date) for e in evs] == [("VISIT", "2024-11-11/2024-11-14")]
