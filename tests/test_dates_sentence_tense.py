"""Issue 16, round 8: an imperfective verb of a scheduled event opening a long sentence sets a
bare weekday at its end in the coming week, even past the clause window of `future_context`
(«يختتم المنتخب ... مبارياته في ... بمواجهة تونس ظهر يوم الاثنين»), each `scheduled` row tried."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.dates.tense import SENTENCE_REACH
from marsad.lang import load_table

SUNDAY = date(2015, 8, 9)
MIDDLE = ("المنتخب السعودي للناشئين مبارياته في الدور التمهيدي من البطولة الثالثة عشرة المقامة "
          "في العاصمة المغربية الرباط بمواجهة المنتخب التونسي")
SCHEDULED = [r["word"] for r in load_table("date_cues") if r["kind"] == "scheduled"]


def weekday_value(text: str) -> str | None:
    return next(t.value for t in extract(text, SUNDAY) if t.raw.kind == "weekday")


@pytest.mark.parametrize("verb", SCHEDULED)
def test_a_scheduled_verb_opening_the_sentence_sets_the_weekday_ahead(verb: str) -> None:
    assert weekday_value(f"{verb} {MIDDLE} ظهر يوم الاثنين وسيحدد اللقاء") == "2015-08-10TAF"
    assert weekday_value(f"قال المدرب ذلك. و{verb} {MIDDLE} يوم الاثنين") == "2015-08-10"


def test_the_same_with_a_tatweel_in_the_sentence() -> None:  # the text and its normalised form differ
    assert weekday_value(f"يختتم {MIDDLE} في البطولة الـ13 ظهر يوم (الأثنين)") == "2015-08-10TAF"


def test_a_past_verb_opening_the_sentence_keeps_the_past_weekday() -> None:
    assert weekday_value(f"اختتم {MIDDLE} يوم الاثنين") == "2015-08-03"
    assert weekday_value(f"يختتم الفريق مشاركته اليوم. وفاز {MIDDLE} يوم الاثنين") == "2015-08-03"


def test_a_sentence_opening_further_back_than_the_reach_is_not_read() -> None:
    filler = " ".join(["المنتخب"] * (SENTENCE_REACH // 8 + 1))
    assert weekday_value(f"يختتم {filler} {MIDDLE} يوم الاثنين") == "2015-08-03"


def test_a_hard_wrap_inside_the_sentence_does_not_end_it() -> None:
    wrapped = MIDDLE.replace(" الرباط", "\nالرباط")  # a line broken after a letter
    assert weekday_value(f"يختتم {wrapped} يوم الاثنين") == "2015-08-10"
    # a line ending in a full stop or a bracket ends the sentence
    assert weekday_value(f"يختتم الفريق مشاركته اليوم.\nفاز {MIDDLE} يوم الاثنين") == "2015-08-03"
    assert weekday_value(f"يختتم الفريق مشاركته (اليوم)\nفاز {MIDDLE} يوم الاثنين") == "2015-08-03"


# Issue 16, round 10: the clause and the sentence are read in the normalised text at the
# expression's own offsets there; diacritics and tatweels before it (dropped by normalising)
# once moved the window they were read in by as many characters.
VOCALISED = "إنَّ المؤتمرَ الدوليَّ للشبابِ والرياضةِ والثقافةِ والفنونِ"


def test_diacritics_before_a_weekday_do_not_move_the_clause_read_for_its_tense() -> None:
    assert weekday_value(f"قال الوزير: {VOCALISED} يوم الاثنين سوف يبدأ.") == "2015-08-10"
    assert weekday_value(f"قال الوزير: {VOCALISED} يوم الاثنين بدأ.") == "2015-08-03"
    tatweel = VOCALISED.replace("المؤتمر", "المـــــــؤتمر")
    assert weekday_value(f"قال الوزير: {tatweel} يوم الاثنين سوف يبدأ.") == "2015-08-10"


def test_diacritics_do_not_bring_a_sentence_opening_beyond_the_reach_within_it() -> None:
    # the sentence opens with a past verb beyond the reach; a scheduled verb lies mid-sentence,
    # exactly the reach before the weekday in the original text, nearer in the normalised one
    tail = f"{VOCALISED} {MIDDLE} "
    rest = SENTENCE_REACH - len("يختتم ") - len(tail)
    middle = "يختتم " + "المنتخب " * (rest // 8) + " " * (rest % 8) + tail
    text = f"فاز {' '.join(['الفريق'] * 10)} {middle}يوم الاثنين"
    assert len(middle) == SENTENCE_REACH and middle.startswith("يختتم")
    assert weekday_value(text) == "2015-08-03"
