"""False events of issue 15, round 51 (events-dev-fresh30 23641, fresh25 14119): an agreement told as
what a reported meeting or visit reached («خلال الاجتماع اتفق المعلم وبن علوي على …», «واتفقت السعودية
ومصر خلال الزيارة على …», «تكللت الزيارة … باتفاق بين الرياض والقاهرة») is the meeting's content, no AGREE
of its own (the guide: the events-dev-fresh4 rule, round 49's joint statements, ruled in round 50);
a signing told so, an agreement told with no meeting and a crowning verb before a signing stay AGREEs
(`events.meeting_contents`). The new table rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r for r in load_table("event_cues") if r["kind"] == "meeting_content"]


def _agreements(evs: list) -> list[list[str]]:
    return [sorted(e.attrs.participants) for e in evs if e.label == "AGREE"]


def test_an_agreement_reached_during_the_meeting_is_its_content() -> None:
    evs = run("وقالت الوكالة إنه خلال الاجتماع اتفق [المعلم](PER:m) و[العلوي](PER:b) على تشكيل لجنة مشتركة.",
              "2015-08-07T08:00:00")
    assert _agreements(evs) == []
    evs = run("وقالت الوكالة إنه اتفق [المعلم](PER:m) و[العلوي](PER:b) على تشكيل لجنة مشتركة.",
              "2015-08-07T08:00:00")
    assert _agreements(evs) == [["b", "m"]]


def test_during_the_visit_after_the_subject_is_the_visit_content() -> None:
    evs = run("واتفقت [السعودية](LOC:sa) و[مصر](LOC:eg) خلال الزيارة على وضع حزمة من الآليات التنفيذية.",
              "2015-08-01T08:00:00")
    assert _agreements(evs) == []


def test_a_signing_during_the_visit_stays_an_agreement() -> None:
    evs = run("ووقعت [السعودية](LOC:sa) و[مصر](LOC:eg) خلال الزيارة اتفاقية للتعاون العسكري.",
              "2015-08-01T08:00:00")
    assert _agreements(evs) == [["eg", "sa"]]


def test_a_visit_crowned_with_an_agreement_is_its_content_a_signing_is_not() -> None:
    evs = run("تكللت الزيارة التي قام بها الأمير [محمد بن سلمان](PER:mbs) إلى [مصر](LOC:eg) باتفاق بين "
              "[الرياض](LOC:sa) و[القاهرة](LOC:eg) مؤلف من ست نقاط.", "2015-08-01T08:00:00")
    assert _agreements(evs) == []
    evs = run("وتكللت جهود الوزارة بتوقيع اتفاقية بين [شركة النور](ORG:n) و[شركة الفجر](ORG:f).",
              "2015-08-01T08:00:00")
    assert _agreements(evs) == [["f", "n"]]


@pytest.mark.parametrize("row", [r for r in _ROWS if r["window"] == "1"], ids=lambda r: r["form"])
def test_every_during_row_makes_the_accord_content(row: dict[str, str]) -> None:
    before = run(f"وقالت الوكالة إنه {row['form']} اتفق [المعلم](PER:m) و[العلوي](PER:b) على تشكيل لجنة.",
                 "2015-08-07T08:00:00")
    after = run(f"واتفق [المعلم](PER:m) و[العلوي](PER:b) {row['form']} على تشكيل لجنة.",
                "2015-08-07T08:00:00")
    assert _agreements(before) == [] and _agreements(after) == []


@pytest.mark.parametrize("row", [r for r in _ROWS if r["window"] == "0"], ids=lambda r: r["form"])
def test_every_crowning_row_makes_the_accord_noun_content(row: dict[str, str]) -> None:
    evs = run(f"{row['form']} المباحثات باتفاق بين [شركة النور](ORG:n) و[شركة الفجر](ORG:f).",
              "2015-08-01T08:00:00")
    assert _agreements(evs) == []


def _contents(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, [(c.type, c.trigger) for c in e.attrs.content]) for e in evs]


def test_the_agreement_told_as_reached_is_kept_as_the_meeting_content() -> None:
    """One mechanism with the agreement of a meeting's parties (happenings): the words of agreeing the
    meeting reached are kept in its `content`, not dropped (round 52)."""
    met = "والتقى [المعلم](PER:m) [العلوي](PER:b) في [مسقط](LOC:mu) [أمس](DATE:2015-08-06)"
    evs = run(met + ". وخلال الاجتماع اتفق [المعلم](PER:m) و[العلوي](PER:b) على تشكيل لجنة مشتركة.",
              "2015-08-07T08:00:00")
    assert _contents(evs) == [("MEET", [("AGREE", "اتفق")])]
    evs = run(met + "، فقد اتفق [المعلم](PER:m) و[العلوي](PER:b) على تشكيل لجنة مشتركة.",
              "2015-08-07T08:00:00")
    assert _contents(evs) == [("MEET", [("AGREE", "اتفق")])]


def test_an_agreement_of_the_visiting_and_visited_states_is_the_visit_content() -> None:
    """events-dev-fresh30 16034: «زيارة الأمير محمد بن سلمان إلى مصر» ... «اتفقت الرياض والقاهرة على ست
    نقاط»: what the visit reached, its content (the round-50 rule), no AGREE; two other states' stays."""
    visit = ("وصل الأمير [محمد بن سلمان](PER:mohammed_bin_salman) إلى [مصر](LOC:egypt) "
             "[أمس](DATE:2015-07-30). ")
    evs = run(visit + "واتفقت [السعودية](ORG:saudi_arabia) و[مصر](ORG:egypt) على ست نقاط للتعاون.",
              "2015-07-31T08:00:00")
    assert _contents(evs) == [("VISIT", [("AGREE", "واتفقت")])]
    evs = run(visit + "واتفقت [فرنسا](ORG:france) و[مصر](ORG:egypt) على ست نقاط للتعاون.",
              "2015-07-31T08:00:00")
    assert [e.label for e in evs] == ["VISIT", "AGREE"]
