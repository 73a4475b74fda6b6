"""Named entities: layer `mentions`, spans with label = `PER|ORG|LOC|MISC` and attrs
`MentionAttrs` (entity None until resolution, norm: the normalised name without clitics).

Runs over the title, body, heading, caption, dateline and embedded-post segments: the
Arabic CRF (with document-level consistency) over Arabic ones, the English tagger over
English ones (attrs.lang == "en"). See `marsad.ner`. Every mention holds a letter; the
limits on a mention's length and on mentions per article (`marsad.ner.article`) flag the
article when hit (flags `ner_long_mention_dropped`, `ner_mentions_capped`).
"""

from __future__ import annotations

from marsad.model import Article
from marsad.ner.article import LIMIT_NOTES, tag_article
from marsad.ner.crf import NerModel
from marsad.steps.base import explain_flag, stage

for _flag, _reason in LIMIT_NOTES.items():
    explain_flag(_flag, _reason)

ROLES = ("title", "body", "heading", "caption", "dateline", "embed")


@stage("ner", requires=("segments", "segment_lang"), provides=("mentions",))
def ner(art: Article) -> None:
    segs = art.segments(*ROLES)
    english = [(s.start, s.end) for s in segs if s.attrs.lang == "en"]
    arabic = [(s.start, s.end) for s in segs if s.attrs.lang != "en"]
    notes: list[str] = []
    art.set_layer("mentions", tag_article(art.text, NerModel.default(), arabic, english, notes))
    for note in notes:
        art.flag(note)
