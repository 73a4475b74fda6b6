"""Near-duplicates: sets `article.duplicate_group`. (Stub: each article its own group.)"""

from __future__ import annotations

from marsad.stages.base import Corpus, corpus_step


@corpus_step("dedup", requires=("segments",), provides=("duplicate_group",))
def dedup(corpus: Corpus) -> None:
    for art in corpus.articles:
        art.duplicate_group = art.id
