"""False events of round 33 (the first 3,000 records): a past verb written with a final alif maqsura
(التقى) takes ت only in the first or second person (التقيت: "I met", a memoir's or an interviewee's
own doing), while its third person feminine drops the alif (التقت, a row of its own); so التقيت,
like التقينا, is no event between named actors. The new table row row by row."""

from __future__ import annotations

import pytest

from marsad.events.triggers import find_triggers
from marsad.events.words import Word
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_events_units import run


def _first_person(sentence: str) -> list[bool]:
    words = [Word(0, 0, normalize(w)) for w in sentence.split()]
    return [t.first_person for t in find_triggers(words)]


def test_a_maqsura_verb_with_ta_is_the_writer_meeting_someone() -> None:
    assert run("وفي مطار [القاهرة](LOC:cairo) التقيت بالمخرج [سامي فهمي](PER:sami) صدفة.") == []
    assert run("وقال [الصيدي](PER:s): والتقيتُ [هادي](PER:hadi) في [عدن](LOC:aden) أمس.") == []


def test_she_met_and_he_met_stay_events() -> None:
    evs = run("والتقت [سوزان رايس](PER:rice) [نتنياهو](PER:bibi) في [القدس](LOC:jerusalem).",
              published="2015-07-31")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["rice", "bibi"])]
    evs = run("والتقى [الصيدي](PER:s) [هادي](PER:hadi) في [عدن](LOC:aden).", published="2015-07-31")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["s", "hadi"])]


def test_only_a_verb_written_with_alif_maqsura_reads_ta_as_the_first_person() -> None:
    assert _first_person("التقيت بالوزير") == [True]
    assert _first_person("اجتمعت الوزيرة بالسفير") == [False]  # اجتمع: ت is she
    assert _first_person("زارت الوزيرة الرياض") == [False]


_ROWS = [r for r in load_table("event_affixes") if r["kind"] == "maqsura_first_person"]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["affix"])
def test_every_maqsura_first_person_ending_makes_the_meeting_no_event(row: dict[str, str]) -> None:
    assert run(f"وقال [الصيدي](PER:s) إنه التقي{row['affix']} [هادي](PER:hadi) في [عدن](LOC:aden).") == []
