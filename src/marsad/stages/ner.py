"""Named entities: layer `mentions`, spans with label = `PER|ORG|LOC|MISC` and attrs
`{"entity": None, "norm": <normalised name without clitics>}`.

Runs over the title, body, heading, caption, dateline and embedded-post segments: the
Arabic CRF (with document-level consistency) over Arabic ones, the English tagger over
English ones (attrs lang == "en"). See `marsad.ner`.
"""

from __future__ import annotations

from marsad.model import Article
from marsad.ner.article import tag_article
from marsad.ner.crf import NerModel
from marsad.stages.base import stage

ROLES = ("title", "body", "heading", "caption", "dateline", "embed")


@stage("ner", requires=("segments", "segment_lang"), provides=("mentions",))
def ner(art: Article) -> None:
    segs = art.segments(*ROLES)
    english = [(s.start, s.end) for s in segs if s.attrs.get("lang") == "en"]
    arabic = [(s.start, s.end) for s in segs if s.attrs.get("lang") != "en"]
    art.set_layer("mentions", tag_article(art.text, NerModel.default(), arabic, english))
