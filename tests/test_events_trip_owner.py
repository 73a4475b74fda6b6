"""The owner of a trip as the dropped subject of a verb after a subordinator (round 40,
`events.carried_subjects.trip_owner`): «وتأتي جولة X بعد أن زار واشنطن والتقى الرئيس Y» names no
subject for «زار»: X, whose tour the sentence is about, visited Washington and met Y. Before, the
visit had no visitor and was dropped, and the meeting had one party only (events-dev line 13104)."""

from __future__ import annotations

from marsad.model import EventAttrs, Span
from tests.test_events_units import run


def _of(evs: list[Span[EventAttrs]], label: str) -> list[tuple[set[str], str | None]]:
    return [(set(e.attrs.participants), e.attrs.place) for e in evs if e.label == label]


def test_the_tours_owner_by_last_name_visited_and_met() -> None:
    evs = run("وصل الرئيس النيجيري [محمد بخاري](PER:buhari) إلى [بنين](LOC:benin) أمس. "
              "وتأتي جولة بخاري بعد أن زار [واشنطن](LOC:washington) والتقى الرئيس الأميركي "
              "[باراك أوباما](PER:obama).")
    assert ({"buhari"}, "washington") in _of(evs, "VISIT")
    assert any({"buhari", "obama"} <= parts for parts, _ in _of(evs, "MEET"))


def test_the_tours_owner_before_qabla_an() -> None:
    # the sentence before names the host first: the tour's owner, not him, is the doer
    evs = run("استقبل الملك [سلمان](PER:salman) رئيس الوزراء [عبدالله الراشد](PER:rashid) أمس. "
              "وتأتي جولة الراشد في المنطقة قبل أن يزور [الكويت](LOC:kuwait) الأسبوع المقبل.")
    assert ({"rashid"}, "kuwait") in _of(evs, "VISIT")


def test_a_verb_with_a_subject_of_its_own_keeps_it() -> None:
    evs = run("وتأتي جولة [فهد](PER:fahd) في المنطقة بعد أن زار الوزير [سلطان](PER:sultan) "
              "[الكويت](LOC:kuwait).")
    kuwait = [parts for parts, place in _of(evs, "VISIT") if place == "kuwait"]
    assert kuwait and all("fahd" not in parts for parts in kuwait)
