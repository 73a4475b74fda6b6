"""Issue 15 round 40: a source put first with a verb of saying after «وفقا لما» or «بحسب ما»
(ما glued to the verb too), its words after the ف of the answer (فإن, فقد), comma or none
(quote_fronted)."""

from __future__ import annotations

from tests.test_quotes_and_events_realtext import said


def test_fronted_source_then_faqad_opens_its_words() -> None:
    got = said("ووفقا لما ذكرته [وكالة الأنباء الألمانية](ORG:dpa) مساء أمس، فقد أغلقت الشرطة الطريق "
               "المؤدي إلى الميناء لساعات.")
    assert got == [("indirect", "أغلقت الشرطة الطريق المؤدي إلى الميناء لساعات", "dpa")]


def test_fronted_source_with_ma_glued_then_fainna_without_comma() -> None:
    got = said("وبحسب مانقلته [قناة العربية](ORG:arabiya) أمس فإن ثلاثة من المصابين غادروا المستشفى "
               "بعد تلقي العلاج.")
    assert got == [("indirect", "ثلاثة من المصابين غادروا المستشفى بعد تلقي العلاج", "arabiya")]


def test_faqad_as_a_verb_after_no_fronted_source_is_no_speech() -> None:
    assert said("وفي الحادث فقد الرجل سيارته وأصيب ابنه بجروح طفيفة.") == []


def test_a_verb_of_saying_of_its_own_before_the_answer_keeps_its_clause() -> None:
    got = said("وبحسب ما ذكرت [الوزارة](ORG:ministry) وقال [أحمد سالم](PER:salem) إن الطريق مغلق "
               "منذ الصباح الباكر.")
    assert [t for _, t, _ in got] == ["الطريق مغلق منذ الصباح الباكر"]
