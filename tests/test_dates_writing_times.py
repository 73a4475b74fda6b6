"""The time of writing told by the writer («حتى ساعة إعداد هذا الخبر», «حتى كتابة هذه السطور») is the
present (PRESENT_REF), the whole phrase the span; «الأمس القريب» is the recent past (PAST_REF), not
yesterday. date_writing_times.tsv row by row: each lead, act and object in a phrase of the others."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

SATURDAY = date(2015, 7, 25)
ROWS = load_table("date_writing_times")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, SATURDAY)]


def _part(part: str) -> list[str]:
    return [r["word"] for r in ROWS if r["part"] == part]


@pytest.mark.parametrize("lead", _part("lead"))
def test_every_lead_opens_the_time_of_writing(lead: str) -> None:
    phrase = f"{lead} إعداد هذا الخبر"
    assert found(f"ولم يعلن عن أي إصابات {phrase}، بحسب المصادر.") == [(phrase, "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("act", _part("act"))
def test_every_act_of_writing_is_read(act: str) -> None:
    phrase = f"حتى {act} هذا التقرير"
    assert found(f"ولم يعلن عن أي إصابات {phrase}، بحسب المصادر.") == [(phrase, "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("obj", _part("object"))
def test_every_object_is_the_texts_own(obj: str) -> None:
    phrase = f"حتى لحظة كتابة {obj}"
    assert found(f"ولم يعلن عن أي إصابات {phrase}، بحسب المصادر.") == [(phrase, "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("text", [
    "وطلب الوزير كتابة هذا التقرير بسرعة.",  # no lead: the act itself
    "وتستمر اللجنة في عملها حتى كتابة الدستور.",  # another object
    "وحتى إعداد الخطة لم يصدر أي قرار.",
])
def test_writing_without_its_lead_or_own_object_is_none(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("تعود منذ الأمس القريب على تصديق كل ما يقال.", "الأمس القريب"),
    ("وكان بالأمس القريب يقول غير ذلك.", "الأمس القريب"),
])
def test_the_recent_yesterday_is_the_past(text: str, span: str) -> None:
    assert found(text) == [(span, "DATE", "PAST_REF")]


def test_yesterday_alone_stays_the_day_before() -> None:
    assert found("وصل الوزير أمس إلى الرياض.") == [("أمس", "DATE", "2015-07-24")]
