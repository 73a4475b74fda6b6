"""A state's side named by a common noun and the state's adjective: «الحكومة الأفغانية»,
«الجانب الروسي», «القوات الأمريكية», «السلطات الفرنسية», «مسؤولين إيرانيين», «المسؤولين الروس».

Such a phrase acts for its state (docs/realtext-annotation.md § Events): the events step reads
it as a name of the state (`events/state_sides.py`) and, where an event takes it as a party,
adds it to the mentions as one ORG name with the state in attrs.side (which resolution keys to
the state when the article is resolved again, `resolve/entities.py`). The nouns are those of
`lang/ar/event_state_sides.tsv` (a proclitic before one is allowed: «والحكومة», «للجانب»); the
adjectives are the catalogue's `demonyms` (`lang/kb/countries.yaml`): masculine and feminine,
the sound plurals (الإيرانيين، إيرانيون) and the broken plurals of the table (الروس), agreeing
with the noun: definite after a definite noun, indefinite after an indefinite one, and of the
noun's gender in the table (a plural of things is feminine: «القوات الأمريكية»). A phrase after
an office («وزير الخارجية الأمريكي», «قائد القوات الأمريكية», «المتحدث باسم الحكومة») is part
of a person's office, not a side (`office_words` and the events' offices). The one reader of the
table and of the demonyms for this.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.lang import kb_entries, load_table
from marsad.lang.clitics import ARTICLE, proclitics
from marsad.lang.normalize import normalize
from marsad.memo import word_cache

HEAD, PLURAL, OFFICE, LEADER, ANAPHOR, DUAL = "head", "plural", "office", "leader", "anaphor", "dual"
OWNED = "owned"  # a head noun with a possessive pronoun (نظرائه): definite without the article
_ENDINGS = (("", "m"), ("ه", "f"), ("ين", "p"), ("ون", "p"))  # an adjective in ي by gender
_STEM_MIN = 3  # letters a head keeps behind a proclitic


def _indefinite(phrase: str) -> str:
    return " ".join(w.removeprefix(ARTICLE) for w in phrase.split())


@cache
def side_nouns() -> dict[str, str]:
    """Each noun of the table, normalised -> the gender of the adjective that agrees with it."""
    return {normalize(r["form"]): r["gender"] for r in load_table("event_state_sides")
            if r["kind"] in (HEAD, OWNED)}


@cache
def owned_nouns() -> frozenset[str]:
    """The table's head nouns with a possessive pronoun (نظرائه, حلفائها), normalised: definite,
    a definite adjective agrees with them («نظرائه الخليجيين»)."""
    return frozenset(normalize(r["form"]) for r in load_table("event_state_sides") if r["kind"] == OWNED)


@cache
def dual_nouns() -> dict[str, str]:
    """Each noun of the table in the dual («الحكومتين», «الجانبان»), normalised -> the gender of
    each of the two singular adjectives that share it («الحكومتين العراقية والتركية»)."""
    return {normalize(r["form"]): r["gender"] for r in load_table("event_state_sides") if r["kind"] == DUAL}


def dual_of(word: str) -> str | None:
    """The gender of the adjectives after the normalised `word` when it is a definite noun of the
    table in the dual behind any proclitic («بالجانبين» -> m, «والحكومتين» -> f), else None."""
    nouns = dual_nouns()
    if word in nouns:
        return nouns[word]
    for form, definite in proclitics():
        rest = word[len(form):]
        if form != ARTICLE and definite and word.startswith(form) and ARTICLE + rest in nouns:
            return nouns[ARTICLE + rest]
        if form != ARTICLE and word.startswith(form) and rest in nouns:
            return nouns[rest]
    return None


@cache
def office_words() -> frozenset[str]:
    """The words of the table before a noun that make the phrase a person's office (باسم)."""
    return frozenset(normalize(r["form"]) for r in load_table("event_state_sides") if r["kind"] == OFFICE)


@cache
def leader_titles() -> frozenset[str]:
    """The titles of a state's head in the table (رئيس, ملك, ولي), normalised: an unnamed office
    so headed is the one known person, not the state's side (`events/office_sides.py`)."""
    return frozenset(normalize(r["form"]) for r in load_table("event_state_sides") if r["kind"] == LEADER)


@cache
def anaphor_titles() -> frozenset[str]:
    """The titles of the table that, bare before a state's adjective (الوزير التركي), refer back
    to the holder told before, normalised: a person, not the state's side."""
    return frozenset(normalize(r["form"]) for r in load_table("event_state_sides") if r["kind"] == ANAPHOR)


@cache
def state_adjectives() -> dict[str, tuple[str, bool, str]]:
    """Each form of a state's adjective, normalised -> (the state's id, definite?, gender)."""
    out: dict[str, tuple[str, bool, str]] = {}
    by_demonym: dict[str, str] = {}
    for raw in kb_entries():
        for demonym in raw.get("demonyms") or []:
            words = normalize(str(demonym)).split()
            by_demonym.setdefault(" ".join(words), str(raw["id"]))
            _inflect(out, words, str(raw["id"]))
    for r in load_table("event_state_sides"):
        if r["kind"] == PLURAL and (sid := by_demonym.get(normalize(r["adjective"]))) is not None:
            definite = r["form"].startswith(ARTICLE)  # on the form as written: ألمان is not definite
            out.setdefault(normalize(r["form"]), (sid, definite, r["gender"]))
    return out


@cache
def side_adjectives() -> dict[str, tuple[str, bool, str]]:
    """`state_adjectives` and each form of a bloc's adjective (`event_bloc_adjectives.tsv`:
    «الخليجيين» -> the Gulf Cooperation Council), read after a noun of the table only (`side_at`):
    no state's adjective elsewhere (an office, a title chain)."""
    out = dict(state_adjectives())
    for r in load_table("event_bloc_adjectives"):
        _inflect(out, normalize(r["form"]).split(), r["bloc"])
    return out


def _inflect(out: dict[str, tuple[str, bool, str]], words: list[str], owner: str) -> None:
    """Add to `out` each gender's form of the adjective `words` (its words in ي take the ending),
    definite and indefinite, keyed to `owner`; a form already there keeps its owner."""
    for ending, gender in _ENDINGS:
        form = " ".join(w + ending if w.endswith("ي") else w for w in words)
        out.setdefault(form, (owner, True, gender))
        out.setdefault(_indefinite(form), (owner, False, gender))


@cache
def _longest_adjective() -> int:
    return max(len(f.split()) for f in side_adjectives())


@cache
def _noun_tails() -> tuple[str, ...]:
    """The table's nouns without their article: every reading `nouns_of` finds is one of them
    at the end of the word (behind a proclitic, the article or the lam of ل + ال)."""
    return tuple(sorted({noun.removeprefix(ARTICLE) for noun in side_nouns()}))


@word_cache(100_000)
def nouns_of(word: str) -> tuple[tuple[str, str], ...]:
    """(the table's noun, its gender) for each reading of the normalised `word` as one, behind
    any proclitic («والحكومه» -> الحكومه, «للجانب» -> الجانب); a name cut at the lam of ل + ال
    («لحكومه», as the gold marks it) reads as definite too."""
    if not word.endswith(_noun_tails()):
        return ()  # the common case, tried at C speed: no noun of the table ends the word
    nouns = side_nouns()
    bare = [word]
    for form, definite in proclitics():
        rest = word[len(form):]
        if form != ARTICLE and word.startswith(form) and len(rest) >= _STEM_MIN:
            bare.append(ARTICLE + rest if definite else rest)
    if word.startswith("ل"):
        bare.append("ا" + word)
    return tuple((b, nouns[b]) for b in dict.fromkeys(bare) if b in nouns)


def side_at(words: Sequence[str], i: int) -> tuple[int, str] | None:
    """(the end of the phrase, the state's id) when the normalised `words` name a state's side
    from word `i`: a noun of the table, then the state's adjective agreeing with it in
    definiteness and gender («الحكومه الافغانيه», «مسؤولين ايرانيين»; not «الخارجيه الايراني»,
    which is «وزير الخارجية الإيراني» cut short)."""
    found = nouns_of(words[i]) if i < len(words) else ()
    if not found:
        return None
    adjectives = side_adjectives()
    for noun, gender in found:
        definite = noun.startswith(ARTICLE) or noun in owned_nouns()
        for n in range(min(_longest_adjective(), len(words) - i - 1), 0, -1):
            hit = adjectives.get(" ".join(words[i + 1:i + 1 + n]))
            if hit is not None and hit[1:] == (definite, gender):
                return i + 1 + n, hit[0]
    return None


def noun_offset(word: str) -> int:
    """Characters of `word` (as written) before the noun of the table it holds: the proclitic
    left out of the name as for any name («والحكومة» -> 1), the name starting at the article's
    lam of ل + ال as the gold marks it («للجانب» -> 1: «لجانب»); 0 when a mark stands inside."""
    norm = normalize(word)
    found = nouns_of(norm)
    if not found or len(norm) != len(word):
        return 0
    noun = found[0][0]
    bare = noun.removeprefix(ARTICLE)
    if noun == bare:
        return len(norm) - len(bare)  # the proclitics before an indefinite noun
    at_article = article_start(norm, bare)
    return 0 if at_article is None else at_article


def article_start(norm: str, bare: str) -> int | None:
    """Where the definite name of `bare` (its form without the article) starts in the normalised
    word `norm` that ends with it: at the article, its proclitics left out («والحكومه» -> 1), or
    at the lam of ل + ال as the gold marks it («للجانب» -> 1: «لجانب»); None when no article
    stands before it."""
    cut = len(norm) - len(bare)
    before = norm[:cut]
    if before.endswith(ARTICLE):
        return cut - len(ARTICLE)
    if before.endswith("لل"):
        return cut - 1
    return None
