"""Renewing a stance or a confirmation (quote_objects «جدد», quote_call_objects.tsv, issue 15 round
45), on invented sentences: «جدد X [استعداد …]» is what was said, as «أكد»; a call noun as the
object («جدد X دعوته لوقف إطلاق النار») makes what follows the call's content, no quotation."""

from __future__ import annotations

import pytest

from marsad.events.quote_object_heads import call_object
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_renewed_readiness_is_what_was_said() -> None:
    got = run("من جهة أخرى جدد [ألان لي روي](PER:a) الأمين العام للعلاقات الخارجية للاتحاد الأوروبي "
              "استعداد دول الاتحاد للمساهمة في جهود الإغاثة.")
    assert got == [("indirect", "استعداد دول الاتحاد للمساهمة في جهود الإغاثة", "a")]


def test_a_renewed_confirmation_takes_its_object_after_ala() -> None:
    got = run("وجدد [فهد](PER:f)، نائب رئيس اللجنة، تأكيدهم على عدم أحقية اللاعبين الموقوفين بالمشاركة.")
    assert got == [("indirect", "عدم أحقية اللاعبين الموقوفين بالمشاركة", "f")]


@pytest.mark.parametrize("row", load_table("quote_call_objects"), ids=lambda r: r["form"])
def test_each_call_noun_as_the_object_makes_no_quotation(row: dict[str, str]) -> None:
    for text in ("و" + row["form"], "ال" + row["form"]):
        assert call_object(next(iter(words_of(text, 0, len(text))))), text
    assert run(f"وجدد [أوباما](PER:o) {row['form']} لوقف إطلاق النار في المنطقة.") == []
    assert run(f"وأكد [أوباما](PER:o) {row['form']} لاستمرار دعم المعارضة في المنطقة.") == []
