"""Near-duplicates: sets `article.duplicate_group` (MinHash/LSH, `marsad.stories.neardup`).

Incremental: when `corpus.options["db"]` names an existing `marsad.db`, the sketches
of earlier runs are loaded from it and this run's are added to it.
"""

from __future__ import annotations

from marsad.model import Corpus
from marsad.steps.base import corpus_step
from marsad.store.corpus_state import read_sketches, write_sketches
from marsad.store.sqlite import corpus_db
from marsad.stories.items import published_day
from marsad.stories.neardup import NearDuplicates, make_doc
from marsad.stories.series import series_part
from marsad.stories.state import load_neardup, neardup_rows
from marsad.stories.text import article_text, words


def find_duplicates(corpus: Corpus, nd: NearDuplicates | None = None) -> NearDuplicates:
    """Group the corpus's articles; returns the index (with every earlier sketch)."""
    nd = nd or NearDuplicates()
    arts = sorted(corpus.articles, key=lambda a: (published_day(a) is None, str(published_day(a)), a.id))
    for art in arts:
        day = published_day(art)
        nd.add(make_doc(art.id, words(article_text(art)), day.isoformat() if day else None,
                        series_part(art.title)))
    groups = nd.groups()
    for art in corpus.articles:
        art.duplicate_group = groups[art.id]
    return nd


@corpus_step("dedup", requires=("segments",), provides=("duplicate_group",))
def dedup(corpus: Corpus) -> None:
    with corpus_db(corpus) as con:
        if con is None:
            find_duplicates(corpus)
            return
        nd = find_duplicates(corpus, load_neardup(read_sketches(con), NearDuplicates()))
        write_sketches(con, *neardup_rows(nd, [a.id for a in corpus.articles]))
