"""A definite visit noun whose visitor is named after it with the lam of possession, past its
definite adjectives («وحول الزيارة الأخيرة لرئيس المكتب السياسي لحركة حماس خالد مشعل», «على غرار
الزيارة الرسمية للرئيس أوباما»), has its own participant (`noun_participants.attached`), and the
adjective after it is no thing visited: a noun with the article takes no noun in construct
(`senses.thing_arriving` reads «زيارة الموقع» only). A body named right after the lam is the place
visited, no visitor (events-dev-fresh30 7950, fresh19 19163)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_DAY = "2015-07-23T08:00:00"


def test_the_visitor_after_the_lam_past_adjectives() -> None:
    evs = run("وحول الزيارة الأخيرة لرئيس المكتب السياسي ل[حركة حماس](ORG:hamas) [خالد مشعل](PER:mashal) "
              "قال الوزير إنها لم تغير شيئا.", _DAY)
    assert labelled_parties(evs) == [("VISIT", ["mashal"])]
    evs = run("ثمن الأردنيون الزيارة الميمونة لولي العهد الأمير [محمد بن سلمان](PER:mbs) أمس.", _DAY)
    assert labelled_parties(evs) == [("VISIT", ["mbs"])]


def test_the_visitor_after_the_lam_and_article() -> None:
    evs = run("وصورت الأفلام على غرار الزيارة الرسمية للرئيس [باراك أوباما](PER:obama) العام الماضي.", _DAY)
    assert labelled_parties(evs) == [("VISIT", ["obama"])]


def test_a_body_after_the_lam_is_no_visitor() -> None:
    assert run("وحول الزيارة الأخيرة ل[جامعة الملك سعود](ORG:ksu) قال الوزير إنها ناجحة.", _DAY) == []


def test_a_definite_visit_noun_with_no_one_after_it_stays_no_event() -> None:
    assert run("وحول الزيارة الأخيرة قال الوزير [خالد العلي](PER:k) إنها ناجحة.", _DAY) == []
