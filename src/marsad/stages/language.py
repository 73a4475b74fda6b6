"""Language per segment: `ar`, `en` or `other`, in each segment's attrs["lang"]."""

from __future__ import annotations

from marsad.model import Article
from marsad.stages.base import stage


def script_language(text: str) -> str:
    arabic = latin = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f":
            arabic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if arabic == 0 and latin == 0:
        return "other"
    return "ar" if arabic >= latin else "en"


@stage("language", requires=("segments",), provides=("segment_lang",))
def language(art: Article) -> None:
    for seg in art.segments():
        seg.attrs["lang"] = script_language(seg.slice(art.text))
