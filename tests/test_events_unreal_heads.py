"""An event's verbal noun right after a noun of possibility, condition or opposition (issue 15,
round 41 events-dev errors: «احتمال توصل إيران إلى اتفاق», «معارضتهم لإبرام اتفاق موسع»): the deal
is weighed, set as a condition or opposed, not reported, and makes no event; a plain «لـ» of purpose
(«بالتواصل مع X لتوقيع اتفاقية») keeps it. The `event_cues` rows of kind unreal_head, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_HEADS = [r["form"] for r in load_table("event_cues") if r["kind"] == "unreal_head"]


@pytest.mark.parametrize("form", _HEADS)
def test_a_deal_after_a_head_of_possibility_or_opposition_is_no_event(form: str) -> None:
    evs = run(f"وتراجعت أسعار النفط أمس بسبب {form} توقيع [إيران](LOC:iran) اتفاقا مع "
              "[فرنسا](LOC:france) في [باريس](LOC:paris).")
    assert [label for label, _ in labelled_parties(evs)] == []


def test_without_the_head_the_signing_is_told() -> None:
    evs = run("وتراجعت أسعار النفط أمس بسبب توقيع [إيران](LOC:iran) اتفاقا مع [فرنسا](LOC:france) في "
              "[باريس](LOC:paris).")
    assert [(label, set(ps)) for label, ps in labelled_parties(evs)] == [("AGREE", {"iran", "france"})]


def test_a_plain_purpose_lam_is_no_such_head() -> None:
    evs = run("وقامت [هيئة المواصفات](ORG:saso) بالتواصل مع [هيئة الرقابة الصينية](ORG:aqsiq) "
              "لتوقيع اتفاقية تعاون لمكافحة السلع المقلدة.")
    assert [label for label, _ in labelled_parties(evs)] == ["AGREE"]
    evs = run("وسحب مفاوضو [كوريا الجنوبية](LOC:korea) معارضتهم لإبرام اتفاق موسع مع "
              "[اليابان](LOC:japan).")
    assert [label for label, _ in labelled_parties(evs)] == []


def test_a_hoped_for_dialogue_is_no_meeting() -> None:
    # round 42 (events-dev-fresh23 30398): «ونأمل في حوار بين X و Y» hopes for talks, none held
    evs = run("وقال الوزير إن الجانبين بحثا الأزمة، ونأمل في حوار بين [إيران](LOC:iran) و"
              "[السعودية](LOC:saudi_arabia) قريبا.")
    assert [label for label, _ in labelled_parties(evs)] == []
    evs = run("وقال الوزير إن الجانبين بحثا الأزمة، وجرى حوار بين [إيران](LOC:iran) و"
              "[السعودية](LOC:saudi_arabia) أمس.")
    assert [label for label, _ in labelled_parties(evs)] == ["MEET"]


def test_no_interest_in_talks_is_no_meeting() -> None:
    # round 42 (events-dev-fresh11 3503): «أنها غير مهتمة بحوار مع X»
    evs = run("وأعلن الرئيس [كيم جونغ أون](PER:kim) أنه غير مهتم بحوار مع الرئيس "
              "[باراك أوباما](PER:obama).")
    assert [label for label, _ in labelled_parties(evs)] == []


def test_a_condition_noun_reaches_past_its_adjectives_to_the_lam() -> None:
    # round 42 (events-dev-fresh25 10063): «شرط لازم وضروري لإبرام اتفاق جيد مع إيران»
    evs = run("وقال النواب إن التفتيش شرط لازم وضروري لإبرام [فرنسا](LOC:france) اتفاقا مع "
              "[إيران](LOC:iran).")
    assert [label for label, _ in labelled_parties(evs)] == []


def test_a_definite_word_after_the_head_stops_it() -> None:
    # «شرط» then a definite noun: the head's own complement, the signing after it is told
    evs = run("ورفعت الحكومة شرط التأشيرة لتوقيع [فرنسا](LOC:france) اتفاقا مع [إيران](LOC:iran) "
              "في [باريس](LOC:paris).")
    assert [label for label, _ in labelled_parties(evs)] == ["AGREE"]


_REFUSALS = [r["form"] for r in load_table("event_cues") if r["kind"] == "refusal_head"]


def test_a_reception_refused_is_no_meeting() -> None:
    """«مع رفض ايران استقبال مشعل وقيادة حماس» (events-dev-fresh20 7794): the reception refused, its
    refuser named between the word of refusing and the noun, is no meeting; «رفض» before an agreement
    noun leaves the agreement told, and the reception told without the refusal is a meeting."""
    assert run("وقال [علي](PER:a) إن الدعوة لا تستقيم مع رفض [ايران](LOC:ir) استقبال [خالد مشعل](PER:m) "
               "في [طهران](LOC:t).") == []
    assert run("وانتقد [علي](PER:a) رفض استقبال [خالد مشعل](PER:m) في [طهران](LOC:t).") == []
    evs = run("وانتقد [علي](PER:a) استقبال [خالد مشعل](PER:m) في [طهران](LOC:t).")
    assert [label for label, _ in labelled_parties(evs)] == ["MEET"]


@pytest.mark.parametrize("form", _REFUSALS)
def test_every_word_of_refusing_keeps_the_meeting_from_taking_place(form: str) -> None:
    assert run(f"وانتقد [علي](PER:a) {form} استقبال [خالد مشعل](PER:m) في [طهران](LOC:t).") == []
    assert run(f"وقال إنه {form} لقاء [نتنياهو](PER:n) مع [عباس](PER:a).") == []


def test_talks_a_side_is_ready_or_pressed_to_join_are_no_meeting() -> None:
    # round 45's ruling (events-dev-more 2439, events-dev-fresh14 29377): «مدى استعداد واشنطن للانخراط في
    # محادثات جديدة مع إيران», «قد تضغط على طالبان للانخراط في محادثات السلام»: a stance, no talks held
    evs = run("وفي ما يتعلق بمدى استعداد [واشنطن](LOC:us) للانخراط في محادثات جديدة مع [إيران](LOC:iran) "
              "حول بعض القضايا الإقليمية.")
    assert [label for label, _ in labelled_parties(evs)] == []
    evs = run("وقال الرئيس إن [إسلام أباد](LOC:pk) قد تضغط على [طالبان](ORG:taliban) للانخراط في محادثات "
              "السلام مع [كابول](LOC:af).")
    assert [label for label, _ in labelled_parties(evs)] == []
    evs = run("وانخرطت [واشنطن](LOC:us) أمس في محادثات جديدة مع [إيران](LOC:iran).")
    assert [label for label, _ in labelled_parties(evs)] == ["MEET"]
