"""The pipeline checks its chain when built and never loses a batch to one article."""

from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.pipeline import DEFAULT_STEPS, Pipeline, PipelineError
from marsad.steps.base import RejectArticle, Stage, register


def test_default_chain_builds() -> None:
    p = Pipeline.build()
    assert p.names() == list(DEFAULT_STEPS)


def test_chain_out_of_order_is_refused_with_the_missing_layer() -> None:
    with pytest.raises(PipelineError, match="ner.*requires.*segments"):
        Pipeline.build(["ner", "segment"])


def test_unknown_step_names_the_known_ones() -> None:
    with pytest.raises(PipelineError, match="known steps"):
        Pipeline.build(["nonsense"])


def _explode(art: Article) -> None:
    if "boom" in art.text:
        raise RejectArticle("cannot handle boom")


register(Stage("test_explode", ("text",), ("exploded",), _explode))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_article_is_an_outcome_and_the_others_go_on(jobs: int) -> None:
    arts = [Article(path=f"{i}.txt", text=f"نص {i}" + (" boom" if i == 3 else "")) for i in range(450)]
    p = Pipeline.build(["segment", "test_explode"]) if jobs == 1 else Pipeline.build(["segment"])
    corpus, rejected = p.run(arts, jobs=jobs)
    if jobs == 1:
        assert [r.path for r in rejected] == ["3.txt"]
        assert rejected[0].stage == "test_explode" and "boom" in rejected[0].reason
        assert len(corpus.articles) == 449
    else:
        assert not rejected and len(corpus.articles) == 450
        assert all(a.layer("segments") for a in corpus.articles)


def test_ids_are_content_hashes() -> None:
    a = Article(path="x.txt", text="نص")
    b = Article(path="y.txt", text="نص")
    c = Article(path="x.txt", text="نص آخر")
    assert a.id == b.id != c.id
