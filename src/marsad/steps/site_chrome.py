"""Cross-document boilerplate (`marsad.clean.site_chrome`): lines and short sentences that
recur across many articles of one site become `boilerplate`; an article left with no text
of its own is flagged `no_article_text`.

Keyed by site: the engine finds each site's chrome stretches (`engines.Keyed.group`); the
articles are relabelled on the driver."""

from __future__ import annotations

from marsad.clean.segment import drop_chrome_page
from marsad.clean.site_chrome import mark_chrome
from marsad.engines import forked, keyed
from marsad.model import Article, Corpus
from marsad.steps.base import corpus_step


@corpus_step("site_chrome", requires=("segments",), provides=("site_chrome",))
def site_chrome(corpus: Corpus) -> None:
    touched: list[Article] = []
    mark_chrome(corpus.articles, touched, forked(keyed(corpus)).group)
    for art in touched:  # the segment step judged the others already
        drop_chrome_page(art)
