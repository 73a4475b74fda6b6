"""Story clusters: sets `article.story` and `corpus.stories`. (Stub: one story each.)"""

from __future__ import annotations

from marsad.model.article import content_id
from marsad.stages.base import Corpus, corpus_step


@corpus_step("stories", requires=("segments", "duplicate_group"), provides=("story",))
def stories(corpus: Corpus) -> None:
    for art in corpus.articles:
        art.story = content_id(art.id, prefix="s")
        corpus.stories[art.story] = [art.id]
