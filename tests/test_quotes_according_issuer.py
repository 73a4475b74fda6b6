"""A statement named again after «وفقا لـ» still names its issuer when issuing words follow it
(round 53; round 52's outside audit row 25: «ووفقاً للبيان الصادر من الاتحاد السعودي لكرة القدم
…» then «وأضاف البيان أن» was given nobody, the words «البيان»); without them the statement
named again names no issuer there (round 52: «ووفقا للبيان تم حل [هيئة الأركان]»)."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import speakers

_AFTER = "\n وأضاف البيان أن المقترحين هما وضع آلية تنظيمية للجوانب المالية."


@pytest.mark.parametrize("link", ["الصادر من", "الصادر عن"])
def test_the_issuer_after_issuing_words_speaks_for_the_statement(link: str) -> None:
    got = speakers(f"ووفقاً للبيان {link} [الاتحاد السعودي لكرة القدم](ORG:saff) عن الاجتماع، "
                   "فإنه جرى تدارس كل الجوانب الخاصة بديون الأندية." + _AFTER)
    assert got[-1] == "saff"


def test_a_statement_named_again_names_no_issuer() -> None:
    got = speakers("ووفقا للبيان تم حل [هيئة الأركان](ORG:staff) نهائيا." + _AFTER)
    assert got[-1] is None
