"""A common word the writer set in quotation marks is no name: «أكثر "[شياكة]"», «بدون "[هزار]"»,
«نتج عنه «[استشهاد]»».

Columnists mark a colloquial, ironic or borrowed word with quotation marks, and the tagger, which
learned that quoted words are often names («شركة "موبايلي"», «مسرحية «الأشقياء والتحدي»»), tags it.
A name of one word the tagger alone found between quotation marks is dropped, before any rule
reads the tagger's names, where the tagger was unsure of it (confidence under MAX_CONFIDENCE) and
nothing else vouches for it: no head word of `ner_name_heads.tsv` («فيلم "مدغشقر"», «شركة
"موبايلي"»), cue word of `ner_cues.tsv` («الرئيس», «صحيفة») or administrative unit of
`ner_place_units.tsv` («محافظة "صعدة"», «مديرية "حيس"») right before the opening mark, no gazetteer
or catalogue name of one word, no spelling seen as a name (`translit.known_level`). Names of
several words («“مشاكل وحلول”») are left alone, and so is a word the article's consistency finds
named with confidence elsewhere (`consistency.propagate` runs after).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.heads import head_index, quoted
from marsad.ner.lexicon import candidates, catalogue_index, cue_of, gazetteer_index
from marsad.ner.places import unit_words
from marsad.ner.translit import KNOWN_LEVELS, TranslitModel

MAX_CONFIDENCE = 0.7  # the tagger's marginal under which a quoted word needs another sign


def _vouched(norms: Sequence[str], c: Chunk, translit: TranslitModel) -> bool:
    """Whether something besides the tagger says the quoted word at `c.start` is a name."""
    word = norms[c.start]
    listed = (gazetteer_index().single, catalogue_index().single)
    if any(f in names for f in candidates(word) for names in listed):
        return True
    if translit.known_level(word) in KNOWN_LEVELS:
        return True
    if c.start < 2:
        return False
    before = norms[c.start - 2]
    heads, units = head_index().single, unit_words()
    return bool(cue_of(before)) or any(f in heads or f in units for f in candidates(before))


def drop_scare_quotes(norms: Sequence[str], chunks: list[Chunk], translit: TranslitModel) -> list[Chunk]:
    """`chunks` without the quoted common words (see the module)."""
    out = []
    for c in chunks:
        one_quoted = c.end - c.start == 1 and quoted(norms, c)
        unsure = c.source == "crf" and c.confidence < MAX_CONFIDENCE
        if one_quoted and unsure and not _vouched(norms, c, translit):
            continue
        out.append(c)
    return out
