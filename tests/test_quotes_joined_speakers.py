"""A verb of saying joined to an earlier verb whose subject is a definite calling the tagger
named no one with («…، ورفض [الطالب] مغادرة الغرفة وقال لها إن …»): the calling describes the speaker, so the
quotation keeps those words and their place (`speaker_at`), and a verb carrying him on after it
(«ثم أضاف:») keeps them too (`speaker_joined`); invented sentences."""

from __future__ import annotations

from tests.test_quotes_described_speakers import said


def test_the_calling_of_the_joined_verb_speaks() -> None:
    got = said("ووصلت المشرفة إلى السكن في المساء، ورفض الطالب مغادرة الغرفة وقال لها إن "
               "العقد لم ينته بعد.")
    assert got == [(None, "الطالب", "الطالب")]


def test_a_verb_carrying_him_on_keeps_the_calling() -> None:
    got = said("ووصلت المشرفة إلى السكن في المساء، ورفض الطالب مغادرة الغرفة وقال لها إن "
               "العقد لم ينته بعد، ثم تابع: لن أخرج قبل الموعد.")
    assert got == [(None, "الطالب", "الطالب"), (None, "الطالب", "الطالب")]


def test_a_calling_with_the_name_after_it_is_no_description() -> None:
    got = said("ووصل الوفد إلى المدينة، واستقبل المواطن [سالم العتيبي](PER:salem) الضيوف وقال لهم "
               "إن المدينة ترحب بهم.")
    assert [s for s, _text, _at in got] == ["salem"]


def test_a_clause_that_opens_with_no_verb_gives_no_speaker() -> None:
    got = said("ووصلت المشرفة إلى السكن في المساء، والطالب كان غائبا وقال لها إن العقد لم ينته.")
    assert got == [(None, None, None)]
