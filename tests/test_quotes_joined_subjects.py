"""A verb of saying joined by و to the verb right after a name is that name's too, inside a
complement clause as well («لكن الغريب أن [هيئة الطيران المدني] تجرأت وأعلنت أن …», «أن [X] خرج
وقال إن …»); a name followed by its own relative clause inside what a body learned («وعلمت
[الوطن] أن [X] الذي يرأس اللجنة استقال، وأشارت») is still not the subject (round 35, fresh-text
audit of quotation speakers)."""

from __future__ import annotations

from tests.test_quotes_speakers_round19 import spoken


def test_a_body_in_a_complement_clause_speaks_through_the_joined_verb() -> None:
    got = spoken('لكن الغريب أن [هيئة الطيران المدني](ORG:gaca) تجرأت وأعلنت عبر "تويتر" '
                 "أن السبب يعود إلى عطل في الشبكة.")
    assert got == [("gaca", None)]


def test_a_person_too() -> None:
    got = spoken("والمفاجأة أن [خالد العتيبي](PER:k) خرج وأعلن أن السبب يعود إلى عطل في الشبكة.")
    assert got == [("k", None)]


def test_a_name_with_its_own_clause_inside_what_was_learned_is_not_the_subject() -> None:
    got = spoken("وعلمت [الوطن](ORG:w) أن [خالد العتيبي](PER:k) الذي يرأس اللجنة استقال، "
                 "وأشارت إلى أن السبب مالي.")
    assert [s for s, _ in got] == ["w"]
