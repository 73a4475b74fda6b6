"""Near-duplicates: sets `article.duplicate_group` (MinHash/LSH, `marsad.stories.duplicates`).

Keyed by LSH band: the sketches, the band buckets and the checks run on the engine
(`engines.Keyed`); the groups are made on the driver.

Incremental: when `corpus.options["db"]` names an existing `marsad.db`, the sketches
of earlier runs are loaded from it and this run's are added to it.
"""

from __future__ import annotations

from marsad.engines import keyed
from marsad.model import Corpus
from marsad.steps.base import corpus_step
from marsad.store.corpus_state import read_sketches, write_sketches
from marsad.store.sqlite import corpus_db
from marsad.stories.duplicates import group_duplicates
from marsad.stories.neardup import NearDuplicates
from marsad.stories.state import load_neardup, neardup_rows


def find_duplicates(corpus: Corpus, nd: NearDuplicates | None = None) -> NearDuplicates:
    """Group the corpus's articles on its engine; returns the index (with every earlier sketch)."""
    engine = keyed(corpus)
    return group_duplicates(corpus.articles, nd, engine.map, engine.group)


@corpus_step("dedup", requires=("segments",), provides=("duplicate_group",))
def dedup(corpus: Corpus) -> None:
    with corpus_db(corpus) as con:
        if con is None:
            find_duplicates(corpus)
            return
        nd = find_duplicates(corpus, load_neardup(read_sketches(con), NearDuplicates()))
        write_sketches(con, *neardup_rows(nd, [a.id for a in corpus.articles]))
