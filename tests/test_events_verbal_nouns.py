"""A verb trigger read with the article is its verbal noun (issue 15, random real text): «التوصل
إلى اتفاق», «بالتوصل», «للتوصل», «التباحث» name no doer, so they refer to an agreement or talks
in general (hoped for, failed, recalled) unless a party is attached to them, and neither the
speaker of the quotation they stand in nor the subject of the sentence before is their party."""

from __future__ import annotations

import pytest

from tests.test_events_units import run


@pytest.mark.parametrize("form", ["التوصل", "بالتوصل", "للتوصل", "والتوصل"])
def test_a_verbal_noun_read_as_the_verb_names_no_party(form: str) -> None:
    src = (f"وأضاف [ألكس فولر](PER:fuller) أن تسوية الأزمة {form} إلى اتفاق جديد مع الدائنين يكفل "
           "بقاء [اليونان](LOC:greece) في منطقة اليورو.")
    assert [e for e in run(src) if e.label == "AGREE"] == []


def test_the_speakers_verb_still_takes_the_speaker() -> None:
    src = "وقال [جون كيري](PER:kerry) إنه توصل إلى اتفاق مع [إيران](LOC:iran) أمس."
    assert [(e.label, e.attrs.participants) for e in run(src)] == [("AGREE", ["kerry", "iran"])]


def test_a_verbal_noun_after_a_failure_takes_no_party_of_the_sentence() -> None:
    src = ("وأعلنت [بروكسل](LOC:brussels) فشل المفاوضات بين [روسيا](LOC:russia) و[أوكرانيا](LOC:ukraine) "
           "في التوصل إلى اتفاق بشأن الغاز.")
    assert [e for e in run(src) if e.label == "AGREE"] == []
