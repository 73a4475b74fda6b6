"""The bare «بين» as the verb بيّن (quote_shown.showing), on invented sentences: only where a clause
opens on it with its complementizer right after; the preposition of a phrase stays one."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


def test_the_homograph_row_is_in_the_table() -> None:
    assert {r["form"] for r in load_table("quote_cues") if r["kind"] == "show_homograph"} == {"بين"}


@pytest.mark.parametrize("sentence, said", [
    ("وقال مدير الميناء [خالد سعيد](PER:k) إن العمل مستمر. وفيما يتعلق بمواعيد العبور، "
     "بين أن المشروع الجديد لن يتطلب حجز مواعيد.", "المشروع الجديد لن يتطلب حجز مواعيد"),
    ("ورحب مدير الميناء [خالد سعيد](PER:k) بالوفد، بين أنه سيتم افتتاح المرفأ الشهر المقبل.",
     "سيتم افتتاح المرفأ الشهر المقبل"),
])
def test_bare_bayyana_opening_a_clause_reports_speech(sentence: str, said: str) -> None:
    assert run(sentence)[-1] == ("indirect", said, "k")


@pytest.mark.parametrize("sentence", [
    "وخير المدرب اللاعب بين أن يبقى على الدكة أو يرحل عن النادي.",
    "ووقع اتفاق بين البلدين أن تبدأ المشاورات في الربيع.",
    "الفرق بين أن تكون قائدا وأن تكون مديرا كبير.",
    "وفيما يتعلق بالنقل، بين المدينتين أن يبدأ العمل قريبا.",  # a noun after بين: the preposition
])
def test_the_preposition_reports_nothing(sentence: str) -> None:
    assert run(sentence) == []
