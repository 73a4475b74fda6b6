"""Which triggers are kept (issue 15, round 6): a verb in the first person outside a quotation
tells the writer's own doings (a column, a memoir, an interview's answers), and a verb of
discussing before a preposition of seeking is a search; neither is an event between named
actors. Each row of `first_person` (event_affixes.tsv) and `search_prep` (event_senses.tsv)."""

from __future__ import annotations

import pytest

from marsad.events.words import first_person_endings
from marsad.lang import load_table
from tests.test_events_units import run

_FIRST_PERSON = {"نا": "اتفقنا", "يت": "التقيت"}  # a first person verb of each ending


def test_the_writer_meeting_or_agreeing_is_no_event() -> None:
    assert run("وفي مطار القاهرة التقيت بـ[أحمد ضياء الدين](PER:diaa) وكنت أرتاح إليه.") == []
    assert run("وكنا قد اتفقنا مع [كريم](PER:karim) على منح حياتنا شيئا من الحرية.") == []


def test_a_speaker_saying_we_signed_inside_a_quotation_keeps_the_event() -> None:
    evs = run("وقال [كيري](PER:kerry): «وقعنا على اتفاق تاريخي مع [إيران](LOC:iran)».")
    assert [e.label for e in evs] == ["AGREE"]


def test_the_third_person_is_no_first_person() -> None:
    evs = run("والتقت [ايزابيل بريم](PER:prime) الرئيس الفرنسي [فرنسوا هولاند](PER:hollande) "
              "في [باريس](LOC:paris).")
    assert [e.label for e in evs] == ["MEET"]
    evs = run("واتفق [لافروف](PER:lavrov) و[كيري](PER:kerry) على موعد اللقاء.")
    assert [e.label for e in evs] == ["AGREE"]


@pytest.mark.parametrize("row", [r for r in load_table("event_affixes") if r["kind"] == "first_person"],
                         ids=lambda r: r["affix"])
def test_every_first_person_ending_makes_the_writer_a_party(row: dict[str, str]) -> None:
    assert row["affix"] in first_person_endings()
    verb = _FIRST_PERSON[row["affix"]]
    assert run(f"وفي [باريس](LOC:paris) {verb} مع [ظريف](PER:zarif) في الفندق.") == []


def test_searching_for_solutions_is_no_talks_but_discussing_with_a_partner_is() -> None:
    assert run("وأوضح أن [باريس](LOC:paris) تبحث عن الحلول السياسية مع [طهران](LOC:tehran).") == []
    evs = run("وبحث [لافروف](PER:lavrov) مع [كيري](PER:kerry) الأوضاع في [سوريا](LOC:syria).")
    assert [e.label for e in evs] == ["MEET"]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "search_prep"],
                         ids=lambda r: r["form"])
def test_every_preposition_of_seeking_makes_a_search(row: dict[str, str]) -> None:
    src = "وأوضح أن [لافروف](PER:lavrov) يبحث {} قنوات للاتصال مع [كيري](PER:kerry)."
    assert run(src.format(row["form"])) == []
