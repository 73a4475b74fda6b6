"""Cross-document boilerplate: lines that recur across many articles of one site.

Relabels such segments `boilerplate` (attrs cue `site_chrome`) and flags an article
whose segments are all chrome `no_article_text`. (Stub: does nothing yet.)
"""

from __future__ import annotations

from marsad.stages.base import Corpus, corpus_step


@corpus_step("site_chrome", requires=("segments",), provides=("site_chrome",))
def site_chrome(corpus: Corpus) -> None:
    return None
