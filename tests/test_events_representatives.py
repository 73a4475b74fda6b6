"""Events of issue 15, round 32: representatives of a body (ممثلين عن X, ممثلو X, ممثلي X) act for
it as a delegation does (the events golds key the body: «وصول ممثلي الصندوق إلى أثينا», «ممثلين عن
مجموعة ميديف سيتوجهون إلى إيران», «استقبال القاهرة لممثلين عن الرئيس السابق»). The new
`delegation` rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_NEW = ("ممثلين", "ممثلي", "ممثلو", "ممثلون")


def test_representatives_received_are_their_body() -> None:
    evs = run("واستقبل الوزير [سامح شكري](PER:shoukry) أمس ممثلين عن [حركة حماس](ORG:hamas) في "
              "[القاهرة](LOC:cairo).", published="2015-07-22")
    assert labelled_parties(evs) == [("MEET", ["shoukry", "hamas"])]


def test_representatives_of_no_named_body_are_no_party() -> None:
    assert run("واستقبل الوزير [سامح شكري](PER:shoukry) أمس ممثلين عن القطاع الخاص.",
               published="2015-07-22") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses")
                                 if r["kind"] == "delegation" and r["form"] in _NEW], ids=lambda r: r["form"])
def test_every_representatives_noun_brings_in_its_body(row: dict[str, str]) -> None:
    evs = run(f"واستقبل الوزير [سامح شكري](PER:shoukry) أمس {row['form']} [حركة حماس](ORG:hamas).",
              published="2015-07-22")
    assert labelled_parties(evs) == [("MEET", ["shoukry", "hamas"])]


def test_the_bodies_listed_with_a_delegations_sender_send_it_too() -> None:
    evs = run("والتقى [يانيس كوستا](PER:k) و[مارك بيل](PER:b) أمس وفدا من [صندوق النقد الدولي](ORG:imf) "
              "و[المفوضية الأوروبية](ORG:ec).", published="2015-08-10")
    assert labelled_parties(evs) == [("MEET", ["k", "b", "imf", "ec"])]
    evs = run("وأشار الطرفان عقب اجتماع جمع [يانيس كوستا](PER:k) و[مارك بيل](PER:b) وزيري المالية "
              "والاقتصاد وممثلي [صندوق النقد الدولي](ORG:imf) و[المفوضية الأوروبية](ORG:ec) و[البنك "
              "المركزي الأوروبي](ORG:ecb)، إلى أن الخطة ستنتهي.", published="2015-08-10")
    assert labelled_parties(evs) == [("MEET", ["k", "b", "imf", "ec", "ecb"])]
