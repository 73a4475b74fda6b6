"""A stance noun possessed by the speaker after «أكد» is his own attitude, no quotation
(quote_object_attitudes.tsv, issue 15 round 44): «وأكد الحزب رفضه المطلق للتدخل …» as «أعرب عن
رفضه»; «أعلن رفضه …» (a decision announced) and «أكد رفض الحكومة …» (another holder) stay quotations."""

from __future__ import annotations

import pytest

from marsad.events.quote_object_heads import own_attitude
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run


def test_a_possessed_stance_after_akkada_is_no_quotation() -> None:
    got = run("وأكد [الحزب](ORG:party) رفضه المطلق للتدخل الأجنبي في الشؤون الداخلية للبلاد.")
    assert got == []


def test_a_stance_announced_is_still_a_quotation() -> None:
    got = run("وأعلن [الحزب](ORG:party) رفضه المطلق للتدخل الأجنبي في الشؤون الداخلية للبلاد.")
    assert [(k, s) for k, _t, s in got] == [("indirect", "party")]


def test_a_stance_of_another_holder_is_still_a_quotation() -> None:
    got = run("وأكد [الحزب](ORG:party) رفض الحكومة للتدخل الأجنبي في الشؤون الداخلية للبلاد.")
    assert [(k, s) for k, _t, s in got] == [("indirect", "party")]


@pytest.mark.parametrize("row", load_table("quote_object_attitudes"),
                         ids=lambda r: f"{r['verb']} {r['noun']}")
def test_each_row_reads_its_noun_possessed_after_its_verb(row: dict[str, str]) -> None:
    ws = words_of(f"و{row['verb']} الحزب {row['noun']}ه المطلق")
    assert own_attitude(ws, 0, ws[2])
    bare = words_of(f"و{row['verb']} الحزب {row['noun']} الحكومة")
    assert not own_attitude(bare, 0, bare[2])


def test_a_state_s_own_standing_with_another_is_no_quotation() -> None:
    # round 47's ruling: «أكدت وقوفها مع X» is an attitude (quotes-dev-fresh27 23749)
    got = run("استنكرت [الكويت](LOC:kuwait) الهجوم الإرهابي، حيث أكدت وقوفها مع أمن واستقرار السعودية.")
    assert got == []


def test_standing_of_another_holder_is_still_a_quotation() -> None:
    # round 43's ruling: «أكد على وقوف دولة الكويت الكامل إلى جانب المملكة»
    got = run("وأكد [صباح الأحمد](PER:sabah) وقوف دولة الكويت الكامل إلى جانب المملكة في مواجهة الإرهاب.")
    assert [(k, s) for k, _t, s in got] == [("indirect", "sabah")]
