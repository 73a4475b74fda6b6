"""Sports clubs named once by their classifier recur under their bare name in a sports article.

A club's name is mostly a common word («الاتحاد» the union, «الشباب» the youth, «التعاون»
cooperation, «الفتح»): the tagger finds it after «نادي» or now and then in a sports sentence,
and misses it elsewhere («لاعبي الاتحاد», «أنهت إدارة الشباب التعاقد»). In an article with at
least MIN_SPORT_WORDS words of sport (`lang/ar/event_cues.tsv`, kind `sports`: «المباراة»,
«المدرب», «الدوري»), one in SPORT_SHARE words or more, a word is a club's name there when

- it is the definite word right after «نادي» (behind a proclitic: «لنادي الشباب», «بنادي
  الفتح»), or
- the tagger found it alone as an organisation and the catalogue lists «نادي» + it among a
  club's names («نادي الاتحاد», «نادي التعاون»);

or
- it is a listed club («نادي» + it in the catalogue) joined by «و» to a club so named: «مباراة
  السوبر بين الهلال والنصر», «الأهلي والشباب والنصر» (a chain of them, each joined to the one
  before or after it);

and each of its occurrences that no other name holds, behind a proclitic («والاتحاد»,
«للاتحاد»), is the club (not «لل» + it right after a named event or competition: «كأس العالم
للشباب» is the youth) (ORG), the classifier left out as the real-text gold marks it («نادي
[الهلال]»). Not where a definite nisba adjective follows it, which makes another name or a
people of it («الاتحاد السعودي», «الاتحاد الأوروبي», «الشباب السعودي»; and «نادي الطلبة السعوديين»
names no club «الطلبة»), nor across a sentence break.

In any article, the two names after the dual «ناديي» (behind a proclitic: «لناديي»), joined by
«و», are two clubs (`dual_clubs`), whatever the tagger made of them: «ناديي الوحدة ونجران» (the
club of Najran, not the city), «ناديي الأهلي والزمالك» (two names, not one). The first is what
the tagger found there (up to MAX_DUAL_WORDS words) or one word, the second likewise.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import kb_documents, load_table
from marsad.lang.clitics import LAM_ARTICLE
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk, holding, replaced
from marsad.ner.lexicon import candidates, definite, definite_nisba, joined_name, positions_with

MIN_SPORT_WORDS = 5  # words of sport that make an article a sports article,
SPORT_SHARE = 100  # and at least one in this many of its words
_CLUB = normalize("نادي")
_DUAL = normalize("ناديي")
MAX_DUAL_WORDS = 3  # words of the first name after the dual «ناديي»


@cache
def sport_words() -> frozenset[str]:
    """The one-word sports cues of `event_cues.tsv`, normalised."""
    rows = load_table("event_cues")
    return frozenset(normalize(r["form"]) for r in rows if r["kind"] == "sports" and " " not in r["form"])


@cache
def listed_clubs() -> frozenset[str]:
    """The bare names of the catalogue's clubs: X of a listed name «نادي X» of one word after it."""
    out = set()
    for _, data in kb_documents():
        for entry in data if isinstance(data, list) else []:
            if not isinstance(entry, dict) or entry.get("type") != "ORG":
                continue
            raw = [entry.get("name"), *(entry.get("names") or [])]
            for name in raw:
                words = normalize(str(name)).split() if name else []
                if len(words) == 2 and words[0] == _CLUB and definite(words[1]):
                    out.add(words[1])
    return frozenset(out)


def club_classifier(norm: str) -> bool:
    """Whether `norm` is «نادي», with the article or behind a proclitic («النادي», «لنادي»)."""
    return any(_CLUB in (form, form[2:]) for form in candidates(norm))


def _bare(norm: str) -> str | None:
    """The definite form of a word behind any proclitic (للاتحاد → الاتحاد), if it has one."""
    for form in reversed(candidates(norm)):
        if form.startswith("ال") and len(form) > 3:
            return form
    return None


def _sports(norms: Sequence[str]) -> bool:
    """Whether the words are a sports article's: MIN_SPORT_WORDS words of sport or more, one in
    SPORT_SHARE words at least (a long festival report naming «الرياضة» and «الدوري» is none)."""
    count = sum(1 for _ in positions_with(norms, sport_words()))
    return count >= MIN_SPORT_WORDS and count * SPORT_SHARE >= len(norms)


def _joined(norm: str) -> bool:
    """A word written with the conjunction «و» before a definite word («والنصر»)."""
    return norm.startswith("وال") and len(norm) > 4


def _coordinated(norms: Sequence[str], named: set[str], clubs: frozenset[str], breaks: set[int]) -> set[str]:
    """The listed clubs joined by «و» to a club already named, step by step along a chain:
    «الهلال والنصر», «والنصر والشباب»; never a word a definite nisba adjective follows."""
    found: set[str] = set()
    grew = True
    while grew:
        grew = False
        for i in range(len(norms) - 1):
            if i + 1 in breaks or not _joined(norms[i + 1]):
                continue
            left, right = _bare(norms[i]), _bare(norms[i + 1])
            if left is None or right is None or left == right:
                continue
            if i + 2 < len(norms) and i + 2 not in breaks and definite_nisba(norms[i + 2]):
                continue
            known = named | found
            for new, old in ((right, left), (left, right)):
                if new in clubs and old in known and new not in known:
                    found.add(new)
                    grew = True
    return found


def club_names(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` and the free occurrences of the clubs a sports article names (see the module)."""
    if not _sports(norms):
        return chunks
    named: set[str] = set()
    for i in range(len(norms) - 1):
        if (
            _CLUB in candidates(norms[i]) and i + 1 not in breaks and norms[i + 1].isalpha()
            and not (i + 2 < len(norms) and i + 2 not in breaks and definite_nisba(norms[i + 2]))
        ):  # «نادي الطلبة السعوديين» names no club «الطلبة»
            bare = norms[i + 1] if definite(norms[i + 1]) and norms[i + 1].startswith("ال") else None
            if bare is not None and len(bare) > 3:
                named.add(bare)
    clubs = listed_clubs()
    for c in chunks:
        if c.type == "ORG" and c.end - c.start == 1:
            bare = _bare(norms[c.start])
            if bare in clubs:
                named.add(bare)
    named |= _coordinated(norms, named, clubs, breaks)
    if not named:
        return chunks
    taken = {i for c in chunks for i in range(c.start, c.end)}
    events = {c.end for c in chunks if c.type == "MISC"}
    added = []
    for i, n in enumerate(norms):
        if i in taken or _bare(n) not in named:
            continue
        if n.startswith(LAM_ARTICLE) and i in events:
            continue  # «كأس العالم للشباب»: the competition's age class, the youth, not the club
        after = i + 1
        if after < len(norms) and after not in breaks and definite_nisba(norms[after]):
            continue  # «الاتحاد السعودي», «الشباب السعودي»: another name, or a people
        added.append(Chunk(i, i + 1, "ORG", 1.0, "document"))
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


def _dual_pair(
    norms: Sequence[str], chunks: list[Chunk], i: int, breaks: set[int]
) -> tuple[int, int, int] | None:
    """(start, joined, end) of the two names after the dual at word i: the first from i + 1 to
    the word written with «و», the second from there to `end`."""
    first = i + 1
    holder = holding(chunks, first)
    if holder is not None and holder.start != first:
        return None
    last = first + 1 if holder is None else min(holder.end, first + MAX_DUAL_WORDS)
    for j in range(first + 1, min(last + 1, len(norms))):
        if j in breaks or not norms[j].isalpha():
            return None
        if joined_name(norms[j]):
            second = holding(chunks, j)
            if second is not None and second.start not in (first, j):
                return None
            end = second.end if second is not None else j + 1
            if any(k in breaks for k in range(j + 1, end)):
                return None
            return first, j, end
    return None


def dual_clubs(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with the two clubs after the dual «ناديي» (see the module)."""
    out = chunks
    for i, n in enumerate(norms):
        if _DUAL not in candidates(n) or i + 1 in breaks:
            continue
        pair = _dual_pair(norms, out, i, breaks)
        if pair is None:
            continue
        first, joined, end = pair
        out = replaced(out, first, end, [Chunk(first, joined, "ORG", 1.0, "document"),
                                         Chunk(joined, end, "ORG", 1.0, "document")])
    return out
