"""Named entities: layer `mentions`, spans with label = `PER|ORG|LOC|MISC` and attrs
`MentionAttrs` (entity None until resolution, norm: the normalised name without clitics).

Runs over the title, body, heading, caption, dateline and embedded-post segments: the
Arabic CRF (with document-level consistency) over Arabic ones, the English tagger over
English ones (attrs.lang == "en"). See `marsad.ner`. Every mention holds a letter; the
limits on a mention's length and on mentions per article (`marsad.ner.article`) flag the
article when hit (flags `ner_long_mention_dropped`, `ner_mentions_capped`). Its batch form
(`_ner_batch`, the pipeline's per-chunk call) has the CRF decode the sentences of GROUP
articles at once (`ner.article.tag_articles`): the same mentions, fewer numpy steps.
"""

from __future__ import annotations

from marsad.model import Article
from marsad.ner.article import LIMIT_NOTES, tag_article, tag_articles
from marsad.ner.crf import NerModel
from marsad.steps.base import Stage, explain_flag, register

for _flag, _reason in LIMIT_NOTES.items():
    explain_flag(_flag, _reason)

ROLES = ("title", "body", "heading", "caption", "dateline", "embed")


GROUP = 32  # articles whose sentences the CRF decodes at once in a batch


def _passages(art: Article) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    segs = art.segments(*ROLES)
    english = [(s.start, s.end) for s in segs if s.attrs.lang == "en"]
    arabic = [(s.start, s.end) for s in segs if s.attrs.lang != "en"]
    return art.text, arabic, english


def _ner(art: Article) -> None:
    text, arabic, english = _passages(art)
    notes: list[str] = []
    art.set_layer("mentions", tag_article(text, NerModel.default(), arabic, english, notes))
    for note in notes:
        art.flag(note)


def _ner_batch(arts: list[Article]) -> None:
    """`_ner` of each article, the CRF decoding GROUP articles at once (the same mentions and
    flags); nothing is written before every article is tagged, so that a failure leaves the
    articles as they were for the pipeline's one-at-a-time fallback."""
    model = NerModel.default()
    notes: list[list[str]] = [[] for _ in arts]
    spans = []
    for g in range(0, len(arts), GROUP):
        spans.extend(tag_articles(model, [_passages(a) for a in arts[g : g + GROUP]], notes[g : g + GROUP]))
    for art, mentions, flags in zip(arts, spans, notes, strict=True):
        art.set_layer("mentions", mentions)
        for note in flags:
            art.flag(note)


ner = register(Stage("ner", ("segments", "segment_lang"), ("mentions",), _ner, _ner_batch))
