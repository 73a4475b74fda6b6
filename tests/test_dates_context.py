"""Date words that need date context (issue 16), row by row from lang/ar: month words that are also
verbs, names or other words (date_months.tsv `context`, date_month_homographs.tsv), the frame words
that make them months (date_cues.tsv `month_frame`), names that hold date words (date_names.tsv) and
numbers after a decade word (date_cues.tsv `not_decade`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.dates.lexicon import norm
from marsad.lang import load_table

DAY = date(2015, 7, 20)
MONTHS = load_table("date_months")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


def months(text: str) -> list[str | None]:
    """The values of the month-precision dates of `text`."""
    return [t.value for t in extract(text, DAY) if t.value and len(t.value) == 7 and t.value[4] == "-"]


def _english(row: dict[str, str]) -> bool:
    return row["series"].startswith("english")


@pytest.mark.parametrize("row", [r for r in MONTHS if r["context"] == "none" and not _english(r)],
                         ids=lambda r: r["word"])
def test_a_plain_month_word_is_a_month_alone(row: dict[str, str]) -> None:
    assert months(f"وقالت الوزارة إن {row['word']} شهد ارتفاعا في الأسعار") != []


@pytest.mark.parametrize("row", [r for r in MONTHS if r["context"] == "frame"], ids=lambda r: r["word"])
def test_a_month_word_that_is_also_another_word_needs_a_frame(row: dict[str, str]) -> None:
    word = row["word"]
    if _english(row):
        assert months(f"They {word} the rules") == []
        assert months(f"It opened in {word} and closed later") != []
    else:
        assert months(f"وقال إن {word} نوعا من الضغط على الشركاء") == []
        assert months(f"وقال إن الأسعار ارتفعت في {word} بحسب البيان") != []
        assert months(f"وقال إن الأسعار ارتفعت ب{word} بحسب البيان") == []  # a clitic is no frame
    assert months(f"أعلنت ذلك {word} الماضي") != []
    assert months(f"أعلنت ذلك أواخر {word}") != []


def test_every_spelling_of_a_month_word_has_one_context() -> None:
    contexts: dict[str, set[str]] = {}
    for r in MONTHS:
        contexts.setdefault(norm(r["word"]), set()).add(r["context"])
    assert all(len(c) == 1 for c in contexts.values()), contexts


@pytest.mark.parametrize("row", load_table("date_month_homographs"), ids=lambda r: r["form"])
def test_a_homograph_of_a_month_needs_date_context(row: dict[str, str]) -> None:
    form, month = row["form"], int(row["month"])
    assert any(norm(r["word"]) == norm(form) and int(r["month"]) == month for r in MONTHS)
    assert months(f"اشتبكت القوات في {form} وسط البلاد") == []
    assert months(f"وقال إن {form} لثلاثة أطفال") == []
    assert months(f"وهذا من ب{form} الحرص على السلامة") == []
    assert f"2014-{month:02d}-06" in [v for _, _, v in found(f"وقع ذلك في 6 {form} 2014")]
    assert months(f"وقع ذلك في شهر {form}") != []
    assert months(f"وقع ذلك في {form} الماضي") != []


def test_the_month_with_its_own_spelling_takes_a_frame() -> None:
    assert months("أغلق المتحف في آب وأعاد فتحها في أيلول") == ["2015-08", "2015-09"]
    assert months("يقدم عرض «ستاند آب» كوميدي") == []


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "month_frame"],
                         ids=lambda r: r["word"])
def test_a_frame_word_makes_a_month(row: dict[str, str]) -> None:
    if row["word"].isascii():
        assert months(f"prices rose {row['word']} March, the report said") == ["2015-03"]
    else:
        assert months(f"ارتفعت الأسعار {row['word']} مارس بحسب التقرير") == ["2015-03"]


def test_two_series_of_one_month_side_by_side_are_one_expression() -> None:
    assert found("تسليم أغسطس آب 13 سنتا") == [("أغسطس آب", "DATE", "2015-08")]
    assert found("ارتفع عقد أغسطس - آب 0.4 بالمئة") == [("أغسطس - آب", "DATE", "2015-08")]
    assert found("في 5 مايو أيار 2014") == [("5 مايو أيار 2014", "DATE", "2014-05-05")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "not_decade"],
                         ids=lambda r: r["word"])
def test_a_number_range_is_no_decade(row: dict[str, str]) -> None:
    decades = [v for _, _, v in found(f"بلغت القراءات الخمسينات {row['word']} أمس") if v and len(v) == 3]
    assert decades == []


def test_a_decade_stays_a_decade() -> None:
    assert found("كانت المدينة مزدهرة في الخمسينات من القرن الماضي") == [
        ("الخمسينات من القرن الماضي", "DATE", "195")]


NAMES = load_table("date_names")


@pytest.mark.parametrize("row", [r for r in NAMES if r["kind"] == "name"], ids=lambda r: r["name"])
def test_a_name_with_a_date_word_is_no_date(row: dict[str, str]) -> None:
    assert found(f"ونشر موقع {row['name']} تقريرا") == []
    assert found(f"ونشرت {row['name']} تقريرا") == []


@pytest.mark.parametrize("row", [r for r in NAMES if r["kind"] == "quoted"], ids=lambda r: r["name"])
def test_a_quoted_or_headed_outlet_name_is_no_date(row: dict[str, str]) -> None:
    assert found(f"وقال الوزير لـ«{row['name']}» إن المحادثات مستمرة") == []
    assert found(f'وقال الوزير لصحيفة "{row["name"]}" إن المحادثات مستمرة') == []
    assert found(f"وذكرت قناة {row['name']} أن المحادثات مستمرة") == []


def test_an_outlet_word_alone_stays_a_date() -> None:
    assert found("قال المتحدث المصري اليوم إن المحادثات مستمرة") == [("اليوم", "DATE", "2015-07-20")]
    assert found("«اليوم نبدأ مرحلة جديدة» قال الوزير")[0][2] == "2015-07-20"


@pytest.mark.parametrize("row", [r for r in NAMES if r["kind"] in ("head", "outlet_head")],
                         ids=lambda r: r["name"])
def test_a_day_and_month_after_a_name_head_are_part_of_the_name(row: dict[str, str]) -> None:
    assert found(f"وقع الحادث في {row['name']} 6 أكتوبر بالقاهرة") == []
    assert found(f"وقع الحادث ب{row['name']} السادس من أكتوبر") == []
    assert found(f"افتتح {row['name']} في 6 أكتوبر 2014")[-1][2] == "2014-10-06"


def test_a_day_and_month_elsewhere_stay_a_date() -> None:
    assert found("وقع الحادث في 6 أكتوبر الماضي") == [("6 أكتوبر الماضي", "DATE", "2014-10-06")]
    assert found("تحالف قوى 14 آذار") == []


@pytest.mark.parametrize("row", [r for r in NAMES if r["kind"] == "weekday_head"], ids=lambda r: r["name"])
def test_a_weekday_after_a_weekday_head_is_part_of_the_name(row: dict[str, str]) -> None:
    assert found(f"على إحدى واجهات {row['name']} الثلاثاء الشعبي") == []
    assert found(f"وافتتح في {row['name']} الخميس الماضي") == []
    # with the article the head is a noun of the sentence, and the weekday a date
    assert found(f"وافتتح ال{row['name']} الخميس الماضي") == [("الخميس الماضي", "DATE", "2015-07-16")]


@pytest.mark.parametrize("row", [r for r in NAMES if r["kind"] == "weekday_rite"], ids=lambda r: r["name"])
def test_a_weekday_after_a_rite_word_names_the_rite(row: dict[str, str]) -> None:
    # docs/realtext-annotation.md (timex-dev-8): «خطبة الجمعة» is no timex
    assert found(f"وقال في {row['name']} الجمعة بالمسجد الحرام إن") == []
    assert found(f"وقال في {row['name']} الجمعة الماضية إن") == [("الجمعة الماضية", "DATE", "2015-07-17")]
    assert [v for _, _, v in found(f"وقال في {row['name']} يوم الجمعة إن")] == ["2015-07-17"]


CUES = load_table("date_cues")


@pytest.mark.parametrize("row", [r for r in CUES if r["kind"] == "surname"], ids=lambda r: r["word"])
def test_a_set_adjective_that_is_a_family_name_is_a_set_only_after_a_definite_word(
    row: dict[str, str],
) -> None:
    word = row["word"]
    assert found(f"وقال عبدالمجيد {word} إن المشروع اكتمل") == []
    assert found(f"وقال عبدالله {word} إن المشروع اكتمل") == []
    assert [t[1] for t in found(f"وصدر التقرير {word} للهيئة")] == ["SET"]
    assert [t[1] for t in found(f"وفي اجتماعها {word} أقرت اللجنة")] == ["SET"]
