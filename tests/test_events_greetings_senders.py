"""Events (issue 15, round 25): whoever sends the greetings a guest conveys («نقل فيه تحيات خادم
الحرمين الشريفين الملك X والأمير Y») is no party to the meeting, nor a name joined to him by و; a
name joined by و to a party stays one. The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run


def test_the_senders_of_greetings_are_no_parties() -> None:
    evs = run("وعقد الملك [عبدالله الثاني](PER:a2) اجتماعا مع الأمير [محمد بن سلمان](PER:mbs)، نقل فيه تحيات "
              "خادم الحرمين الشريفين الملك [سلمان بن عبدالعزيز](PER:salman) وصاحب السمو الملكي الأمير "
              "[محمد بن نايف](PER:mbn) إلى أخيهما.")
    assert labelled_parties(evs) == [("MEET", ["a2", "mbs"])]


def test_a_letter_from_a_king_and_a_prince_names_no_parties() -> None:
    evs = run("واستقبل الملك [عبدالله الثاني](PER:a2) الأمير [محمد بن سلمان](PER:mbs) وتسلم رسالة من "
              "الملك [سلمان](PER:salman) والأمير [محمد بن نايف](PER:mbn).")
    assert labelled_parties(evs) == [("MEET", ["a2", "mbs"])]


def test_a_name_after_a_verb_past_the_sender_stays_a_party() -> None:
    evs = run("وتسلم الرئيس [السيسي](PER:sisi) رسالة من الملك [سلمان](PER:salman) والتقى الأمير "
              "[محمد بن نايف](PER:mbn).")
    assert any("mbn" in e.attrs.participants for e in evs)
    assert not any("salman" in e.attrs.participants for e in evs)


def test_two_hosts_joined_by_and_stay_parties() -> None:
    evs = run("واستقبل الملك [عبدالله الثاني](PER:a2) والأمير [الحسين](PER:hussein) الأمير "
              "[محمد بن سلمان](PER:mbs).")
    assert sorted(evs[0].attrs.participants) == ["a2", "hussein", "mbs"]


@pytest.mark.parametrize("row", [r for r in load_table("event_cues")
                                 if r["kind"] == "owner" and r["form"] in ("تحيات", "تحية")],
                         ids=lambda r: r["form"])
def test_each_greeting_row_names_a_sender(row: dict[str, str]) -> None:
    evs = run(f"والتقى الرئيس [السيسي](PER:sisi) الأمير [محمد بن سلمان](PER:mbs) الذي نقل إليه {row['form']} "
              "الملك [سلمان](PER:salman).")
    assert labelled_parties(evs) == [("MEET", ["sisi", "mbs"])]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "unnamed_trade"],
                         ids=lambda r: r["form"])
def test_agreements_with_unnamed_traders_are_none(row: dict[str, str]) -> None:
    evs = run(f"ووقعت [مصر](LOC:eg) مذكرات تفاهم مع {row['form']}.", published="2015-08-01")
    assert [e for e in evs if e.label == "AGREE"] == []


def test_an_agreement_with_a_named_company_stays() -> None:
    evs = run("ووقعت [مصر](LOC:eg) اتفاقية مع شركة [إيني](ORG:eni) الإيطالية.")
    assert labelled_parties(evs) == [("AGREE", ["eg", "eni"])]
