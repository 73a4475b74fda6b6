"""False events of issue 15, round 32 (events-dev-fresh21): a verb of agreeing on a course whose
على opens on a view held («اتفقت مصر والسودان على أهمية تعزيز التعاون», «على ضرورة ...») tells
that both sides say the same thing, no deal made; an agreement on a course (على تشكيل لجنة),
a deal signed, and a view-noun that is no object of the verb's على stay events. The new
table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _labels(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


def test_agreeing_on_the_importance_of_a_thing_is_no_agreement() -> None:
    assert run("اتفقت [مصر](LOC:egypt) و[السودان](LOC:sudan) على أهمية تعزيز التعاون الاقتصادي بين "
               "البلدين.") == []
    assert run("واتفق [السيسي](PER:sisi) و[البشير](PER:bashir) خلال لقائهما الهاتفي الأخير على ضرورة "
               "وقف القتال.") == []


def test_agreeing_on_a_course_or_signing_stays_an_event() -> None:
    evs = run("واتفق [السيسي](PER:sisi) و[البشير](PER:bashir) على تشكيل لجنة مشتركة.", published="2015-07-31")
    assert _labels(evs) == [("AGREE", ["sisi", "bashir"])]
    evs = run("ووقعت [مصر](LOC:egypt) و[السودان](LOC:sudan) اتفاقية على أهمية التعاون.",
              published="2015-07-31")
    assert [e.label for e in evs] == ["AGREE"]


def test_a_view_noun_in_another_clause_leaves_the_agreement() -> None:
    evs = run("واتفق [السيسي](PER:sisi) و[البشير](PER:bashir) الذي شدد على أهمية اللقاء على تشكيل لجنة.",
              published="2015-07-31")
    assert [e.label for e in evs] == ["AGREE"]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "shared_view"],
                         ids=lambda r: r["form"])
def test_every_shared_view_noun_makes_the_accord_no_event(row: dict[str, str]) -> None:
    assert run(f"واتفق [السيسي](PER:sisi) و[البشير](PER:bashir) على {row['form']} التعاون.") == []
    evs = run(f"واتفق [السيسي](PER:sisi) و[البشير](PER:bashir) على دعم {row['form']} التعاون.",
              published="2015-07-31")
    assert [e.label for e in evs] == ["AGREE"]
