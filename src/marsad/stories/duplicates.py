"""Near-duplicate groups of a batch of articles (`stories.neardup`), with the work an engine
can run elsewhere handed to a map and a keyed group.

Each article's sketches are made by a map; the documents that share an LSH band bucket are
gathered by a group and give the candidate pairs (the pairs `NearDuplicates.add` would find
by querying its index); each new document is checked against its candidates by a map; the
pairs found are joined into groups here. A group is a connected component of the pairs, so
the order the pairs come in does not change it, and the checks are symmetric: the groups
are the ones `add` gives.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from itertools import chain

from marsad.model import Article
from marsad.model.grouping import Grouping, Mapping, group_in_process, map_in_process
from marsad.stories.compact import PackedItem
from marsad.stories.items import STORY_ITEM, item_of, published_day
from marsad.stories.neardup import Band, Doc, NearDuplicates, Rule, make_doc
from marsad.stories.scan import ArticleWords, article_words
from marsad.stories.series import series_part
from marsad.stories.text import article_text, words

Text = tuple[str, str, str | None, int | None]  # (article id, text compared, day, series part)
Banded = tuple[int, list[Band]]  # a document's number and its LSH buckets
# LSH band slots grouped at once: every document's buckets of these few bands are alive
# together, not all of them (62 per document, most of the step's memory before).
SLOTS_PER_GROUP = 8
SKETCHES = "dedup_doc"
"""The key of an article's sketches made in a worker (`prepare_sketches`) in `Article.prepared`."""


def _text(art: Article) -> Text:
    day = published_day(art)
    return art.id, article_text(art), day.isoformat() if day else None, series_part(art.title)


def prepare_sketches(arts: list[Article], items: bool = False,
                     scans: list[ArticleWords] | None = None) -> None:
    """Make each article's sketches where its per-article stages ran (a worker), once they are
    done: `group_duplicates` then takes them as made, and the driver never holds every
    compared text (nor the words of them) at once. The same `Doc` it would make itself. With
    `items`, each article's story item too (`items.prepare_items`), from the same words.
    `scans`: each article's words (`scan.article_words`), when the caller has them."""
    for i, a in enumerate(arts):
        scan = scans[i] if scans is not None else article_words(a)
        day = published_day(a)
        a.prepared[SKETCHES] = make_doc(a.id, scan.text, day.isoformat() if day else None,
                                        series_part(a.title))
        if items:
            a.prepared[STORY_ITEM] = PackedItem.of(item_of(a, scan.text, scan.title))


def _doc(text: Text) -> Doc:
    key, body, day, part = text
    return make_doc(key, words(body), day, part)


def _in_bands(item: Banded) -> list[tuple[Band, int]]:
    n, bands = item
    return [(band, n) for band in bands]


def _pairs(first_new: int, band: Band, members: list[int]) -> list[tuple[int, int]]:
    """(later, earlier) for every two documents of a bucket but two earlier runs'."""
    return [(members[y], members[x]) for y in range(1, len(members)) if members[y] >= first_new
            for x in range(y)]


def _shared(banded: list[Banded]) -> list[Banded]:
    """Each document's buckets that another document is in too (the others hold one document
    and give no pair), the documents left with none left out: the group then gathers only
    the buckets that give candidates (most do not), and the candidates are the same."""
    seen = Counter(chain.from_iterable(bands for _, bands in banded))
    return [(n, kept) for n, bands in banded if (kept := [b for b in bands if seen[b] > 1])]


def _check(rule: Rule, job: tuple[Doc, list[Doc]]) -> list[str]:
    return rule.duplicates(*job)


def group_duplicates(articles: list[Article], nd: NearDuplicates | None = None,
                     map_: Mapping | None = None, group: Grouping | None = None) -> NearDuplicates:
    """Set `duplicate_group` on every article; returns the index (with every earlier
    sketch). `map_` and `group` run the sketching, the band buckets and the checks (an
    engine's; default: in this process)."""
    nd = nd or NearDuplicates()
    map_ = map_ or map_in_process
    group = group or group_in_process
    arts = sorted(articles, key=lambda a: (published_day(a) is None, str(published_day(a)), a.id))
    made: list[Doc | None] = [a.prepared.pop(SKETCHES, None) for a in arts]  # `prepare_sketches`
    rest = iter(map_(_doc, [_text(a) for a, doc in zip(arts, made, strict=True) if doc is None]))
    new: dict[str, Doc] = {}  # this run's documents, in the order `add` takes them
    for doc in (made_doc if made_doc is not None else next(rest) for made_doc in made):
        if doc.key not in nd.docs:
            new.setdefault(doc.key, doc)
    docs = [*nd.docs.values(), *new.values()]  # earlier runs' first
    first_new = len(nd.docs)
    candidates: dict[int, set[int]] = {}
    slots = nd.band_count()
    for first in range(0, slots, SLOTS_PER_GROUP):  # a few bands at a time: not all buckets at once
        some = range(first, min(first + SLOTS_PER_GROUP, slots))
        banded = _shared([(n, bands) for n, d in enumerate(docs) if (bands := nd.bands(d, some))])
        for _, pairs in group(banded, _in_bands, partial(_pairs, first_new)):
            for later, earlier in pairs:
                candidates.setdefault(later, set()).add(earlier)
        del banded
    jobs = [(docs[n], [docs[k] for k in sorted(cands)]) for n, cands in sorted(candidates.items())]
    found = {doc.key: keys for (doc, _), keys in zip(jobs, map_(partial(_check, nd.rule), jobs),
                                                    strict=True)}
    for doc in new.values():
        nd.link(doc, found.get(doc.key, []))
    groups = nd.groups()
    for art in articles:
        art.duplicate_group = groups[art.id]
    return nd
