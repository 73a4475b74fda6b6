"""A statement or report of an unnamed official (issue 15, quotes, round 34): «نفت الحكومة تقريرا
لمسؤول كبير في [الاتحاد الأوروبي] قال إن …» is the unnamed official's report, not the union's;
an indefinite office tied to the body by a preposition («في», «لدى») names nobody, so the verb
after the report has no speaker the article names. A body's own statement («بيانا [لوزارة
الخارجية]») and an office in construct with the body («لوزير خارجية [فرنسا]») keep theirs."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


def speakers(src: str) -> list[str | None]:
    return [speaker for _, _words, speaker in run(src)]


@pytest.mark.parametrize("office", ["لمسؤول كبير في", "لمصدر في", "لدبلوماسي رفيع لدى"])
def test_an_unnamed_official_s_report_names_no_body(office: str) -> None:
    got = speakers(f"ونفت الحكومة تقريرا {office} [الاتحاد الأوروبي](ORG:eu) قال إن [فرنسا](LOC:france) "
                   "ستمنح المصرف قرضا جديدا.")
    assert got == [None]


def test_a_body_s_own_statement_keeps_its_issuer() -> None:
    got = speakers("ونشرت الوكالة بيانا [لوزارة الخارجية](ORG:mofa) أكدت فيه أن الحدود آمنة.")
    assert got == ["mofa"]


def test_without_the_office_the_body_issued_the_report() -> None:
    got = speakers("ونفت الحكومة تقريرا [للاتحاد الأوروبي](ORG:eu) قال إن [فرنسا](LOC:france) "
                   "ستمنح المصرف قرضا جديدا.")
    assert got == ["eu"]
