"""A weekday after a person's occupation or courtesy title and a given name is the family name
(«للكاتب السعودي عبدالعزيز الخميس قائلا»: timex-dev-21 20467), whatever follows it: news names such a
person by a given and a family name (ner_person_words, ner_cues PER_HONORIFIC); a ruler named by his
given name («الأمير محمد الخميس») keeps his day (tests/test_dates_family_weekday.py)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

MONDAY = date(2015, 7, 20)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize("text", [
    # timex-dev-21 20467's shape: an occupation, its nisba, a given name, then the family name
    "وأول تغريدة في الوسم كانت للكاتب السعودي عبدالعزيز الخميس قائلا: إن الصحيفة منعت.",
    "وقال الإعلامي محمد الجمعة إن البرنامج سيعود بعد الإجازة.",
    "وأكد الدكتور عبدالله السبت أن المرض انحسر في المنطقة.",
])
def test_weekday_after_an_occupation_and_a_given_name_is_the_family_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("استقبل الأمير محمد الخميس وزير الخارجية في الرياض.", "الخميس"),  # a ruler named by his given name
    ("وقال المتحدث الرسمي الخميس إن الوزارة ستعلن النتائج.", "الخميس"),  # no given name
    ("وقال الكاتب في مقاله الخميس إن الرواية صدرت.", "الخميس"),
])
def test_weekday_after_a_ruler_or_without_given_name_stays_a_date(text: str, day: str) -> None:
    assert [f[0] for f in found(text)] == [day]
