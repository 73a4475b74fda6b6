"""The written forms lang.clitics names for every stage (ARTICLE, LAM_ARTICLE) are the ones its
table, lang/ar/ner_clitics.tsv, reads as proclitics that carry the article: a stage that asks for
«لل» asks for what the table calls lam + article, never a spelling of its own."""

from __future__ import annotations

from marsad.lang.clitics import ARTICLE, LAM_ARTICLE, proclitics, with_lam_article
from marsad.lang.normalize import normalize


def test_the_article_and_lam_with_the_article_are_definite_proclitics_of_the_table() -> None:
    table = dict(proclitics())
    assert table.get(ARTICLE) is True
    assert table.get(LAM_ARTICLE) is True


def test_lam_with_the_article_is_written_as_in_text_and_normalised() -> None:
    assert normalize("للوفد").startswith(LAM_ARTICLE)
    assert normalize(LAM_ARTICLE) == LAM_ARTICLE


def test_lam_with_the_article_on_a_noun_merges_the_lam_of_a_noun_that_opens_with_one() -> None:
    assert with_lam_article(normalize("وفد")) == normalize("للوفد")
    assert with_lam_article(normalize("ليل")) == normalize("لليل")  # «سهرة مخصصة لليل», not «للليل»
    assert with_lam_article(normalize("لياقة")) == normalize("للياقة")
