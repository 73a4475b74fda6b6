"""Cross-document boilerplate (`marsad.clean.site_chrome`): lines and short sentences that
recur across many articles of one site become `boilerplate`; an article left with no text
of its own is flagged `no_article_text`.

Keyed by site: the engine gathers each site's articles and finds their chrome stretches
(`engines.Keyed.group`); the driver relabels them, site by site in the order the sites first
appear, as `mark_chrome` does."""

from __future__ import annotations

from marsad.clean.segment import drop_chrome_page
from marsad.clean.site_chrome import MIN_ARTICLES, Candidate, relabel, site_hits, site_of
from marsad.engines import keyed
from marsad.model import Article, Corpus
from marsad.steps.base import corpus_step

Numbered = tuple[int, Article, str]  # an article, its place in the corpus and its site


def _by_site(item: Numbered) -> list[tuple[str, tuple[int, Article]]]:
    n, art, site = item
    return [(site, (n, art))]


def _hits(site: str, arts: list[tuple[int, Article]]) -> list[tuple[int, list[Candidate]]]:
    return [(n, hits) for (n, _), hits in zip(arts, site_hits([a for _, a in arts]), strict=True) if hits]


@corpus_step("site_chrome", requires=("segments",), provides=("site_chrome",))
def site_chrome(corpus: Corpus) -> None:
    arts = corpus.articles
    sites = [site_of(a) for a in arts]
    size: dict[str, int] = {}
    for site in sites:
        size[site] = size.get(site, 0) + 1
    # a site of fewer than MIN_ARTICLES is never judged: its articles are not sent
    items = [(n, a, site) for n, (a, site) in enumerate(zip(arts, sites, strict=True))
             if size[site] >= MIN_ARTICLES]
    touched: list[Article] = []
    for _, found in keyed(corpus).group(items, _by_site, _hits):
        for n, hits in found:
            relabel(arts[n], hits)
            touched.append(arts[n])
    for art in touched:  # the segment step judged the others already
        drop_chrome_page(art)
