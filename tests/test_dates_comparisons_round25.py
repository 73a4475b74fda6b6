"""Date values taken from the wrong values of the dev dates batches (issue 16, round 25), each data row
tested, on invented sentences:

- a comparison with the like period of the year before («الربع المماثل من العام السابق», «النصف المماثل
  من العام الماضي»: `comparable` and `comparable_period` cues) is the period its sentence named before
  it, in that year (the timex-dev-13 gold: 2014-Q2 after «الربع الثاني»); with none before it, the year;
- «الربع السابق» (`preceding` cues) after a quarter its sentence named is the quarter before that one, not
  the quarter before the publication date's («الربع الماضي» stays that);
- «في اليوم الواحد» ("in a single day") is per day, a SET, whatever comes before it (timex-dev-15);
- «منذ ذلك اليوم» is the past (PAST_REF), as «منذ» without a count (tests/test_dates_context_words.py);
- a decimal point («19.9 مليون») ends no sentence (`narrative.SENTENCE_BREAK`);
- «قبل 125 مليون سنة»: a count with a thousand or a million after it is multiplied, and a date before
  the first year TIMEX3 writes is the past (PAST_REF; the timex-dev-13 gold), never a negative year;
- a dual with the article joined by «و» to a length («أي منذ العام والشهرين», the guide's restated
  length) adds to it (P1Y2M); joined to no length it is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

FRIDAY = date(2015, 7, 24)  # third quarter, second half
CUES = load_table("date_cues")

Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, FRIDAY)]


def cue_words(kind: str) -> list[str]:
    return [r["word"] for r in CUES if r["kind"] == kind]


PERIOD_BEFORE = {"ربع": ("الربع الثاني", "2015-Q2", "2014-Q2"),
                 "نصف": ("النصف الأول من العام الحالي", "2015-H1", "2014-H1")}


@pytest.mark.parametrize("period", cue_words("comparable_period"))
@pytest.mark.parametrize("like", cue_words("comparable"))
def test_like_period_of_last_year_is_the_period_named_before(period: str, like: str) -> None:
    named, value, back = PERIOD_BEFORE[period]
    phrase = f"ال{period} {like} من العام السابق"
    text = f"ربحت الشركة في {named} خمسة ملايين مقارنة ب{phrase} حين ربحت ثلاثة"
    assert found(text) == [(named, "DATE", value), (phrase, "DATE", back)]


@pytest.mark.parametrize("period", cue_words("comparable_period"))
def test_like_period_alone_is_the_year(period: str) -> None:
    phrase = f"ال{period} المماثل من العام الماضي"
    assert found(f"ارتفعت المبيعات مقارنة ب{phrase} بنسبة كبيرة") == [(phrase, "DATE", "2014")]


@pytest.mark.parametrize("word", cue_words("preceding"))
def test_preceding_quarter_counts_from_the_quarter_named(word: str) -> None:
    text = f"بلغ الربح في الربع الأول من العام الحالي مليونا بزيادة 5% عن الربع {word}"
    assert found(text) == [("الربع الأول من العام الحالي", "DATE", "2015-Q1"),
                           (f"الربع {word}", "DATE", "2014-Q4")]


@pytest.mark.parametrize("word", cue_words("preceding"))
def test_preceding_quarter_alone_counts_from_publication(word: str) -> None:
    assert found(f"تراجعت الأرباح عن الربع {word} بنسبة قليلة") == [(f"الربع {word}", "DATE", "2015-Q2")]


def test_last_quarter_stays_the_last_before_now() -> None:
    text = "بلغ الربح في الربع الأول مليونا وفي الربع الماضي مليونين"
    assert found(text) == [("الربع الأول", "DATE", "2015-Q1"), ("الربع الماضي", "DATE", "2015-Q2")]


@pytest.mark.parametrize("text", ["يبقى الحد الأقصى للسحب في اليوم الواحد كما كان",
                                  "لا يتجاوز عدد الزوار في اليوم الواحد ألف زائر"])
def test_in_a_single_day_is_per_day(text: str) -> None:
    assert found(text) == [("في اليوم الواحد", "SET", "P1D")]


def test_the_day_alone_after_in_is_per_day_too() -> None:
    # round 38: a bare «اليوم» right after the word «في» is per day, never today (dates/length_rates.py);
    # it is no SET of its own, only «في اليوم الواحد» and a count of times are
    assert found("يبقى الحد الأقصى للسحب في اليوم كما كان") == []
    assert found("يبقى الحد الأقصى للسحب اليوم كما كان") == [("اليوم", "DATE", "2015-07-24")]


def test_a_decimal_point_does_not_end_the_sentence() -> None:
    # the comparison after «19.9 مليون» still counts from the quarter named before the number
    text = "ربحت الشركة في الربع الثاني 19.9 مليون ريال بانخفاض 5.3% عن الربع السابق"
    assert found(text)[-1] == ("الربع السابق", "DATE", "2015-Q1")


def test_a_full_stop_ends_the_sentence() -> None:
    text = "ربحت الشركة في الربع الثاني 19 مليون ريال. وتراجعت عن الربع السابق"
    assert found(text)[-1] == ("الربع السابق", "DATE", "2015-Q2")


@pytest.mark.parametrize("text", ["عاش هذا الحيوان قبل 125 مليون سنة في آسيا",
                                  "تكونت هذه الصخور قبل مليون سنة تقريبا",
                                  "سكن الإنسان الكهف منذ 40 ألف سنة"])
def test_an_age_before_the_first_year_is_the_past(text: str) -> None:
    (span, kind, value), = found(text)
    assert (kind, value) == ("DATE", "PAST_REF") and span.startswith(("قبل", "منذ"))


def test_a_count_of_thousands_is_multiplied() -> None:
    assert found("بنيت القلعة قبل 1 ألف سنة") == [("قبل 1 ألف سنة", "DATE", "1015")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وهي القضايا المنظورة أي منذ العام والشهرين", [("العام والشهرين", "DURATION", "P1Y2M")]),
    ("ظل معتقلا لمدة عام والشهرين", [("عام والشهرين", "DURATION", "P1Y2M")]),
])
def test_a_definite_dual_joined_to_a_length_adds_to_it(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_a_definite_dual_joined_to_no_length_is_none() -> None:
    assert found("استمر العام والشهرين") == []
