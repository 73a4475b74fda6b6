"""Date mechanisms taken from the errors of the dev dates batches (issue 16, round 22):

- «حتى اللحظة» (PRESENT_REF), as the older «حتى هذه اللحظة». Still not «في السابق» nor «منذ ذلك
  الحين» (the dev dates batches annotate them, the main gold does not: tests/test_dates_timex_dev_11.py),
  nor «في ذلك الوقت», of the same kind, until the golds agree; nor «من قبل» "before": with nothing after
  it, it is as often the agent "by" before a quoted name («من قبل «التنظيم»») or with its noun left out;
- «الراهن/الراهنة» is "current" as «الحالي»: «الفترة الراهنة» PRESENT_REF, «العام الراهن» the year;
- a feast named by a holiday of it («إجازة عيد الفطر», «إجازة العيد»: a `feast_named` cue) is the day
  it falls on, as the timex-dev-12 and -13 batches accept; a bare «العيد» so only when no other feast's
  name follows («العيد الوطني»). Not after a demonstrative: «نسأل الله أن يعيد هذا العيد علينا» is a
  blessing, no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 8, 5)
Found = tuple[str, str, str | None]


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("لم تتوصل اللجنة حتى اللحظة لاتفاق مع المقاول.", [("حتى اللحظة", "DATE", "PRESENT_REF")]),
    ("تواجه الشركة تحديات خلال الفترة الراهنة، حيث", [("الفترة الراهنة", "DATE", "PRESENT_REF")]),
    ("ارتفعت المبيعات في العام الراهن", [("العام الراهن", "DATE", "2015")]),
])
def test_references_without_a_count(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تعاملت الفرق خلال إجازة عيد الفطر المبارك، مع عشرين بلاغا", [("عيد الفطر", "DATE", "2015-07-17")]),
    ("عاد الموظفون بعد الانتهاء من إجازة العيد إلى أعمالهم", [("العيد", "DATE", "2015-07-17")]),
    ("أقيم حفل العيد السعيد في الحديقة", [("العيد", "DATE", "2015-07-17")]),
    # another feast's name after «العيد»: no date
    ("حصل الموظفون على إجازة العيد الوطني", []),
    ("أقيم حفل العيد الوطني في الحديقة", []),
    ("عاد بعد إجازة مرضية طويلة", []),
    ("نسأل الله أن يعيد هذا العيد علينا بالخير", []),
])
def test_a_feast_named_by_its_holiday(text: str, expected: list[Found]) -> None:
    assert found(text) == expected
