"""A body the tagger left unnamed, described by a noun and its place («صحة ينبع»: the health
directorate of Yanbu), speaks on: a later verb without a subject («وقالت في بيان لها») and the
statement it gave («وأضاف البيان») are that body's words, not nobody's (issue 15 round 40)."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.speaker_words import SpeakerWords, someone_described
from tests.test_events_units import marked
from tests.test_quotes_speakers_round19 import spoken


def test_a_body_described_by_its_place_is_carried_on() -> None:
    got = spoken("أوضحت صحة ينبع أن أجهزة التبريد في المستشفى تعمل بصورة طبيعية. "
                 "وقالت في بيان لها، إن الصور المتداولة قديمة ولا تعكس الواقع. "
                 "وأضاف البيان «نعمل على تحديث جميع الأقسام خلال الأسابيع المقبلة».")
    assert got == [(None, "صحة ينبع")] * 3


def test_words_before_a_place_that_name_no_body_are_still_not_carried_on() -> None:
    art = marked("وعلت نظرات الاستغراب.")
    ctx = build_context(art)
    assert someone_described(ctx, SpeakerWords("صحة ينبع", (0, 8)))
    assert not someone_described(ctx, SpeakerWords("نظرات الاستغراب", (0, 15)))
    assert not someone_described(ctx, SpeakerWords("نظرات الاستغراب في ينبع", (0, 23)))
