"""The quote_homographs rows of kinds sign_homograph, pointed_at, between and noun_homograph, row by
row: «لافتا» is «pointing out» only with a pointed_at word after it, «وبين» is «and between» after
any between row a few words before it, and a noun_homograph row right after a noun is that noun
(«مقالات كتب», «مقالات رأي»), at a sentence's start the verb of saying."""

from __future__ import annotations

import pytest

from marsad.events.quote_other_readings import _second_between, _sign
from marsad.events.words import words_of
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_quotes_units import run


def _rows(kind: str) -> list[str]:
    return [r["form"] for r in load_table("quote_homographs") if r["kind"] == kind]


@pytest.mark.parametrize("form", _rows("sign_homograph"))
def test_every_sign_row_alone_is_a_sign_or_striking(form: str) -> None:
    assert _sign(words_of(f"{form} من الشركات العالمية"), 0)


@pytest.mark.parametrize("form", _rows("pointed_at"))
def test_every_pointed_at_row_makes_the_participle(form: str) -> None:
    assert not _sign(words_of(f"لافتا {form} الأسعار"), 0)


@pytest.mark.parametrize("form", _rows("between"))
def test_every_between_row_pairs_with_a_later_and_between(form: str) -> None:
    ws = words_of(f"توتر {form} وبين المدرب")
    assert _second_between(ws, 2)
    assert not _second_between(words_of("توتر شديد وبين المدرب"), 2)


_OBJECT_VERBS = {normalize(r["form"]) for r in load_table("quote_objects") if r["preposition"] in ("ب", "ب*")}


@pytest.mark.parametrize("form", _rows("noun_homograph"))
def test_every_noun_row_after_a_noun_is_that_noun(form: str) -> None:
    # a verb of quote_objects («وعدا»: وعد ب; «أمر»: an order, ب*) says what with ب, the others with أن
    said = "بتخفيض الأسعار في الأسواق المحلية" \
        if any(normalize(form).startswith(v) for v in _OBJECT_VERBS) else "أن الأسعار سترتفع"
    assert run(f"ونشرت الصحيفة مقالات {form} الخبراء {said}.") == []
    what = said.removeprefix("أن ")
    assert run(f"{form} [سعود](PER:saud) {said}.") == [("indirect", what, "saud")]


def test_opinion_pieces_inside_what_a_study_said_are_no_speaker() -> None:
    # «مقالات رأي»: the noun, not «رأى» (he opined) written with ي, so the marked words are the study's
    # within what it said, no quotation of their own (round 42)
    got = run("وقالت [الدراسة](ORG:study) إن مقالات رأي وتقارير الصحف تكشف عن “تحول في المواقف”.")
    assert got == [("indirect", "مقالات رأي وتقارير الصحف تكشف عن “تحول في المواقف”", "study")]
