"""Events (round 39, recall): a visit noun with its owner's pronoun after a time word, its goal
named after «إلى» right after it (past definite adjectives only: «بعد زيارته الأخيرة إلى موسكو»),
is the report of that visit, not a past event recalled as a time mark (events/extract.py
`own_goal`); so is the verbal noun of setting out spelt as its verb with its doer's pronoun, a
row of its own (round 40: «قبيل توجهه إلى القاهرة», `triggers.owner_spelt`). Without such a goal
(«بعد زيارته للعاصمة»), or with an «إلى» that belongs to another word further on, it stays a time
mark. Invented sentences."""

from __future__ import annotations

from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
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


def test_his_setting_out_to_a_named_place_after_a_time_word_is_a_visit() -> None:
    evs = run("وقال وزير الخارجية [جون كيري](PER:kerry) في كلمة قبل توجهه إلى [ماليزيا](LOC:malaysia) "
              "إن المفاوضات معقدة.")
    assert labelled_parties(evs) == [("VISIT", ["kerry"])]
    assert evs[0].attrs.place == "malaysia"


def test_her_setting_out_without_a_place_after_ila_is_no_visit() -> None:
    assert run("وقالت [هيلاري كلينتون](PER:clinton) قبيل توجهها إلى حل وسط إن الأمر صعب.") == []


def test_trends_are_no_setting_out() -> None:
    assert find_triggers(words_of("توجهات الحكومة إلى الإصلاح")) == []
    assert [t.row.forms for t in find_triggers(words_of("قبيل توجهه إلى الرياض"))] == [("توجهه",)]


def test_an_arrival_with_its_doers_pronoun_and_goal_is_a_visit() -> None:
    """events-dev-fresh31 637 (round 52): «وقال X لدى وصوله إلى بروكسل»: the possessed arrival noun
    names its doer and its goal, the arrival told, not a visit told before named again; a time word
    before it («منذ وصوله إلى») keeps it a time mark, and the subject of a that-clause («أكد X أن وصوله
    إلى مطار عدن لم يكن مفاجئا») is the arrival spoken of."""
    evs = run("وقال وزير الداخلية الإسباني [خورخي فرنانديز دياز](PER:diaz) لدى وصوله إلى "
              "[بروكسل](LOC:brussels) لحضور المحادثات إن الوضع صعب.", "2015-07-20")
    assert labelled_parties(evs) == [("VISIT", ["diaz"])] and evs[0].attrs.place == "brussels"
    assert run("وغير [أوباما](PER:obama) سياسته منذ وصوله إلى [واشنطن](LOC:washington) في 2009.",
               "2015-07-20") == []
    assert run("وأكد [بحاح](PER:bahah) أن وصوله إلى [عدن](LOC:aden) لم يكن مفاجئا.", "2015-07-20") == []
