"""A visit or meeting told with a word of repetition after its trigger («زار كينيا مرتين في السابق»,
«تمكن من زيارة إسرائيل مرات عدة»: `event_cues.tsv` kind many_times) tells several happenings, none
of them the one the article reports: it is no repeat of it (`happenings.consolidate`,
`repeats.late_repeats`), each row at a time."""

from __future__ import annotations

import pytest

from marsad.events.many_times import told_many_times
from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run

_MANY = [r["form"] for r in load_table("event_cues") if r["kind"] == "many_times"]

_NOW = "وصل الرئيس [أوباما](PER:obama) إلى [كينيا](LOC:kenya) [أمس](DATE:2015-07-24) في زيارة رسمية. "


def _visits(src: str) -> list[str | None]:
    return [e.attrs.place for e in run(src, "2015-07-25") if e.label == "VISIT"]


@pytest.mark.parametrize("form", _MANY)
def test_each_row_keeps_the_visits_told_as_several_apart(form: str) -> None:
    src = _NOW + f"وكان [أوباما](PER:obama) قد زار [كينيا](LOC:kenya) {form} قبل توليه الرئاسة."
    assert _visits(src) == ["kenya", "kenya"]


def test_the_visit_told_again_once_is_one() -> None:
    src = _NOW + "وقال [أوباما](PER:obama) خلال زيارته [كينيا](LOC:kenya) إن البلدين شريكان."
    assert _visits(src) == ["kenya"]


def _told_many_times(text: str) -> bool:
    words = words_of(text)
    trig = next(iter(find_triggers(words)))
    return told_many_times(text, words, trig)


def test_the_word_must_stand_in_the_trigger_clause_and_window() -> None:
    assert _told_many_times("وزار الوزير المدينة مرتين")
    assert not _told_many_times("وزار الوزير المدينة، وقد تكررت الحوادث مرتين")
    assert not _told_many_times("وزار الوزير المدينة الساحلية الجميلة في الشمال مرتين")


def test_visits_told_as_several_take_no_day_of_the_report() -> None:
    src = ("وصل الرئيس [أوباما](PER:obama) إلى [كينيا](LOC:kenya) في زيارة رسمية. "
           "وقال إنه زار [إثيوبيا](LOC:ethiopia) مرتين قبل توليه الرئاسة.")
    dates = {e.attrs.place: e.attrs.date for e in run(src, "2015-07-25") if e.label == "VISIT"}
    assert dates == {"kenya": "2015-07-25", "ethiopia": None}
