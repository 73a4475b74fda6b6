"""A company named with what it trades in: «لشركة [صافنات السلام للتجارة والاستثمار]».

Right after a head of `lang/ar/ner_company_heads.tsv` («شركة», «مجموعة», «مؤسسة»; indefinite,
behind a proclitic), one to MAX_NAME_WORDS words and then two definite nouns of activity, the
first in ل and the second joined by «و» («للتجارة والاستثمار», «للتجارة والمقاولات»), are the
company's name (ORG), the head left out as the gold leaves out a classifier, whatever the tagger
made of the words (it read «السلام» as a person). A single complement in ل is left alone: it is
as often the verb's («قدمت شركة سابك للموظفين»); so are nouns of people in the sound masculine
plural («للموظفين والعمال»). Not where the tagger's name runs on past the
phrase or holds the head (a person's name inside keeps it: «[شركة عبدالله الراشد للتجارة
والاستثمار]», `heads.head_names`), nor across a sentence break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.clitics import LAM_ARTICLE
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk, replaced
from marsad.ner.lexicon import candidates

MAX_NAME_WORDS = 3  # words of the company's own name before its activities
_JOINED_ARTICLE = "وال"  # «والاستثمار»
_PERSONS_PLURAL = ("ين", "ون")  # the sound masculine plural of people: «للموظفين», «والعاملون»


@cache
def company_heads() -> frozenset[str]:
    """The heads of `ner_company_heads.tsv`, normalised."""
    return frozenset(normalize(r["word"]) for r in load_table("ner_company_heads"))


def _activities_at(norms: Sequence[str], k: int, breaks: set[int]) -> bool:
    """Whether words k and k + 1 are two definite nouns of activity: «للتجارة والاستثمار»."""
    if k + 1 >= len(norms) or k in breaks or k + 1 in breaks:
        return False
    first, second = norms[k], norms[k + 1]
    if first.endswith(_PERSONS_PLURAL) or second.endswith(_PERSONS_PLURAL):
        return False  # «سابك للموظفين والعمال»: people the verb's object went to, no activity
    return (first.startswith(LAM_ARTICLE) and len(first) > 4 and first.isalpha()
            and second.startswith(_JOINED_ARTICLE) and len(second) > 5 and second.isalpha())


def _company_at(norms: Sequence[str], i: int, breaks: set[int]) -> tuple[int, int] | None:
    """(start, end) of the company named after the head at word i, if any."""
    start = i + 1
    for k in range(start + 1, min(start + MAX_NAME_WORDS, len(norms) - 1) + 1):
        if k - 1 in breaks or not norms[k - 1].isalpha() or norms[k - 1].startswith("ل"):
            return None
        if _activities_at(norms, k, breaks):
            return start, k + 2
    return None


def company_names(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with the companies named with what they trade in (see the module)."""
    heads = company_heads()
    out = chunks
    for i, n in enumerate(norms):
        if i + 1 in breaks or not any(f in heads for f in candidates(n)):
            continue
        found = _company_at(norms, i, breaks)
        if found is None:
            continue
        s, e = found
        if any(c.start < e and c.end > s and (c.start < s or c.end > e) for c in out):
            continue  # the tagger's name runs past the phrase: «شركة [عبدالله الراشد للتجارة والاستثمار]»
        out = replaced(out, s, e, [Chunk(s, e, "ORG", 1.0, "head")])
    return out
