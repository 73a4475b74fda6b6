"""Who issued a statement, and which verb a participle goes on from (issue 15, quotes, round 13):
«البيان المنشور على الموقع الرسمي لمكتب العبادي» is the office's (its owner named right after
«لمكتب»), and a verb of saying after a passive auxiliary («تم نقل») is a verbal noun, not the verb
whose subject a participle after it carries on."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


def speakers(src: str) -> list[tuple[str, str | None]]:
    return [(words, speaker) for _, words, speaker in run(src)]


@pytest.mark.parametrize("noun", ["لمكتب", "لوزارة", "لمجلس"])
def test_a_statement_on_a_body_s_page_is_the_body_owner_s(noun: str) -> None:
    got = speakers(f"وافق المجلس على القرار. وجاء في البيان المنشور على الموقع الرسمي {noun} "
                   "[العبادي](PER:abadi) أنه تقرر إلغاء المناصب. وأضاف البيان أن القرار نهائي.")
    assert [sp for _words, sp in got] == ["abadi", "abadi"]


def test_a_body_s_noun_without_its_owner_right_after_names_no_issuer() -> None:
    got = speakers("وزار [العبادي](PER:abadi) بغداد. وجاء في البيان المنشور على الموقع الرسمي لمكتب "
                   "رئيس الوزراء أنه تقرر إلغاء المناصب.")
    assert [sp for _words, sp in got] == [None]


_PASSIVE_ROWS = [r for r in load_table("quote_cues") if r["kind"] == "passive"]


def test_the_passive_rows_are_there() -> None:
    assert {r["form"] for r in _PASSIVE_ROWS} >= {"تم", "يتم"}


@pytest.mark.parametrize("row", _PASSIVE_ROWS, ids=lambda r: r["form"])
def test_a_saying_verb_after_the_passive_auxiliary_is_no_subject_s_verb(row: dict[str, str]) -> None:
    got = speakers(f"وأكد [آل فرج](PER:faraj) أنه لم يصب أحد، إذ {row['form']} نقل مقر السكن خارج "
                   "المدينة، مشيرا إلى أن العمل يسير بشكل طبيعي.")
    assert got[-1] == ("العمل يسير بشكل طبيعي", "faraj")
    # without the auxiliary a relaying verb still has its own subject words (a verb outside the
    # quotation: one inside the words Faraj reports gives his participle nothing of its own)
    got = speakers("وقال [آل فرج](PER:faraj) «لم يصب أحد»، فيما نقل التلفزيون عن شهود خروج السكان، "
                   "مشيرا إلى أن العمل يسير بشكل طبيعي.")
    assert got[-1][1] is None
    # نقل with no source and no clause moves a thing (round 33, quote_other_readings._transport): no
    # verb of saying, so the participle goes on with Faraj
    got = speakers("وقال [آل فرج](PER:faraj) «لم يصب أحد»، فيما نقل مقر السكن خارج المدينة، "
                   "مشيرا إلى أن العمل يسير بشكل طبيعي.")
    assert got[-1] == ("العمل يسير بشكل طبيعي", "faraj")
