"""Round 42 (issue 15), on invented sentences: «بتأكيده/بتأكيدها أن» (by his/her confirming that),
a noun of saying behind «بـ» with the speaker's pronoun, opens what was said, the clause's subject
its speaker, as «بقوله» does."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize(("noun", "who"), [("بتأكيده", "سعود"), ("بتأكيدها", "هند")])
def test_by_confirming_opens_what_was_said(noun: str, who: str) -> None:
    got = run(f"ترك [{who}](PER:x) الباب مفتوحا أمام اللاعب [ماريو](PER:m)، {noun} أن مصيره يقرره "
              "اللاعب نفسه.")
    assert got == [("indirect", "مصيره يقرره اللاعب نفسه", "x")]


def test_the_noun_with_no_clause_after_it_is_no_quotation() -> None:
    assert run("وختم [سعود](PER:x) حديثه بتأكيده على أهمية الحوار بين الطرفين.") == []
