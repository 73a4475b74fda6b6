"""Words around an expression that decide whether it is a time and what it counts from: tense
with a conjunction, nouns that look like future verbs, decimals, numbers in brackets, years
without a century, «العام» the adjective, «التالي» and «ذلك اليوم», contracts vs decades."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

THURSDAY = date(2015, 8, 6)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, THURSDAY)]


def _values(text: str) -> list[str | None]:
    return [v for _, v in _found(text)]


@pytest.mark.parametrize("text", ["وسيزور الرئيس مصر الثلاثاء", "ومن المقرر أن يزور مصر الثلاثاء"])
def test_future_verb_or_cue_with_a_conjunction_sets_the_weekday_ahead(text: str) -> None:
    assert _values(text) == ["2015-08-11"]


def test_past_verb_leaves_the_weekday_behind() -> None:
    assert _values("وأعلنت الوزارة الثلاثاء أن") == ["2015-08-04"]


def test_noun_that_looks_like_a_future_verb_does_not_set_the_future() -> None:
    assert _values("بموقف سيارات الأجرة ليلة الجمعة") == ["2015-07-31TNI"]
    assert _values("وسيطرة الجيش الثلاثاء") == ["2015-08-04"]


def test_a_conjunction_after_the_expression_opens_another_clause() -> None:
    assert _values("والذي بدأ في أبريل (نيسان) وسوف يستمر") == ["2015-04"]


@pytest.mark.parametrize("text", ["ارتفع 3.5 ساعات", "خلال 3,5 أيام", "الساعة 3.5 مساء"])
def test_a_decimal_number_is_never_read_from_its_fraction(text: str) -> None:
    assert _found(text) == []


def test_clock_time_with_a_comma() -> None:
    assert _found("سيقام في الساعة 14,30 ت غ") == [("الساعة 14,30", "2015-08-06T14:30")]


def test_number_in_brackets_is_a_count_and_the_span_takes_the_bracket() -> None:
    assert _found("لمدة (20) يوما فقط") == [("(20) يوما", "P20D")]
    assert _found("منذ ( 3 ) سنوات") == [("منذ ( 3 ) سنوات", "2012")]
    assert _found("أكمل الـ15 عاما") == [("الـ15 عاما", "P15Y")]


def test_numeric_date_with_the_gregorian_suffix() -> None:
    assert _found("الموافق 22/07/2015م .") == [("22/07/2015م", "2015-07-22")]


def test_year_without_century_after_am() -> None:
    assert _found("منذ عام 98، وقال") == [("عام 98", "1998")]
    assert _values("في عام 15 وقال") == ["2015"]
    assert _found("هدم عام 70م، ومنذ") == []  # the year 70, written with its era
    assert _found("في سنة 20 من حكمه") == []


def test_ago_does_not_swallow_the_year_after_am() -> None:
    assert _values("منذ عام 2005، وقال") == ["2005"]
    assert _values("منذ أكثر من شهرين 5.7 مليار") == ["2015-06"]


@pytest.mark.parametrize("text", ["قال الأمين العام السابق للأمم", "وحذر المدير العام السابق",
                                  "وقال للأمين العام الحالي"])
def test_am_after_a_title_is_general_not_the_year(text: str) -> None:
    assert _found(text) == []


def test_am_after_a_preposition_stays_the_year() -> None:
    assert _values("مقارنة بالعام السابق") == ["2014"]


@pytest.mark.parametrize("text", ["في العام التالي", "في الأسبوع التالي", "الأحد التالي"])
def test_following_counts_from_another_event(text: str) -> None:
    assert _values(text) == [None]


@pytest.mark.parametrize("text", ["في ذلك اليوم", "وفي تلك الليلة"])
def test_that_day_of_the_story_has_no_value(text: str) -> None:
    assert _values(text) == [None]


@pytest.mark.parametrize("text", ["ومنذ ذلك اليوم لم يعد", "لم نره منذ تلك الليلة"])
def test_since_that_day_of_the_story_is_the_past(text: str) -> None:
    # «منذ» without a count is PAST_REF (the guide's «منذ» rule; timex-dev-15 accepts it)
    assert _values(text) == ["PAST_REF"]


def test_that_as_an_object_leaves_today() -> None:
    assert _values("جاء ذلك اليوم خلال") == ["2015-08-06"]


def test_dual_last_words() -> None:
    assert _found("خلال العامين الأخيرين.") == [("العامين الأخيرين", "P2Y")]


def test_future_hijri_day_is_next_hijri_year() -> None:
    assert _values("من المقرر أن تقام في 5 محرم") == ["2015-10-18"]
    assert _values("في 5 محرم") == ["2014-10-29"]  # no future: this Hijri year's
    assert _values("تبدأ من يوم 29 شعبان الجاري") == ["2015-06-16"]  # the current year, said


def test_contracts_are_not_decades() -> None:
    assert _found("وقع 7 عقود مع شركات") == []
    assert _found("(7) عقود اتفاقيات تأجير") == []
    assert _values("ما زال قائما منذ عدة عقود") == ["PXDE"]  # some decades up to now
    assert _values("بني منذ عدة عقود") == ["PAST_REF"]  # a point some decades back (round 35)


@pytest.mark.parametrize("text", ["في اختيار المستقبل وحمايتهم", "لاعبي المستقبل"])
def test_the_future_as_an_abstract_noun_is_no_time(text: str) -> None:
    assert _found(text) == []


def test_the_past_as_a_noun_is_past_ref() -> None:
    # «الماضي» is a noun of time wherever it stands (`noun_ref`, round 41: 6 of 6 dev rows, and timex-dev-11
    # marks «بين ماضٍ وحاضر» both); «والمستقبل» after it still needs a frame word
    assert _values("جسور بين الماضي والحاضر والمستقبل") == ["PAST_REF"]


@pytest.mark.parametrize("text", ["في المستقبل", "وفي المستقبل القريب", "حتى المستقبل"])
def test_the_future_after_a_frame_is_future_ref(text: str) -> None:
    assert _values(text) == ["FUTURE_REF"]


@pytest.mark.parametrize("text", ["من استديوهات الموسم الماضي", "لقب حققه في نهاية الموسم الفائت",
                                  "في الموسمين الماضيين", "متاحة الموسم المقبل بعد"])
def test_a_last_or_next_season_is_no_timex(text: str) -> None:
    # docs/realtext-annotation.md (timex-dev-3): «الموسم الماضي» is no timex, it has no calendar value
    assert _found(text) == []


def test_a_season_has_no_calendar_value() -> None:
    # round 43's ruling: a sports season named by a demonstrative or an adjective is none (33 of 36 dev
    # phrases; the main gold's 2302 «لظروف الاتحاد هذا الموسم» read again to none)
    assert _found("لظروف الاتحاد هذا الموسم") == []
    assert _found("يتكرر كل موسم") == []
    assert _found("خلال موسم الحج") == []
    assert _found("مع بداية الموسم لمتابعة") == []


@pytest.mark.parametrize(("text", "value"), [("كل يوم جمعة", "XXXX-WXX-5"), ("كل خميس", "XXXX-WXX-4"),
                                             ("يغلق أيام الجمعة", "XXXX-WXX-5"),
                                             ("كل يوم الأحد", "XXXX-WXX-7")])
def test_every_weekday_is_a_set(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_a_single_weekday_stays_a_date() -> None:
    assert _values("الجمعة") == ["2015-07-31"]


@pytest.mark.parametrize("text", ["للأهلي في الموسم الحالي تحت", "بجهود الجهات العاملة في هذا الموسم فلهم",
                                  "يفرط في تناولها في هذا الموسم لمساهمته"])
def test_the_current_season_is_no_timex(text: str) -> None:
    # round 43's ruling (the season rule of timex-dev-3): a season has no calendar value, this one neither
    assert _found(text) == []


@pytest.mark.parametrize("cue", [r["word"] for r in load_table("date_cues") if r["kind"] == "span"])
def test_today_after_a_span_word_is_the_whole_day(cue: str) -> None:
    assert _found(f"وتشحن البطارية على {cue} اليوم دون توقف") == [("اليوم", "P1D")]
    # a plural with no count stays a reference (the guide's stretch rule, issue 16; PXD before round 30)
    assert _found(f"وتشحن البطارية على {cue} الأيام الماضية")[0][1] == "PAST_REF"
    assert _found(f"وتشحن البطارية على {cue} اليومين الماضيين")[0][1] == "P2D"


@pytest.mark.parametrize("text", ["الجواب: بيع العينة محرم وهو أن يبيع", "لأنه محرم بنصوص الكتاب والسنة"])
def test_muharram_alone_is_forbidden_no_month(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "value"), [("في محرم الماضي", "2014-10-25/2014-11-22"),
                                             ("في شهر محرم", "2014-10-25/2014-11-22"),
                                             ("رجب المقبل", "2016-04-08/2016-05-07")])
def test_a_hijri_month_with_a_last_or_next_word_is_the_month(text: str, value: str) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "value"), [("من العام المالي الماضي إلى 646 مليار", "2014"),
                                             ("مبيعات العام المالي الحالي الذي ينتهي", "2015"),
                                             ("خلال السنة المالية الماضية", "2014")])
def test_a_last_or_this_fiscal_year_is_the_calendar_year(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_a_fiscal_year_without_a_last_or_this_word_is_no_date() -> None:
    assert _found("ين خلال العام المالي. كانت") == []


def test_a_relative_clause_in_the_future_sets_the_weekday_ahead() -> None:
    """«التي ستجمع» after the weekday tells the day as coming; a past verb there leaves it behind."""
    assert _values("تعد مباراة الثلاثاء التي ستجمع الفريقين الأصعب") == ["2015-08-11"]
    assert _values("تعد مباراة الثلاثاء التي جمعت الفريقين الأصعب") == ["2015-08-04"]


def test_a_weekday_told_as_coming_holds_for_its_name_later_in_the_text() -> None:
    """The text speaks of one Tuesday: a later bare «الثلاثاء» with no tense of its own is the coming one."""
    text = "تعد مباراة الثلاثاء التي ستجمع الفريقين الأصعب. وقال المدرب إن مباراة الثلاثاء لا تقبل الخطأ"
    assert _values(text) == ["2015-08-11", "2015-08-11"]
    assert _values("وقال المدرب إن مباراة الثلاثاء لا تقبل الخطأ") == ["2015-08-04"]
