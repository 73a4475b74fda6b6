"""Document-level consistency: a name tagged with confidence somewhere in an article is
tagged wherever it recurs there, behind clitics (ووانغ، لأوكرانيا) and honorifics
(للسيد بوتين، السيد شي). A person's single name parts recur too (`سيرغي شويغو` …
`شويغو`); parts shorter than three letters only after a title or honorific. An organisation
named with trailing definite nisba adjectives recurs without them as well, down to two words:
«القوات البرية الملكية السعودية» … «القوات البرية», «وزارة الداخلية السعودية» … «وزارة
الداخلية» (a place never: «المملكة العربية السعودية» is not «المملكة العربية»).

A one-word place the gazetteer or the catalogue lists (`lexicon.is_place`), tagged a place by
the tagger, recurs whatever the tagger's confidence: the list vouches for the tagger's reading
(«تتكتم الخرطوم على الزيارة … أن تبدي [الخرطوم] مرونة»: the tagger, unsure of the first, left
the second), unless a person's name of the article holds the word («الرئيس [محمد بخاري] …
عزل [بخاري]»: the place is the tagger's slip). A definite nisba after a definite noun is an
adjective there, no place («الشركات السعودية»): `not_names.adjective_places` drops it later
as it drops the confident ones'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.ner.lexicon import (
    candidates,
    catalogue_index,
    cue_index,
    definite,
    gazetteer_index,
    is_place,
    nisba,
    positions_with,
)

MIN_CONFIDENCE = 0.8
_TITLE_CUES = {"PER_TITLE", "PER_HONORIFIC"}


@dataclass
class Chunk:
    """Entity over words [start, end) of a word list, with its type and confidence."""

    start: int
    end: int
    type: str
    confidence: float = 1.0
    source: str = "crf"


def holding(chunks: Sequence[Chunk], k: int) -> Chunk | None:
    """The chunk that holds word `k`, if any."""
    return next((c for c in chunks if c.start <= k < c.end), None)


def replaced(chunks: Sequence[Chunk], start: int, end: int, new: Sequence[Chunk]) -> list[Chunk]:
    """`chunks` without those that overlap words [start, end), `new` in their place, in order."""
    kept = [c for c in chunks if c.end <= start or c.start >= end]
    return sorted([*kept, *new], key=lambda c: c.start)


def _keys(norms: Sequence[str]) -> list[tuple[str, ...]]:
    """The name as tagged, and without the proclitics its first word may carry."""
    return [(first, *norms[1:]) for first in dict.fromkeys((norms[0], candidates(norms[0])[-1]))]


def org_stems(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The shorter forms of an organisation's name `words`: the name less one or more of its
    trailing definite nisba adjectives, while two words or more are left."""
    stems = []
    end = len(words)
    while end > 2 and definite(words[end - 1]) and nisba(words[end - 1]):
        end -= 1
        stems.append(tuple(words[:end]))
    return stems


def _listed_place(norms: Sequence[str], c: Chunk, persons: set[str]) -> bool:
    """Whether a chunk is a place of one word that the gazetteer or the catalogue lists and no
    person's name of the article holds (`persons`: their words behind any proclitic)."""
    return (c.type == "LOC" and c.end - c.start == 1 and is_place(norms[c.start])
            and candidates(norms[c.start])[-1] not in persons)


def propagate(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` plus the recurrences of their confident names (and listed places: see the
    module) among the words `norms` (a name never spans a position in `breaks`, the starts of
    sentences)."""
    names: dict[tuple[str, ...], str] = {}
    short_parts: dict[str, str] = {}
    persons = {candidates(norms[i])[-1] for c in chunks if c.type == "PER" for i in range(c.start, c.end)}
    for c in chunks:
        if c.source != "crf" or c.confidence < MIN_CONFIDENCE and not _listed_place(norms, c, persons):
            continue
        words = norms[c.start : c.end]
        for key in _keys(words):
            names.setdefault(key, c.type)
            if c.type == "ORG":
                for stem in org_stems(key):
                    names.setdefault(stem, "ORG")
        if c.type == "PER" and len(words) > 1:
            for i, w in enumerate(words):
                for part in _keys([w])[: 2 if i == 0 else 1]:
                    if len(part[0]) >= 3:
                        names.setdefault(part, "PER")
                    elif len(part[0]) == 2:
                        short_parts.setdefault(part[0], "PER")
    if not names and not short_parts:
        return chunks
    taken = [False] * len(norms)
    for c in chunks:
        for i in range(c.start, c.end):
            taken[i] = True
    longest = max((len(k) for k in names), default=1)
    firsts = {k[0] for k in names} | set(short_parts)
    singles = cue_index().single
    added: list[Chunk] = []
    after = 0
    for i in positions_with(norms, firsts):
        if i < after or taken[i]:
            continue
        hit = None
        for k in range(min(longest, len(norms) - i), 0, -1):
            span = range(i, i + k)
            if any(taken[j] for j in span) or any(j in breaks for j in span if j != i):
                continue
            for cand in candidates(norms[i]):
                typ = names.get((cand, *norms[i + 1 : i + k]))
                if typ:
                    hit = Chunk(i, i + k, typ, 1.0, "document")
                    break
            if hit:
                break
        if hit is None and i > 0 and i not in breaks:
            short = next((c for c in candidates(norms[i]) if c in short_parts), None)
            prev_cue = next((singles[c] for c in candidates(norms[i - 1]) if c in singles), "")
            if short and prev_cue in _TITLE_CUES:
                hit = Chunk(i, i + 1, "PER", 1.0, "document")
        if hit:
            added.append(hit)
            after = hit.end
    return sorted(chunks + added, key=lambda c: c.start)


def vote_types(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """One name, one type in an article: the tagger's chunks of the same name (behind any
    proclitic) take the type with the most confidence among them («سامسونج» tagged ORG,
    LOC and PER in one article is the ORG). Names from other sources keep theirs."""
    tagged = [(c, _keys(norms[c.start : c.end])[-1]) for c in chunks if c.source in ("crf", "document")]
    votes: dict[tuple[str, ...], dict[str, float]] = {}
    for c, key in tagged:
        tally = votes.setdefault(key, {})
        tally[c.type] = tally.get(c.type, 0.0) + c.confidence
    for c, key in tagged:
        tally = votes[key]
        if len(tally) > 1:
            c.type = max(sorted(tally), key=lambda t: tally[t])
    return chunks


def listed_types(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """A tagger's name that is exactly a name of the gazetteer or the catalogue (behind a
    proclitic) takes the one type they give it: «لبروناي دار السلام» tagged PER is the
    country, «تويتر» tagged MISC the company. A name listed with two types keeps the tagger's,
    and so does an organisation listed as a place: a city's name is its club's or its paper's
    too («الرياض», «ليفربول», «الشرق الأوسط»)."""
    for c in chunks:
        if c.source != "crf":
            continue
        part = list(norms[c.start : c.end])
        found = gazetteer_index().matches(part, (0,)) + catalogue_index().matches(part, (0,))
        types = {t for s, e, t in found if s == 0 and e == len(part)}
        if len(types) == 1 and not (c.type == "ORG" and "LOC" in types):
            c.type = types.pop()
    return chunks


def family_names(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """A one-word name the tagger typed other than a person, with little confidence, that is
    the last word (the family name) of a person's name of two words or more in the article, is
    that person: «عادل الكاظمي» … «يزور [الكاظمي] موسكو» (read as a place after a verb of
    visiting). A name the tagger typed with confidence is the person too where the person's
    name holding it is one the tagger is sure of, and the word is no definite one: «كيلور
    نافاس» … «وتغلب [نافاس]» (a confident definite word is a group or a thing named after
    him or a common noun: «ميليشيات الحوثي», «البروبغندا»). A place word or a word the
    gazetteer or the catalogue lists as other than a
    person (a place, a club: «ليون», «الهلال») keeps its type: a person's name ending in it
    is more likely the error."""
    families = {norms[c.end - 1] for c in chunks if c.type == "PER" and c.end - c.start > 1}
    if not families:
        return chunks
    sure = {norms[c.end - 1] for c in chunks if c.type == "PER" and c.end - c.start > 1
            and c.source == "crf" and c.confidence >= MIN_CONFIDENCE}
    for c in chunks:
        if c.type == "PER" or c.source != "crf" or c.end - c.start != 1:
            continue
        if c.confidence >= MIN_CONFIDENCE and (
                definite(norms[c.start]) or not any(k[0] in sure for k in _keys([norms[c.start]]))):
            continue
        word = norms[c.start]
        key = next((k for k in _keys([word]) if k[0] in families), None)
        if key is None or is_place(key[0]):
            continue
        listed = gazetteer_index().matches(list(key), (0,)) + catalogue_index().matches(list(key), (0,))
        if {t for _, _, t in listed} <= {"PER"}:
            c.type = "PER"
    return chunks
