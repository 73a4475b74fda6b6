"""A statement noun's owner after لـ is part of the words that describe an untagged speaker
(issue 15, round 38): «قال بيان [للقيادة المشتركة] إن …» is given by «بيان للقيادة المشتركة», not
«بيان» alone; a لـ after any other subject is still the hearer («وقالت الوزارة للصحفيين»)."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_quotes_units import marked


def _described(src: str) -> list[tuple[str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker, q.attrs.speaker_text) for q in art.layer("quotes")]


def test_a_statement_s_owner_after_li_describes_the_speaker() -> None:
    got = _described("قال بيان للقيادة المشتركة إن القوات نفذت 41 ضربة جوية. وأضاف أن 17 ضربة نفذت "
                     "قرب المدينة.")
    assert got == [(None, "بيان للقيادة المشتركة")] * 2


def test_a_report_s_owner_too() -> None:
    got = _described("وذكر تقرير لمؤسسة الأبحاث العقارية أن الأسعار تراجعت في الربع الأخير.")
    assert got == [(None, "تقرير لمؤسسة الأبحاث العقارية")]


def test_li_after_a_body_is_still_its_hearer() -> None:
    got = _described("وقالت الوزارة للصحفيين إن القوات نفذت 41 ضربة جوية.")
    assert got == [(None, "الوزارة")]
