"""A stance noun in construct with its named holder after «أكد» (quote_object_heads «article»
construct, issue 15 round 44, the round-43 ruling in docs/realtext-annotation.md): «وأكد [تضامن
دولة الإمارات مع المملكة …]» is an indirect quotation from the noun; the speaker's own feeling,
possessed («أكد تضامنه», as «أعرب عن تضامنه»), and the noun with the article are none."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run

_CONSTRUCT = [r["form"] for r in load_table("quote_object_heads") if r["article"] == "construct"]


@pytest.mark.parametrize("head", _CONSTRUCT)
def test_a_construct_head_opens_what_was_said_before_its_holder(head: str) -> None:
    got = run(f"وأكد الوزير [سعود](PER:saud) {head} دولة الكويت مع الأردن في مواجهة الإرهاب.")
    assert got == [("indirect", f"{head} دولة الكويت مع الأردن في مواجهة الإرهاب", "saud")]
    got = run(f"وأكد [سعود](PER:saud) على {head} بلاده مع الأردن في مواجهة الإرهاب.")
    assert got == [("indirect", f"{head} بلاده مع الأردن في مواجهة الإرهاب", "saud")]


@pytest.mark.parametrize("head", _CONSTRUCT)
def test_a_construct_head_possessed_or_with_the_article_is_no_object(head: str) -> None:
    assert run(f"وأكد [سعود](PER:saud) {head}ه مع الأردن في مواجهة الإرهاب.") == []
    assert run(f"وأكد [سعود](PER:saud) ال{head} مع الأردن في مواجهة الإرهاب.") == []
    assert run(f"وأعرب [سعود](PER:saud) عن {head}ه مع الأردن في مواجهة الإرهاب.") == []


def test_news_sentences() -> None:
    got = run("وأكد وزير الخارجية [عبدالله بن زايد](PER:abz) تضامن دولة الإمارات قيادة وحكومة وشعبا "
              "مع المملكة في مواجهة الإرهاب بكل صوره وأشكاله.")
    assert got == [("indirect", "تضامن دولة الإمارات قيادة وحكومة وشعبا مع المملكة في مواجهة الإرهاب "
                                "بكل صوره وأشكاله", "abz")]
    got = run("وأعرب المشاركون في المؤتمر عن تضامنهم مع البلدان المتضررة من الفيضانات.")
    assert got == []
