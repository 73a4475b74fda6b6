"""Events (round 39, recall): a visit noun with its owner's pronoun after a time word, its goal
named after «إلى» right after it (past definite adjectives only: «بعد زيارته الأخيرة إلى موسكو»),
is the report of that visit, not a past event recalled as a time mark (events/extract.py
`own_goal`). Without such a goal («بعد زيارته للعاصمة»), or with an «إلى» that belongs to another
word further on, it stays a time mark. Invented sentences."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_a_possessed_visit_with_its_goal_after_a_time_word_is_a_visit() -> None:
    evs = run("وصرح وزير الخارجية السوري [وليد المعلم](PER:moallem) بعد زيارته الأخيرة إلى "
              "[موسكو](LOC:moscow) بأن الحل سياسي.")
    assert labelled_parties(evs) == [("VISIT", ["moallem"])]
    assert evs[0].attrs.place == "moscow"


def test_a_fronted_time_word_before_her_visit_and_its_goal() -> None:
    evs = run("وعقب زيارتها الرسمية إلى [الرياض](LOC:riyadh) أكدت الوزيرة [مارغو فالستروم](PER:wallstrom) "
              "عمق العلاقات.")
    assert labelled_parties(evs) == [("VISIT", ["wallstrom"])]


def test_a_possessed_visit_without_its_goal_stays_a_time_mark() -> None:
    assert run("وقال [وليد المعلم](PER:moallem) بعد زيارته للعاصمة إن الحل سياسي.") == []


def test_an_ila_of_another_word_is_no_goal_of_the_visit() -> None:
    evs = run("وتحدث [وليد المعلم](PER:moallem) بعد زيارته عن عودة اللاجئين إلى [سوريا](LOC:syria).")
    assert all(e.label != "VISIT" for e in evs)
