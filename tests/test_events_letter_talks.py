"""Events of round 32 (second part): a cable of thanks after a visit that names the talks its
writer held («المباحثات المشتركة التي عقدناها») reports the visit's meeting, of the writer and the
addressee its own sentence names («بعث X برقية شكر لـY»), held where the visit was. Talks told
with no first person, or with no letter that names both sides, stay as before. The new table
rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_CABLE = ("بعث الأمير [فيصل بن خالد](PER:faisal) برقية شكر للرئيس [ماكي سال](PER:sall) رئيس "
          "[السنغال](LOC:sn) بعد انتهاء زيارته [للسنغال](LOC:sn) فيما يلي نصها:\n"
          "فخامة الرئيس: يسرني وأنا أغادر بلدكم أن أعرب لكم عن شكري على حسن الاستقبال.\n")


def test_the_talks_we_held_are_the_writers_meeting_with_the_addressee() -> None:
    evs = run(_CABLE + "لقد أكدت المباحثات المشتركة التي عقدناها عمق العلاقات بين بلدينا.",
              published="2015-08-02")
    assert labelled_parties(evs) == [("VISIT", ["faisal", "sall"]), ("MEET", ["faisal", "sall"])]
    assert evs[1].attrs.place == "sn" and evs[1].attrs.status == "happened"


def test_talks_with_no_first_person_or_no_letter_stay_a_reference() -> None:
    evs = run(_CABLE + "لقد أكدت المباحثات المشتركة عمق العلاقات بين بلدينا.", published="2015-08-02")
    assert [e.label for e in evs] == ["VISIT"]
    evs = run("وقال الوزير إن المباحثات التي عقدناها أكدت عمق العلاقات.", published="2015-08-02")
    assert evs == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "our_holding"],
                         ids=lambda r: r["form"])
def test_every_verb_of_holding_we_did_makes_the_meeting(row: dict[str, str]) -> None:
    evs = run(_CABLE + f"لقد أكد اللقاء الذي {row['form']} عمق العلاقات.", published="2015-08-02")
    assert ("MEET", ["faisal", "sall"]) in labelled_parties(evs)


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "letter_noun"],
                         ids=lambda r: r["form"])
def test_every_letter_noun_names_writer_and_addressee(row: dict[str, str]) -> None:
    evs = run(f"وبعث الأمير [فيصل بن خالد](PER:faisal) {row['form']} إلى الرئيس [ماكي سال](PER:sall) "
              "جاء فيها:\nلقد أكدت المباحثات التي أجريناها عمق العلاقات بين بلدينا.", published="2015-08-02")
    assert labelled_parties(evs) == [("MEET", ["faisal", "sall"])]


def test_the_visit_a_letter_thanks_for_is_the_writers_to_the_addressee() -> None:
    evs = run("أكد الأمير [فيصل بن خالد](PER:faisal) متانة العلاقات. وقال في برقية شكر للرئيس "
              "[ماكي سال](PER:sall) بعد انتهاء زيارته [للسنغال](LOC:sn): «يسرني أن أشكركم على حسن "
              "الاستقبال».", published="2015-07-20")
    assert labelled_parties(evs) == [("VISIT", ["faisal", "sall"])]
    assert evs[0].attrs.roles == {"faisal": "guest", "sall": "host"}


def test_a_visit_told_before_the_letter_names_its_addressee_stays() -> None:
    evs = run("وبعد انتهاء زيارته [للسنغال](LOC:sn) قال الرئيس [ماكي سال](PER:sall) في برقية للأمير "
              "[فيصل بن خالد](PER:faisal): «شكرا».", published="2015-07-20")
    assert ("VISIT", ["faisal", "sall"]) not in labelled_parties(evs)
