"""Date mechanisms taken from the misses and false alarms of the dev dates batches (issue 16, round 23),
each data row tested, on invented sentences:

- the reference adverb «للتو» (just, PAST_REF), date_relative.tsv kind ref; «البارحة الأولى» the night
  before last (day -2, the timex-dev-13 gold);
- the first or last three or six months of a year are its quarter or half (date_fractions.tsv:
  «الأشهر الثلاثة الأولى من عام 2015» 2015-Q1, the timex-dev-13 gold);
- «من قبل» ("before") is PAST_REF only with nothing of its clause after it (`pause_ref` cues: a stop,
  a comma, a verse's brace or the end); before a noun or a quoted name it is the agent "by";
- «نهاية هذا الأسبوع», «نهاية الأسبوع الحالي» are this weekend (YYYY-Www-WE), as «عطلة نهاية
  الأسبوع»; the end of a last or next week stays the week (mod END);
- a unit with «ب» written onto it and no count, a few words after «قبل/بعد» in its clause («قبل
  انطلاق الدوري بأسبوع», «وبعد تلك الواقعة بدقائق»), is the length between two events, a DURATION
  (the guide's timex-dev-7 rule), not before a word it is in construct with;
- a weekday before an epithet of a named day («الأحد الدموي», «اتفاق الجمعة العظيمة»: `day_epithet`
  cues) is that name, no date (the guide's timex-dev-9 rule).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

TUESDAY = date(2015, 8, 11)
CUES = load_table("date_cues")

Found = list[tuple[str, str, str | None]]


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, TUESDAY)]


def cue_words(kind: str) -> list[str]:
    return [r["word"] for r in CUES if r["kind"] == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("رفض الوزير العرض للتو وبشدة", [("للتو", "DATE", "PAST_REF")]),
    ("وعقدت الورشة البارحة الأولى في مقر الوزارة", [("البارحة الأولى", "DATE", "2015-08-09")]),
])
def test_just_is_a_reference_adverb(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("word", cue_words("pause_ref"))
@pytest.mark.parametrize("pause", [".", "،", "؛", " {قال"])
def test_before_at_a_pause_is_the_past(word: str, pause: str) -> None:
    assert found(f"وقد نشرت الصور {word}{pause} ثم عادت") == [(word, "DATE", "PAST_REF")]


@pytest.mark.parametrize("word", cue_words("pause_ref"))
@pytest.mark.parametrize("after", ["الشرطة المحلية", "«الهيئة»", '"اللجنة"', ": الوزير"])
def test_before_a_noun_or_a_quoted_name_is_the_agent(word: str, after: str) -> None:
    assert found(f"وتم اعتماد القرار {word} {after} في الاجتماع") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("قبل اجتماعات نهاية هذا الأسبوع المتعلقة بالأزمة", [("نهاية هذا الأسبوع", "DATE", "2015-W33-WE")]),
    ("يبدأ التوزيع نهاية الأسبوع الحالي.", [("نهاية الأسبوع الحالي", "DATE", "2015-W33-WE")]),
    ("يبدأ التوزيع نهاية الأسبوع المقبل.", [("نهاية الأسبوع المقبل", "DATE", "2015-W34")]),
    ("في نهاية هذا الشهر", [("نهاية هذا الشهر", "DATE", "2015-08")]),
])
def test_the_end_of_this_week_is_the_weekend(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل الفريق قبل انطلاق الدوري بأسبوع.", [("أسبوع", "DURATION", "P1W")]),
    ("وبعد تلك الحادثة بدقائق، غادر المكان", [("دقائق", "DURATION", "PTXM")]),
    ("وبعد إعلان النتائج بساعات قليلة عاد", [("ساعات قليلة", "DURATION", "PTXH")]),
    ("بعد التزامه بساعات العمل المقررة", []),  # «ساعات العمل»: in construct, working hours
    ("نشر الخبر بعد أن فاز بلقب الدوري", []),
])
def test_a_unit_with_bi_after_before_or_after_is_a_length(text: str, expected: Found) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("word", cue_words("day_epithet"))
def test_a_weekday_before_an_epithet_is_a_name(word: str) -> None:
    assert found(f"وقد عرفت الأحداث باسم الأحد {word} في المدينة") == []
    assert found("وقعت الأحداث الأحد الماضي في المدينة") == [("الأحد الماضي", "DATE", "2015-08-09")]


@pytest.mark.parametrize("row", [r for r in load_table("date_fractions") if not r["word"].startswith("الربع ")
                                 and not r["word"].startswith("النصف ")], ids=lambda r: r["word"])
def test_the_first_or_last_months_of_a_year(row: dict[str, str]) -> None:
    text = f"ونما الاقتصاد خلال {row['word']} من عام 2013 بنسبة"
    assert found(text) == [(f"{row['word']} من عام 2013", "DATE", f"2013-{row['code']}")]
    assert found(f"ونما الاقتصاد خلال {row['word']} من العام الماضي")[0][2] == f"2014-{row['code']}"
    # months of something else: no quarter (the last ones stay a length, «الأشهر الستة الأخيرة» P6M)
    assert all(t[1] != "DATE" for t in found(f"ونما الاقتصاد خلال {row['word']} من حكمه"))
