"""A feminine meeting verb with no subject of its own takes the one woman the sentence before names
as doer (issue 15, round 47, events-dev miss «وستلتقي الاثنين عددا من المسؤولين»:
`agreeing_doers.agreeing_doer`), never a man, nor one of two women; a plural one that names no one
takes the three or more persons listed in the sentence before («التقوا أكثر من مرة»: `carried_group`)."""

from __future__ import annotations

import pytest

from marsad.events.agreeing_doers import verb_agreement
from marsad.events.speaker_agreement import affix_agreement
from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from tests.test_events_units import run


def _parties(evs: list, label: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


_AFTER = " وستلتقي غدا عددا من المسؤولين، بينهم وزير الخارجية [سعيد الحربي](PER:harbi)."


def test_a_feminine_verb_takes_the_woman_of_the_sentence_before() -> None:
    evs = run("وأكد بيان صادر عن مكتب الوزيرة أن [ماريا روسي](PER:rossi) ستزور [الكويت](LOC:kw) "
              "الأحد." + _AFTER)
    assert {"rossi", "harbi"} in _parties(evs, "MEET")


def test_the_woman_as_subject_after_her_feminine_verb_and_office() -> None:
    evs = run("وصلت الوزيرة [ماريا روسي](PER:rossi) إلى [الكويت](LOC:kw) أمس." + _AFTER)
    assert {"rossi", "harbi"} in _parties(evs, "MEET")


def test_a_man_named_before_does_not_agree_with_the_feminine_verb() -> None:
    evs = run("وأكد بيان أن الوزير [جون براون](PER:brown) سيزور [الكويت](LOC:kw) الأحد." + _AFTER)
    assert not any("brown" in p for p in _parties(evs, "MEET"))


def test_two_women_before_leave_the_doer_untold() -> None:
    evs = run("وقالت [هيلين كارتر](PER:carter) إن [ماريا روسي](PER:rossi) ستزور [الكويت](LOC:kw) "
              "الأحد." + _AFTER)
    assert not any("rossi" in p or "carter" in p for p in _parties(evs, "MEET"))


@pytest.mark.parametrize(("word", "agreement"), [
    ("وستلتقي", "f"), ("اجتمعت", "f"), ("التقت", "f"), ("التقوا", "p"), ("يلتقي", "m"), ("زار", None),
])
def test_the_agreement_of_an_event_verb(word: str, agreement: str | None) -> None:
    ws = words_of(word)
    trigs = find_triggers(ws)
    assert trigs and verb_agreement(trigs[0]) == agreement


def test_an_affix_counts_only_where_the_rest_is_a_verb() -> None:
    assert affix_agreement("تلتقي", frozenset({"يلتقي"})) == "f"
    assert affix_agreement("تلتقي", frozenset({"يزور"})) is None


_LISTED = ("وحضر المؤتمر رئيس وزراء بريطانيا [جون سميث](PER:a)، ورئيس وزراء فرنسا [بيير دوبون](PER:b)"
           "، ورئيس وزراء إيطاليا [ماريو روسي](PER:c).")


def test_a_plural_verb_with_no_one_named_takes_the_persons_listed_before() -> None:
    evs = run(_LISTED + " التقوا أكثر من مرة وصاغوا أهم البنود.")
    assert {"a", "b", "c"} in _parties(evs, "MEET")


def test_a_plural_verb_after_two_persons_takes_no_group() -> None:
    evs = run("وحضر المؤتمر [جون سميث](PER:a) و[بيير دوبون](PER:b). التقوا أكثر من مرة وصاغوا البنود.")
    assert _parties(evs, "MEET") == []
