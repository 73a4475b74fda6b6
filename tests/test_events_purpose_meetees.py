"""Whom a visit goes to meet is not its visitor (events.purpose_meetees, round 50)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_DAY = "2015-08-01T08:00:00"


def test_those_a_visit_goes_to_meet_are_not_its_visitors() -> None:
    # events-dev-fresh30 25940: «وصل الوزير الأميركي إلى الدوحة للقاء وزراء مجلس التعاون الخليجي»
    # has VISIT [john_kerry] alone; with the visitor unnamed, the Gulf council was taken as him. Since
    # round 53 an unnamed minister with his state's adjective, no one of that state told before, is his
    # state's side (events.untold_anaphors; the round-53 ruling: 14 of 14 dev rows): the visit is the
    # United States', the council it goes to meet still no visitor
    evs = run("وصل الوزير الأميركي إلى [الدوحة](LOC:doha) للقاء وزراء [مجلس التعاون الخليجي](ORG:gcc).", _DAY)
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == [["united_states"]]
    evs = run("وصل وزير الخارجية إلى [الدوحة](LOC:doha) للاجتماع بأمير [قطر](LOC:qa) "
              "[تميم](PER:tamim).", _DAY)
    assert [e for e in evs if e.label == "VISIT"] == []


def test_a_named_visitor_keeps_his_visit_and_the_meeting_its_parties() -> None:
    evs = run("وصل [كيري](PER:kerry) إلى [الدوحة](LOC:doha) للقاء وزراء "
              "[مجلس التعاون الخليجي](ORG:gcc).", _DAY)
    assert labelled_parties(evs) == [("VISIT", ["kerry"]), ("MEET", ["kerry", "gcc"])]


def test_the_head_met_at_a_body_visited_is_its_host() -> None:
    # events-dev-fresh25 20316, events-dev-fresh 686: a visit to a body, its head met there a party
    evs = run("وسيتوجه [برونو رودريغيز](PER:br) بعد ذلك الى [وزارة الخارجية](ORG:dos) للقاء نظيره الاميركي "
              "[جون كيري](PER:kerry).", _DAY)
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and "kerry" in visit[0].attrs.participants
