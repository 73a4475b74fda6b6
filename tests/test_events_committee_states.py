"""A joint committee of two states meeting is a MEET of the two states, one per meeting (the
guide's ruling from the blind readers of events-dev-fresh26: 23136, 21942; fresh26 17854's
«الاجتماع الأول للجنة المشتركة السعودية الفرنسية»). The `event_cues` rows of kind
state_committee, row by row."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run


def _meets(text: str) -> list[tuple[set[str], str | None]]:
    return [(set(e.attrs.participants), e.attrs.place) for e in run(text) if e.label == "MEET"]


def test_a_committee_named_by_two_state_adjectives_meets_as_its_states() -> None:
    got = _meets("عقد الاجتماع الأول للجنة المشتركة السعودية الفرنسية للمراقبة في [باريس](LOC:paris) أمس.")
    assert got == [({"saudi_arabia", "france"}, "paris")]


def test_the_states_of_the_agreement_the_committee_follows_up() -> None:
    got = _meets("عقد في العاصمة [الجزائر](LOC:algiers) الاجتماع الثالث للجنة المكلفة بمتابعة البرنامج "
                 "التنفيذي لاتفاقية التعاون الموقعة بين [المملكة العربية السعودية](LOC:sa) و[الجمهورية "
                 "الجزائرية](LOC:dz) في مجال الشؤون الإسلامية.")
    assert [parties for parties, _ in got] == [{"sa", "dz"}]


def test_the_committee_told_alone_later_is_the_one_named_before() -> None:
    got = _meets("عقد في العاصمة [الجزائر](LOC:algiers) الاجتماع الثالث للجنة المكلفة بمتابعة البرنامج "
                 "التنفيذي لاتفاقية التعاون الموقعة بين [المملكة العربية السعودية](LOC:sa) و[الجمهورية "
                 "الجزائرية](LOC:dz). كما تقرر عقد الاجتماع الرابع بمشيئة الله للجنة في مدينة "
                 "[الرياض](LOC:riyadh).")
    assert [parties for parties, _ in got] == [{"sa", "dz"}, {"sa", "dz"}]
    assert got[1][1] == "riyadh"


def test_a_committee_of_no_named_states_is_no_meeting_of_states() -> None:
    assert _meets("عقد الاجتماع الأول للجنة المكلفة بمتابعة المشروع أمس.") == []
    # told alone with no committee of states before, it stays none
    assert _meets("وتقرر عقد الاجتماع الرابع للجنة في مدينة [الرياض](LOC:riyadh).") == []


def test_one_state_adjective_names_no_pair() -> None:
    assert _meets("عقد الاجتماع الأول للجنة السعودية للمراقبة في [باريس](LOC:paris) أمس.") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "state_committee"],
                         ids=lambda r: r["form"])
def test_each_committee_row_is_read_at_its_word(row: dict[str, str]) -> None:
    words = words_of(row["form"] + " السعودية")
    cue = event_cues().at(words, 0, frozenset({"state_committee"}))
    assert cue is not None and cue.kind == "state_committee"
