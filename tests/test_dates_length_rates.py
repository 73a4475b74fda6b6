"""A length counted per day («24 ساعة في اليوم») leaves no deictic "today" behind it."""

from datetime import date

from marsad.dates.extract import extract

ANCHOR = date(2015, 3, 4)


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, ANCHOR)]


def test_length_per_day_is_no_today() -> None:
    assert _spans("يعمل الحراس 24 ساعة في اليوم دون توقف") == [("24 ساعة", "PT24H")]
    assert _spans("ينام الرضيع خمس ساعات في اليوم فقط") == [("خمس ساعات", "PT5H")]
    assert _spans("يتدرب اللاعبون ساعتين باليوم") == [("ساعتين", "PT2H")]


def test_described_day_after_a_length_stays() -> None:
    assert ("اليوم التالي", None) in _spans("عمل الفريق 24 ساعة في اليوم التالي للعاصفة")
    assert ("اليوم", None) in _spans("قضى المسعفون خمس ساعات في اليوم الأول")


def test_today_and_counted_rate_unchanged() -> None:
    assert _spans("قال الوزير اليوم إن المشروع اكتمل") == [("اليوم", "2015-03-04")]
    assert _spans("يتناول المريض الدواء ثلاث مرات في اليوم") == [("في اليوم", "P1D")]


def test_a_count_per_day_after_fi_is_no_today() -> None:
    # round 38: a bare «اليوم» right after the word «في» is per day or in the day, never today
    assert _spans("تصل أجرة السيارة الفخمة في اليوم إلى 600 ريال") == []
    assert _spans("يستهلك المصنع 40 لترا من الوقود في اليوم، بحسب التقرير") == []
    assert _spans("أول ما يتناوله الطفل في اليوم هو الإفطار") == []


def test_a_described_day_or_a_weekday_after_fi_stays() -> None:
    assert ("اليوم التالي", None) in _spans("وعاد الوفد في اليوم التالي إلى الرياض")
    assert _spans("ويصل الوفد في اليوم الأربعاء") == [("اليوم الأربعاء", "2015-03-04")]
    assert _spans("وفي اليوم نفسه أعلنت الوزارة النتائج") != []
