"""What was said as a direct object headed by a noun that opens it only bare or possessed
(quote_object_heads «article» no, issue 15 round 17): «أكد السفير [مشاركة بلاده ...]»,
«أعلنت الجبهة [مسؤوليتها عن ...]», «نفى [تنازله عن ...]»; with the article the same noun is an
adjective or a genitive, no object («ضمن القوات المشاركة», «في موقع المسؤولية»)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_BARE_ONLY = [r["form"] for r in load_table("quote_object_heads") if r["article"] == "no"]
_DEFINITE = [r["form"] for r in load_table("quote_object_heads") if r["article"] == "yes"]


@pytest.mark.parametrize("head", _BARE_ONLY)
def test_a_bare_only_head_opens_what_was_said_bare_or_possessed(head: str) -> None:
    got = run(f"وأكد [سعود](PER:saud) {head} الفريق في البطولة المقبلة.")
    assert got == [("indirect", f"{head} الفريق في البطولة المقبلة", "saud")]
    possessed = head[:-1] + "تها" if head.endswith("ة") else head + "ها"
    got = run(f"وأعلنت [الجبهة](ORG:front) {possessed} عن الهجوم على المبنى.")
    assert got == [("indirect", f"{possessed} عن الهجوم على المبنى", "front")]


@pytest.mark.parametrize("head", _BARE_ONLY)
def test_a_bare_only_head_with_the_article_is_no_object(head: str) -> None:
    assert run(f"وأكد [سعود](PER:saud) ال{head} في البطولة المقبلة.") == []
    assert run(f"وأفادت مصادر محلية اليوم بال{head} في البطولة المقبلة.") == []


@pytest.mark.parametrize("head", _DEFINITE)
def test_a_definite_head_still_opens_what_was_said_with_the_article(head: str) -> None:
    got = run(f"وأكد [سعود](PER:saud) ال{head} في البطولة المقبلة.")
    assert got == [("indirect", f"ال{head} في البطولة المقبلة", "saud")]


def test_news_sentences() -> None:
    got = run("وكانت حركة [الشباب](ORG:shabab) المتطرفة قد أعلنت مسؤوليتها عن المجزرة.")
    assert got == [("indirect", "مسؤوليتها عن المجزرة", "shabab")]
    got = run("لكن [فينجر](PER:wenger) نفى تنازله عن فكره الهجومي.")
    assert got == [("indirect", "تنازله عن فكره الهجومي", "wenger")]
    # an adjective participle and a genitive after a preposition are no objects
    assert run("وأعلنت [القيادة العامة](ORG:gc) اسمه ضمن القوات المشاركة في عملية إعادة الأمل.") == []
    assert run("وأوضح [خالد](PER:k) وهو في موقع المسؤولية في بلادنا.") == []
    # a negated announcement with no named saying verb stays out
    assert run("ولم تعلن أي جهة مسؤوليتها على الفور عن الهجوم.") == []
