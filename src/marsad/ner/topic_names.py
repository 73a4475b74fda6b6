"""Names whose spelling is also a common noun, kept only in an article about their setting.

«حماس» is Hamas in a story of Gaza, the Palestinians or Israel, and enthusiasm elsewhere:
«استقبلها الشباب [بحماس]», «وسط تشجيع [وحماس] من الحضور», «ردّ [بحماس]». Nothing in the
sentence tells them apart, but the article does: news of the movement names its setting.
`lang/ar/ner_topic_homographs.tsv` gives each such name its anchors, words or phrases of that
setting; a one-word name of such a spelling (behind a proclitic too) is dropped from an article
where no anchor is written. An anchor's word matches an article word that starts with it
behind proclitics and the article, so «فلسطين» holds «الفلسطينية» and «بفلسطين»; the words of a
phrase anchor («الضفة الغربية») match in a row. A longer name holding the word («حركة حماس»)
is left alone. A member or envoy of the body named right before the word (in construct, or
through «من», «في», «عن», «باسم»: rows of scope `before`) keeps it anywhere: «وفد من [حماس]»,
«القيادي في [حماس]», «عناصر [حماس]».
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import candidates

# Prepositions between a member's noun and the body it belongs to («وفد من حماس»).
_LINKS = frozenset(normalize(w) for w in ("من", "في", "عن", "باسم"))


def _stem(norm: str) -> str:
    """A normalised word without the article, when at least three letters remain («الله» stays)."""
    return norm[2:] if norm.startswith(ARTICLE) and len(norm) >= 5 else norm


@cache
def _anchors() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each name of the table (normalised) and its article anchors, each a tuple of word stems."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for r in load_table("ner_topic_homographs"):
        if r["scope"] == "article":
            anchor = tuple(_stem(normalize(w)) for w in r["anchor"].split())
            out.setdefault(normalize(r["name"]), []).append(anchor)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _members() -> dict[str, frozenset[str]]:
    """Each name of the table (normalised) and the nouns of its members and envoys (scope before)."""
    out: dict[str, set[str]] = {}
    for r in load_table("ner_topic_homographs"):
        if r["scope"] == "before":
            out.setdefault(normalize(r["name"]), set()).add(normalize(r["anchor"]))
    return {k: frozenset(v) for k, v in out.items()}


def _after_member(norms: Sequence[str], i: int, name: str) -> bool:
    """Whether a member's noun of `name` stands right before word `i`, or before a link there."""
    members = _members().get(name, frozenset())
    j = i - 1
    if j > 0 and norms[j] in _LINKS:
        j -= 1
    return j >= 0 and not members.isdisjoint(candidates(norms[j]))


def _stems(norm: str) -> tuple[str, ...]:
    """The forms of an article word an anchor's word may start: behind each proclitic, without
    the article."""
    return tuple(_stem(c) for c in candidates(norm))


def _written(anchor: tuple[str, ...], stems: Sequence[tuple[str, ...]]) -> bool:
    """Whether the words of `anchor` start consecutive words of the article (`stems`)."""
    n = len(anchor)
    for i in range(len(stems) - n + 1):
        if all(any(s.startswith(a) for s in stems[i + k]) for k, a in enumerate(anchor)):
            return True
    return False


def drop_unanchored(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` without the one-word names of the table in an article (`norms`: its words,
    normalised) that writes none of their anchors (see the module's docstring)."""
    table = _anchors()
    named = {}
    for c in chunks:
        if c.end - c.start == 1:
            name = next((w for w in candidates(norms[c.start]) if w in table), None)
            if name is not None:
                named[c.start] = name
    if not named:
        return chunks
    stems = [_stems(w) for w in norms]
    unanchored = {
        name for name in set(named.values()) if not any(_written(a, stems) for a in table[name])
    }
    return [
        c for c in chunks
        if not (c.end - c.start == 1 and named.get(c.start) in unanchored
                and not _after_member(norms, c.start, named[c.start]))
    ]
