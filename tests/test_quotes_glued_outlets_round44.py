"""A catalogue outlet's name glued to «لـ» right after a verb of saying is the hearer (issue 15
round 44): «قال لبي بي سي إن …» — the tagger's piece of the name («سي») is never the speaker."""

from __future__ import annotations

from marsad.events.outlets import glued_outlet
from marsad.events.words import words_of
from tests.test_quotes_units import run


def test_an_outlet_glued_to_lam_is_no_speaker() -> None:
    got = run("وكان ضابط ميداني قال لبي بي [سي](ORG:x) إن القوات سيطرت على مدرج المطار.")
    assert got == [("indirect", "القوات سيطرت على مدرج المطار", None)]


def test_the_speaker_after_the_glued_outlet_still_speaks() -> None:
    got = run("وقال لبي بي [سي](ORG:x) المتحدث [فضل حسن](PER:fadl) إن القوات سيطرت على مدرج المطار.")
    assert got == [("indirect", "القوات سيطرت على مدرج المطار", "fadl")]


def test_glued_outlet_spans_its_whole_name_and_only_an_outlet() -> None:
    assert glued_outlet(words_of("قال لبي بي سي إن"), 1) == 4
    assert glued_outlet(words_of("قال لعكاظ إن"), 1) == 2
    assert glued_outlet(words_of("قال لاعب الفريق إن"), 1) is None
    assert glued_outlet(words_of("قال لبنان إن"), 1) is None
