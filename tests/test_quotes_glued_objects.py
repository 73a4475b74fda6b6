"""A preposition written onto the word after a verb of saying makes that word the verb's object,
no subject (round 53, the outside audit of round 52): a participle of saying after it goes on
with the one who spoke before («وأكد الناطق … X ان …» then «وأشار لوجود …، لافتا الى ان»), as
after «وأشار إلى وجود …»; a name glued to nothing stays the subject."""

from __future__ import annotations

import pytest

from marsad.events.context import build_context
from marsad.events.glued_objects import glued_object
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import marked
from tests.test_quotes_units import speakers

_BEFORE = "وأكد الناطق الاعلامي للمديرية [اسعد سعود](PER:saud) ان الصرف مرهون بالحصول على امر الصرف.\n"


@pytest.mark.parametrize("clause", ["وأشار لوجود ضوابط محددة لصرف بدل التميز",
                                    "وأشاد بالجهود المبذولة في صرف البدل",
                                    "وأشار إلى وجود ضوابط محددة لصرف بدل التميز"])
def test_a_participle_after_a_glued_object_goes_on_with_the_speaker(clause: str) -> None:
    got = speakers(_BEFORE + clause + "، لافتا الى ان توافر تلك الضوابط امر اساسي.")
    assert got[-1] == "saud"


@pytest.mark.parametrize("word, glued", [("لوجود", True), ("بالجهود", True), ("للقرارات", True),
                                         ("للمديرية", False), ("بلال", False), ("لرئيس", False),
                                         ("بيان", False)])
def test_glued_object_words(word: str, glued: bool) -> None:
    art = marked(f"وأشار {word} ثم.")
    ctx = build_context(art)
    w = words_of(art.text)[1]
    assert glued_object(ctx, w) is glued


_GLUED_ROWS = [r for r in load_table("speaker_clauses") if r["kind"] == "glued_preposition"]


@pytest.mark.parametrize("row", _GLUED_ROWS, ids=lambda r: r["form"])
def test_each_glued_preposition_row_makes_an_object(row: dict[str, str]) -> None:
    art = marked(f"وأشار {row['form']}جهود ثم.")
    assert glued_object(build_context(art), words_of(art.text)[1])
