"""A reason given, «عزا/أرجع X Y إلى» or «برر X Y بـ» (the guide, ruled in round 41 and again in round
47): with a noun phrase after «إلى» or «بـ» it is no quotation; with «إلى أن» or «بأن» + a clause the
clause is reported speech like any أن clause. A body that gives the reason keeps its own words:
«وأرجعت [الشركة] تراجع أرباحها …» (a word without the article ends the words that describe a definite
noun). Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers_round19 import spoken
from tests.test_quotes_units import run


@pytest.mark.parametrize("text", [
    "وأرجع المحلل [سالم العلي](PER:salem) سبب التراجعات إلى عدم وجود محفزات اقتصادية في الوقت الراهن.",
    "وأرجعت الشركة نتائجها إلى انخفاض الأسعار في السوق العالمية.",
    "وعزا [سالم العلي](PER:salem) تراجع المؤشر إلى هبوط أسعار النفط في الأسواق.",
])
def test_a_reason_with_a_noun_phrase_is_no_quotation(text: str) -> None:
    assert run(text) == []


def test_a_reason_with_a_clause_is_reported_speech() -> None:
    got = run("وعزا المتحدث الإعلامي للمؤسسة [ناصر الدوسري](PER:nasser)، في تصريح إلى \"الوطن\" أمس، "
              "انتظام الرحلات إلى أن موقع توقف القطار المتعطل كان في منطقة التخزين.")
    assert got == [("indirect", "موقع توقف القطار المتعطل كان في منطقة التخزين", "nasser")]


def test_a_body_giving_a_reason_is_its_noun_not_the_reason() -> None:
    got = spoken("بدورها، أرجعت الشركة تراجع أرباحها إلى ضعف الطلب، مشيرة إلى أن الأسعار ستتحسن.")
    assert got == [(None, "الشركة")]


def test_a_justification_with_a_noun_phrase_is_no_quotation() -> None:
    assert run("وبرر [سالم العلي](PER:salem) طلب الإعفاء بوجود ظروف خاصة تحول دون استمراره في مهامه.") == []


def test_a_justification_with_a_clause_is_speech() -> None:
    got = run("وبرر المدرب [سالم العلي](PER:salem) الخسارة بأن اللاعبين كانوا مرهقين بعد السفر الطويل.")
    assert got == [("indirect", "اللاعبين كانوا مرهقين بعد السفر الطويل", "salem")]
