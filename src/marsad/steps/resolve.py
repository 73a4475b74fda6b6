"""Entity resolution: one entity per real-world name across spellings and scripts.

Fills `corpus.entities` (id -> {"id", "type", "name", "variants": {spelling: count},
"qid"?, "mentions", "articles"}) and sets attrs["entity"] on every mention of every
article. The shipped catalogue (`lang/kb/`) and the user's (`corpus.options["kb"]`, from
`marsad run --kb FILE`) seed and name entities; see `marsad.resolve`.
"""

from __future__ import annotations

from marsad.model import Corpus
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import load
from marsad.steps.base import corpus_step


@corpus_step("resolve_entities", requires=("mentions",), provides=("entity_ids",))
def resolve_entities(corpus: Corpus) -> None:
    entries = load(corpus.options.get("kb"))
    corpus.entities = resolve_mentions(corpus.articles, entries)
