"""Verbs of saying added in round 38 (issue 15), each with its reported clause after أن or بأن:
the participles of زعم and أعلم with the one told as its suffix, on invented sentences; the bare
«أعلم» (more knowing) stays no verb."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from tests.test_quotes_units import run


def test_the_participle_of_zaama_reports_its_clause_subject_s_claim() -> None:
    got = run("واتهمت [وزارة الإعلام](ORG:moi) الصحيفة بالتضليل، زاعمة أنها نشرت أرقاما غير صحيحة "
              "عن الميزانية.")
    assert ("indirect", "نشرت أرقاما غير صحيحة عن الميزانية", "moi") in got


def test_alama_with_the_one_told_reports_what_he_was_told() -> None:
    got = run("وغادر اللاعب النادي بعد أن أعلمه المدرب [سالم العلي](PER:salem) بصراحة بأنه لا يدخل "
              "ضمن خططه للموسم.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "لا يدخل ضمن خططه للموسم")]


def test_the_bare_alam_is_no_verb_of_saying() -> None:
    assert run("والله أعلم بأن الأمور ستتحسن قريبا في المنطقة كلها.") == []


@pytest.mark.parametrize("form", ["زاعما", "زاعمة", "زاعمين", "أعلمه", "أعلمها", "أعلمهم"])
def test_every_round38_form_is_a_verb_or_participle_of_saying(form: str) -> None:
    assert quote_cues().at(words_of(form), 0, frozenset({"verb", "participle"})) is not None
