"""Language per segment: `ar`, `en` or `other`, in each segment's attrs.lang
(`marsad.clean.script`). The segment stage already sets `lang` on the segments it makes;
this stage fills in any segment that lacks it."""

from __future__ import annotations

from marsad.clean.script import script_language
from marsad.model import Article
from marsad.steps.base import stage


@stage("language", requires=("segments",), provides=("segment_lang",))
def language(art: Article) -> None:
    for seg in art.segments():
        if seg.attrs.lang is None:
            seg.attrs.lang = script_language(seg.slice(art.text))
