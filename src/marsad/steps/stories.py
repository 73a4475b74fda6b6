"""Story clusters: sets `article.story` and `corpus.stories` (`marsad.stories.cluster`).

Incremental: when `corpus.options["db"]` names a `marsad.db`, stories of earlier runs
(centroids, dates, members, feature frequencies) are loaded and this run's articles
are assigned to them or start new ones; `corpus.stories` then lists every story this
run touched with all its members, old and new.
"""

from __future__ import annotations

from marsad.model import Corpus
from marsad.steps.base import corpus_step
from marsad.store.corpus_state import read_clusterer, write_clusterer
from marsad.store.sqlite import corpus_db
from marsad.stories.cluster import StoryClusterer
from marsad.stories.items import packed_item
from marsad.stories.state import clusterer_rows, load_clusterer


def cluster_stories(corpus: Corpus, sc: StoryClusterer | None = None) -> StoryClusterer:
    sc = sc or StoryClusterer()
    sc.compact = True  # the centroids of stories it is done with packed: read by `Story.centroids`
    assigned = sc.assign_all([packed_item(a) for a in corpus.articles])
    for art in corpus.articles:
        art.story = assigned[art.id]
    corpus.stories = {sid: list(sc.stories[sid].members) for sid in dict.fromkeys(assigned.values())}
    return sc


@corpus_step("stories", requires=("segments", "duplicate_group"), provides=("story",))
def stories(corpus: Corpus) -> None:
    with corpus_db(corpus) as con:
        if con is None:
            cluster_stories(corpus)
            return
        state = read_clusterer(con)
        sc = cluster_stories(corpus, load_clusterer(state.n_docs, state.df, state.members, state.stories,
                                                    StoryClusterer()))
        groups = {a.id: a.duplicate_group for a in corpus.articles if a.duplicate_group}
        write_clusterer(con, sc.n_docs, *clusterer_rows(sc, set(corpus.stories), groups))
