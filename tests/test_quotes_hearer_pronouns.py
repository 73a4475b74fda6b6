"""«لي», «لنا» right after a verb of saying name to whom it was said, not the speaker
(speaker_clauses kind hearer_pronoun): they are read past like an adverb, so «فقال لي إنها» has
no speaker described as «لي», and «وقال لي الطبيب» is the doctor (round 35: «لي» was the
described speaker of 9 quotations of the 3,000 records, most in memoirs)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_speakers_round19 import spoken


def test_to_me_is_no_speaker() -> None:
    assert spoken("وسألت صديقي عن الصورة في اليوم التالي فقال لي إنها لأخته.") == [(None, None)]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "hearer_pronoun"],
                         ids=lambda r: r["form"])
def test_the_words_after_the_hearer_describe_the_speaker(row: dict[str, str]) -> None:
    assert spoken(f"وقال {row['form']} الطبيب إن الحالة مستقرة.") == [(None, "الطبيب")]
