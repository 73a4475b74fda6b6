"""A quoted name's type from the title word before it past its adjectives, and where it recurs.

- A title word (`lang/ar/ner_name_heads.tsv`, kind title: «مسلسل», «جهاز», «مهرة») may stand
  before definite nisba adjectives that describe the work, the product or the animal: «المسلسل
  التركي «[حريم السلطان]»», «المهرة السعودية "[هاذي بنت الخالدية]"»: past up to MAX_ADJECTIVES of
  them, the quoted name takes the title's type as it does right after the title
  (`heads.titled_names`).
- A name typed by its title keeps that type where it recurs in the article, the same words, with
  no head word of its own right before it or before its opening mark: «جهاز “نوت برو” … كما أن
  “[نوت برو]” يأتي» (the tagger's person is the device), «وجاء فوز "[هاذي بنت الخالدية]"» (the
  filly); «فيلم «مدغشقر»» leaves «جزيرة «[مدغشقر]»» the island, its own classifier before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.consistency import Chunk
from marsad.ner.heads import head_index, quoted, title_before
from marsad.ner.lexicon import candidates, definite_nisba

MAX_ADJECTIVES = 2  # adjectives between a title word and the quoted name


def _title_type(norms: Sequence[str], opener: int) -> str | None:
    """The type of the title word before the opening mark at `opener`, right before it or past
    up to MAX_ADJECTIVES definite nisbas; None when there is none."""
    k = opener
    head = title_before(norms, k)
    while head is None and opener - k < MAX_ADJECTIVES and k > 0 and definite_nisba(norms[k - 1]):
        k -= 1
        head = title_before(norms, k)
    return head.type if head is not None else None


def _headed(norms: Sequence[str], c: Chunk) -> bool:
    """Whether a head word of any kind stands right before the chunk or its opening mark."""
    k = c.start - 1 if quoted(norms, c) else c.start
    single = head_index().single
    return k > 0 and any(f in single for f in candidates(norms[k - 1]))


def title_types(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` with the types their title words give them (see the module); changed in place."""
    typed: dict[tuple[str, ...], str] = {}
    for c in chunks:
        found = _title_type(norms, c.start - 1) if quoted(norms, c) else None
        if found is not None:
            c.type = found
            typed[tuple(norms[c.start : c.end])] = found
    for c in chunks:
        found = typed.get(tuple(norms[c.start : c.end]))
        if found is not None and c.type != found and not _headed(norms, c):
            c.type = found
    return chunks
