"""Heads of what was said as a noun phrase (quote_object_heads, round 34), on invented sentences:
a shelling and a crash confirmed or announced, and none where no verb of saying governs them."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence, said, speaker", [
    ("وأكد [سعود](PER:saud) قصف الطائرات الحربية لمواقع الحركة قرب الحدود.",
     "قصف الطائرات الحربية لمواقع الحركة قرب الحدود", "saud"),
    ("وأعلنت [الهيئة](ORG:gaca) عن تحطم طائرة خاصة في مطار العاصمة مساء أمس.",
     "تحطم طائرة خاصة في مطار العاصمة مساء أمس", "gaca"),
])
def test_a_shelling_or_a_crash_confirmed_is_what_was_said(sentence: str, said: str, speaker: str) -> None:
    assert run(sentence) == [("indirect", said, speaker)]


def test_a_shelling_no_verb_of_saying_governs_is_no_quotation() -> None:
    assert run("وشهدت المدينة قصف الطائرات الحربية لمواقع الحركة.") == []
