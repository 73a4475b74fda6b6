"""«وعبر» opening a sentence is the verb «expressed», not the preposition «via», when a calling
(a definite word that is no name: «الفنان», «الكابتن») and a person's name follow it: its
subject is the one a later verb of saying with no subject goes on with (round 35, fresh-text
audit of quotation speakers)."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.speaker_clauses import verb_preposition
from tests.test_events_units import marked
from tests.test_quotes_speakers_round19 import spoken


def test_expressed_with_a_calling_before_the_name_opens_the_sentence() -> None:
    got = spoken("وعبر الفنان [مهند السالم](PER:muhannad) الذي يشارك في بطولة المسرحية عن سعادته "
                 "بالمشاركة في احتفالات العيد. وأكد أن الاحتفالات تتيح للمسرحيين مناقشة القضايا.")
    assert got == [("muhannad", None)]


def _opens_with_expressed(src: str) -> bool:
    ctx = build_context(marked(src))
    return verb_preposition(ctx, ctx.sentences[0].words)


def test_via_a_thing_is_still_a_preposition() -> None:
    assert _opens_with_expressed("وعبر الفنان [مهند السالم](PER:muhannad) عن سعادته.")
    assert not _opens_with_expressed("وعبر التلفزيون الرسمي بثت الوزارة صور الحادث.")
    assert not _opens_with_expressed("وعبر الحدود، [مهند السالم](PER:muhannad) وصل إلى الأردن.")
