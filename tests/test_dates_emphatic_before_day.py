"""«نفسه»/«ذاته» right before a day word is the emphatic of the noun before it («فجّر الانتحاري
نفسه أمس السبت»), not the anaphoric «نفس اليوم»: the day word is the writing day's, and its
weekday says on which day the page was written. The bare «نفس»/«ذات» before a day still make
it a day of the story."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract, infer_published
from marsad.dates.extract import text_writing_day
from marsad.dates.lexicon import lexicon

TUESDAY = date(2015, 7, 21)


def test_only_the_bare_form_stands_before_a_day() -> None:
    lx = lexicon()
    assert {"نفس", "ذات"} <= lx.anaphoric_before
    assert "نفسه" not in lx.anaphoric_before and "ذاته" not in lx.anaphoric_before
    assert {"نفسه", "ذاته", "نفس", "ذات"} <= lx.anaphoric  # «اليوم نفسه» after the unit stays


@pytest.mark.parametrize("text, expected", [
    ("فجّر انتحاري نفسه أمس السبت في سوق المدينة", [("أمس السبت", "2015-07-18")]),
    ("وقال الوزير ذاته اليوم الأحد إن الطريق افتتح", [("اليوم الأحد", "2015-07-19")]),
])
def test_an_emphatic_pronoun_before_a_day_word_leaves_it_the_writing_days(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[t.start:t.end], t.value) for t in extract(text, TUESDAY)] == expected
    assert text_writing_day(text, TUESDAY) == date(2015, 7, 19)


def test_a_page_fetched_days_later_is_dated_by_that_weekday() -> None:
    text = "فجّر انتحاري نفسه أمس السبت في سوق المدينة، وأعلنت الشرطة حالة الطوارئ."
    pub = infer_published(text, {"date": "2015-07-21 02:56:18", "date_field": "date_extracted"}, [])
    assert (pub.date, pub.source) == ("2015-07-19", "weekday")


@pytest.mark.parametrize("text", [
    "وصل الوفد، وفي نفس اليوم الجمعة عقد اجتماعا",
    "وصل الوفد، وفي ذات اليوم الجمعة عقد اجتماعا",
])
def test_the_bare_form_before_a_day_still_names_a_day_of_the_story(text: str) -> None:
    assert text_writing_day(text, TUESDAY) == TUESDAY
