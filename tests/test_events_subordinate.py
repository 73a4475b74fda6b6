"""A subordinate clause or a fronted time phrase has parties of its own (issue 15, round 17
random-news sample: a party from another clause): an event told in one takes no name of the
main clause, save the main subject its verb or possessed noun drops; a name in a clause after
the main one is no party of the main clause's event. The `event_senses` rows of kinds
subordinator and fronted, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_SUBORDINATORS = [r["form"] for r in load_table("event_senses") if r["kind"] == "subordinator"]
_FRONTED = [r["form"] for r in load_table("event_senses") if r["kind"] == "fronted"]


@pytest.mark.parametrize("form", _SUBORDINATORS)
def test_an_agreement_in_a_subordinate_clause_takes_its_own_parties(form: str) -> None:
    evs = run(f"وصل الوزير [آشتون كارتر](PER:carter) إلى [الرياض](LOC:riyadh) للاجتماع بالملك "
              f"[سلمان](PER:salman) {form} أبرمت [واشنطن](LOC:washington) اتفاقا نوويا مع [إيران](LOC:iran).")
    assert ("AGREE", ["washington", "iran"]) in labelled_parties(evs)


@pytest.mark.parametrize("form", _SUBORDINATORS)
def test_a_name_in_a_subordinate_clause_is_no_party_of_the_main_event(form: str) -> None:
    evs = run(f"التقى [الأمير سعود](PER:saud) [جون كيري](PER:kerry) أمس {form} وصل [عادل الجبير](PER:jubeir) "
              "إلى [جدة](LOC:jeddah).")
    assert ("MEET", ["saud", "kerry"]) in labelled_parties(evs)


@pytest.mark.parametrize("form", _FRONTED + _SUBORDINATORS)
def test_the_main_clause_after_a_fronted_phrase_gives_no_party(form: str) -> None:
    evs = run(f"{form} محادثات [واشنطن](LOC:washington) مع [إيران](LOC:iran) في [فيينا](LOC:vienna)، "
              "رجح الخبير [عبدالمنعم سعيد](PER:said) أن تسعى إدارة [باراك أوباما](PER:obama) "
              "إلى استثمار الأجواء.")
    assert [p for _, ps in labelled_parties(evs) for p in ps if p in ("said", "obama")] == []


def test_a_fronted_phrase_with_a_conjunction_written_on_it() -> None:
    evs = run("فبعد أيام من قيام [الحوثيين](ORG:houthis) بتدريبات ومناورات على الحدود، "
              "وإعلان [إيران](LOC:iran) عن جسر جوي، كان نداء الرئيس [عبد ربه منصور هادي](PER:hadi).")
    assert labelled_parties(evs) == [("EXERCISE", ["houthis"])]


def test_a_possessed_noun_in_a_fronted_phrase_shares_the_main_subject() -> None:
    evs = run("وخلال لقائه مع [جون كيري](PER:kerry)، أكد [عادل الجبير](PER:jubeir) أن العلاقات قوية.")
    assert labelled_parties(evs) == [("MEET", ["kerry", "jubeir"])]


def test_a_subordinate_verb_with_no_doer_of_its_own_shares_the_subject() -> None:
    evs = run("التقى [الأمير سعود](PER:saud) [جون كيري](PER:kerry) عندما زار [الرياض](LOC:riyadh) "
              "الشهر الماضي.")
    assert ("VISIT", ["saud"]) in labelled_parties(evs)


def test_a_fronted_clause_keeps_its_doer_for_the_main_event() -> None:
    evs = run("بعد أن وصل [عادل الجبير](PER:jubeir) إلى [الرياض](LOC:riyadh)، التقى [الأمير سعود](PER:saud).")
    assert ("VISIT", ["jubeir"]) in labelled_parties(evs)
    assert ("MEET", ["jubeir", "saud"]) in labelled_parties(evs)


def test_a_fronted_phrase_without_a_comma_decides_nothing() -> None:
    evs = run("بعد أن وصل [عادل الجبير](PER:jubeir) إلى [الرياض](LOC:riyadh) التقى [الأمير سعود](PER:saud).")
    assert ("MEET", ["jubeir", "saud"]) in labelled_parties(evs)


def test_a_name_in_what_is_reported_after_bian_is_no_party_of_the_visit_before() -> None:
    # «اعترف X الذي عاد من زيارة لفرنسا بأن ...»: what he admits is a clause of its own
    evs = run("وأقر الرئيس [خوان ألبيرتو](PER:juan) الذي عاد من زيارة ل[إيطاليا](LOC:italy) بأن فرار "
              "المتهم أضر بالثقة وأن الحل هو القبض على [رامون فيغا](PER:ramon).")
    assert labelled_parties(evs) == [("VISIT", ["juan"])]
    evs = run("وصرح الوزير [سامي العتيبي](PER:sami) بأن الأمير [فهد بن خالد](PER:fahd) التقى الرئيس "
              "[ماكي سال](PER:sall) في [داكار](LOC:dakar).")
    assert labelled_parties(evs) == [("MEET", ["fahd", "sall"])]
