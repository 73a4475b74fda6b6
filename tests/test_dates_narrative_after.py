"""«وبعد خمس سنوات، تسلم الحقيبة»: a narrative's "N later" is a length from the event told before
it (`marsad.dates.narrative_after`), not N units after the writing day."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def _after(text: str) -> tuple[str, str | None]:
    got = [(t.type, t.value) for t in extract(text, ANCHOR)
           if text[t.start:t.end].lstrip("وف").startswith("بعد")]
    assert len(got) == 1
    return got[0]


@pytest.mark.parametrize(("text", "value"), [
    ("رفض الضابط العرض في البداية. وبعد خمس سنوات، تسلم قيادة اللواء", "P5Y"),
    ("فاز الحزب بالانتخابات في 1994. بعد عام واحد، انسحب من الحكومة", "P1Y"),
    ("أغلقت المدرسة أبوابها، فبعد عشرين سنة أو أكثر بقليل، هدمها المالك", "P20Y"),
    ("ثم غادر إلى القاهرة، وبعد يوم، استقبله الوزير في مكتبه", "P1D"),
])
def test_n_later_in_a_narrative_is_a_length(text: str, value: str) -> None:
    assert _after(text) == ("DURATION", value)


@pytest.mark.parametrize(("text", "value"), [
    ("وبعد أسبوعين، ستنطلق البطولة في الرياض", "2015-W32"),  # a future verb after it
    ("وبعد أسبوع، تبدأ المرحلة الثانية من المشروع", "2015-W31"),  # a `future` cue
    ("وبعد عشر سنوات عند انتهاء مدة الاتفاق ترفع القيود", "2025"),  # no comma closing it
    ("سيعود الفريق بعد أسبوعين، بحسب المدرب", "2015-W32"),  # not opening its clause
])
def test_after_a_count_from_the_writing_day_stays_a_date(text: str, value: str) -> None:
    assert _after(text) == ("DATE", value)
