"""An office whose head stands in construct with a second title (نائب وزير الصحة, نائب رئيس
الوزراء) is one office phrase: said again without the name it is the person introduced with it,
and right after a verb of visiting it is the visitor (issue 15, events63)."""

from __future__ import annotations

from marsad.events.office_phrases import office_phrase
from marsad.events.words import words_of
from tests.test_events_units import run


def test_a_title_in_construct_goes_on_the_office_phrase() -> None:
    ws = words_of("زار نائب وزير الصحة المستشفى")
    assert office_phrase(ws, 1, 4) == frozenset({"نايب", "وزير", "صحه"})


def test_a_definite_title_after_the_head_is_a_qualifier_as_before() -> None:
    ws = words_of("زار نائب الوزير المستشفى")
    assert office_phrase(ws, 1, 3) == frozenset({"نايب", "وزير"})


def test_a_second_title_joined_by_wa_is_another_office() -> None:
    ws = words_of("زار نائب ووزير الصحة المستشفى")
    assert office_phrase(ws, 1, len(ws)) == frozenset({"نايب"})


def test_the_deputy_minister_said_again_is_the_visitor() -> None:
    evs = run("وقف نائب وزير الصحة [سامي عادل](PER:sami) أمس على مستشفيين في [تبوك](LOC:tabuk). "
              "وعقب ذلك زار نائب وزير الصحة [مستشفى النور](ORG:nour) واستمع لشرح من مدير المستشفى "
              "الدكتور [كريم فؤاد](PER:karim) عن الأقسام.")
    visits = [e for e in evs if e.label == "VISIT"]
    assert visits and visits[-1].attrs.participants[0] == "sami"
    assert visits[-1].attrs.roles.get("sami") == "guest"
    assert visits[-1].attrs.roles.get("karim") != "guest"

