"""Cleaning (`marsad.clean.segment`): layer `segments`, spans with label = role and attrs
`SegmentAttrs` (cue: <why>, lang: ar|en|other); sets `article.title` when the text carries one, and
flags `no_article_text` when nothing of the text is the article's own."""

from __future__ import annotations

from marsad.clean.segment import drop_chrome_page, label_segments
from marsad.model import Article
from marsad.steps.base import stage


@stage("segment", requires=("text",), provides=("segments", "title"))
def segment(art: Article) -> None:
    art.set_layer("segments", label_segments(art))
    drop_chrome_page(art)
