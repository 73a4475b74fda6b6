"""False events of issue 15, round 24 (events-dev): a verb in the first person (وصلنا, التقينا,
زارنا) tells the writer's or an interviewee's own doing, no event between named actors; an
agreement on a course (اتفق الجانبان على ...) of the parties of a meeting told that day is what
they agreed in it, folded into the meeting (the guide: agreements reached within a reported
meeting are its content), while a deal signed, or one agreed elsewhere or another day, stays an
event. The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_MEETING = ("وعقد [السيسي](PER:sisi) اجتماعا مع [محمد بن سلمان](PER:mbs) [أمس](DATE:2015-07-30) في "
            "[القاهرة](LOC:cairo). ")


def _shape(evs: list) -> list[tuple[str, list[str], list[str]]]:
    return [(e.label, e.attrs.participants, [c.type for c in e.attrs.content]) for e in evs]


def test_a_first_person_verb_is_no_event_between_named_actors() -> None:
    assert run("وقال [الصيدي](PER:s): نعم وصلنا إلى [جنيف](LOC:geneva) رغم قناعتنا.") == []
    assert run("وقال [الصيدي](PER:s) إننا التقينا [هادي](PER:hadi) في [عدن](LOC:aden).") == []
    assert run("ونرد الزيارة لمن زارنا من [آل سعيد](PER:saeed) في [الطائف](LOC:taif).") == []
    evs = run("والتقى [الصيدي](PER:s) [هادي](PER:hadi) في [عدن](LOC:aden).", published="2015-07-31")
    assert _shape(evs) == [("MEET", ["s", "hadi"], [])]
    evs = run("ووصل [الصيدي](PER:s) إلى [جنيف](LOC:geneva) أمس.", published="2015-07-31")
    assert _shape(evs) == [("VISIT", ["s"], [])]


@pytest.mark.parametrize("row", [r for r in load_table("event_affixes") if r["kind"] == "first_person"],
                         ids=lambda r: r["affix"])
def test_every_first_person_ending_makes_the_visit_no_event(row: dict[str, str]) -> None:
    assert run(f"وقال [الصيدي](PER:s) إننا وصل{row['affix']} إلى [جنيف](LOC:geneva) أمس.") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "accord_verb"],
                         ids=lambda r: r["form"])
def test_every_verb_of_accord_after_a_meeting_of_its_parties_is_its_content(row: dict[str, str]) -> None:
    evs = run(_MEETING + f"و{row['form']} [السيسي](PER:sisi) و[محمد بن سلمان](PER:mbs) على وضع حزمة "
              "من الآليات.", published="2015-07-31")
    assert _shape(evs) == [("MEET", ["sisi", "mbs"], ["AGREE"])]


def test_the_two_sides_agreeing_after_their_meeting_is_its_content() -> None:
    evs = run(_MEETING + "وقد اتفق الجانبان على وضع حزمة من الآليات.", published="2015-07-31")
    assert _shape(evs) == [("MEET", ["sisi", "mbs"], ["AGREE"])]


def test_a_deal_signed_or_agreed_elsewhere_or_with_no_meeting_stays_an_event() -> None:
    evs = run(_MEETING + "ووقع الجانبان اتفاقية تعاون عسكري.", published="2015-07-31")
    assert [e.label for e in evs] == ["MEET", "AGREE"]
    evs = run(_MEETING + "واتفق الجانبان في [الرياض](LOC:riyadh) [في مايو](DATE:2015-05) على وضع حزمة "
              "من الآليات.", published="2015-07-31")
    assert [e.label for e in evs] == ["MEET", "AGREE"]
    evs = run("واتفق [السيسي](PER:sisi) و[البشير](PER:bashir) على تفعيل العلاقات.", published="2015-07-31")
    assert _shape(evs) == [("AGREE", ["sisi", "bashir"], [])]
