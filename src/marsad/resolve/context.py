"""Names that more than one catalogue entry bears, told apart by the article around them.

«عمان» is Amman and Oman, «طرابلس» Libya's capital and Lebanon's city, «الشرق الأوسط» the
region and the daily. The catalogue lists such a name under `shared` for each entry that may
bear it (or as an entry's own name, for the reading that needs no help), with what points to
that entry (a name only one entry lists under `shared` is that entry's when the tagger gives
it the entry's type, and no one's otherwise):

* `roles`: how the name is used. `dateline`: it opens the article's dateline («عمان - بترا»,
  «طرابلس (رويترز)»), which names a city. `outlet`: it is quoted or cited as a medium
  («قال لـ"الشرق الأوسط"», «صحيفة الشرق الأوسط»).
* `cues`: words of the article that belong with the entry (الأردن, الأردنية, بترا for Amman;
  سلطنة, مسقط, العمانية for Oman).

A spelling only one candidate has (عُمان, عمّان) scores three, a role the mention plays two,
and each time the article says one of a candidate's cues one (three right beside the
mention: «سلطان [عمان]»), so the kingdom an article is about outweighs one it mentions in
passing. Only cues right beside the mention count for a candidate of another type than the
tagger's (a LOC «الخليج» is the club only beside «نادي») and for a cue that names a kind of
outlet (صحيفة, قناة: most articles say one). One best candidate wins: strongly when it leads
by two or more, weakly otherwise. With no evidence, the tagger's type decides when one
candidate has it, then the entry whose own name it is (not a `shared` one). Otherwise the
name stays unresolved (its own entity), since a wrong merge costs an analyst more than a
split, unless the run's other articles agree on its reading (`settle_by_corpus`), which also
overrules a weak choice. The reason is kept on the mention (`attrs.resolved_by`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from marsad.resolve.catalogue import ROLES, Entry
from marsad.resolve.names import clean, proclitics

DATELINE_AFTER = re.compile(r"\s*[-–—:(/ـ]")
DATELINE_BEFORE = 20  # characters of the line before a dateline's place (an outlet's name)
OPENING = 400  # a dateline is in the article's first characters (its title may come first)
BYLINE = 80  # characters of reporters' and outlet's names before it, when a colon or dash follows
DASHES = "-–—ـ:)"
SENTENCE_END = re.compile(r"[.!?؟]\s|\s{2,}|[\u00a0\u200b]")  # a flattened article's sentences
QUOTES = "\"'“”«»‹›"
NEAR = 25  # characters before a mention (15 after) where a cue counts NEAR_WEIGHT times
NEAR_WEIGHT = 3
CLAUSE_END = re.compile(r"[،,.:;؛()«»\"“”\n]")
VOWELLED = re.compile("[\u064b-\u0652]")  # a short vowel or shadda: عُمان is Oman, عمّان Amman
# A choice by context is strong when its score is at least STRONG and leads by as much;
# a weak one («المغرب» said once) yields to the reading the run agrees on (settle_by_corpus).
STRONG = 2
WEAK = "context (weak): "
OUTLET_WORDS = frozenset(clean(w) for w in ("صحيفة", "جريدة", "لصحيفة", "لجريدة", "موقع", "قناة", "مجلة"))
# words for a kind of outlet: as cues they count only beside a mention
_KINDS = ("صحيفة", "جريدة", "موقع", "قناة", "مجلة", "فضائية", "شبكة")
KIND_WORDS = OUTLET_WORDS | {clean(w) for w in _KINDS} | {clean("ال" + w) for w in _KINDS}


@dataclass(frozen=True)
class Choice:
    entry: Entry | None
    reason: str


@lru_cache(maxsize=100_000)
def word_forms(word: str) -> tuple[str, ...]:
    """The word and, for each proclitic it may carry (at least 3 letters left), what it is
    without it (the article put back where the proclitic held it: بالسعوديه -> السعوديه),
    each form once."""
    forms = {word}
    for p, definite in proclitics():
        if word.startswith(p) and len(word) - len(p) >= 3:
            forms.add(("ال" if definite else "") + word[len(p):])
    return tuple(forms)


class ArticleWords:
    """An article's words (each also without its proclitics) and its cleaned text, for cues."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def cleaned(self) -> str:
        """The cleaned text, its full stops dropped too (`clean` keeps them for initials)."""
        return f" {' '.join(clean(self.text).replace('.', ' ').split())} "

    @cached_property
    def words(self) -> Counter[str]:
        """How many of the article's words are each form (`word_forms`): each distinct word's
        forms are found once and counted as often as the word is."""
        out: Counter[str] = Counter()
        for w, n in Counter(self.cleaned.split()).items():
            for form in word_forms(w):
                out[form] += n
        return out

    def count(self, cue: str) -> int:
        """How often the article says the cue (a word, behind any proclitic, or a phrase)."""
        return self.words[cue] if " " not in cue else self.cleaned.count(f" {cue} ")

    def has(self, cue: str) -> bool:
        return self.count(cue) > 0


def beside(text: str, start: int, end: int) -> str:
    """The words right before and after a mention, within its clause («سلطان [عمان]»), past
    the quotation marks around it («لقناة "[الجزيرة]" الفضائية»)."""
    before = CLAUSE_END.split(text[max(0, start - NEAR):start].rstrip(QUOTES + " "))[-1]
    after = CLAUSE_END.split(text[end:end + NEAR - 10].lstrip(QUOTES + " "))[0]
    return f"{before} {after}"


Roles = tuple[bool, ...]  # for each of ROLES, whether a mention plays it


def roles_at(text: str, start: int, end: int) -> Roles:
    return (is_dateline(text, start, end), is_outlet(text, start, end))


def is_dateline(text: str, start: int, end: int) -> bool:
    """The mention opens a dateline: nothing before it in its line or sentence, or a byline
    ending in a dash («عبدالله البرقاوي- سبق- [الرياض]:»), and a dash, colon or bracket after
    it; or, near the article's start, a short byline and a dash before it and none after
    («الرياضي ـ [الرياض] الشباب ...»)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = SENTENCE_END.split(text[max(line_start, start - 2 * BYLINE):start])[-1].strip()
    if before and before[-1] not in DASHES:
        return False
    if DATELINE_AFTER.match(text, end) is not None:
        return len(before) <= BYLINE
    return start <= OPENING and 0 < len(before) <= DATELINE_BEFORE


def is_outlet(text: str, start: int, end: int) -> bool:
    """The mention is quoted as a name («لـ"الشرق الأوسط"») or follows صحيفة, جريدة, قناة."""
    before, after = text[max(0, start - 1):start], text[end:end + 1]
    if before and after and before in QUOTES and after in QUOTES:
        return True
    words = text[max(0, start - 20):start].split()
    return bool(words) and clean(words[-1]) in OUTLET_WORDS


class SharedNames:
    """The contested names of a catalogue and the entries that may bear each."""

    def __init__(self, entries: list[Entry]) -> None:
        shared = {f for e in entries for f in e.shared_forms()}
        self.by_form: dict[str, list[Entry]] = {}
        for e in entries:
            for f in (e.forms() & shared) | e.shared_forms():
                self.by_form.setdefault(f, []).append(e)
        self.cues = {e.id: [clean(c) for c in e.cues] for e in entries if e.cues}

    def contested(self, form: str) -> bool:
        return form in self.by_form

    def choose(self, form: str, label: str, words: ArticleWords, spans: list[tuple[int, int]],
               played_roles: Roles) -> Choice:
        """The entry an article's mentions of `form` (at `spans`, all playing `played_roles`)
        stand for: a spelling only one candidate has (عُمان, عمّان), the role they play, cues
        in the article (counted three times right beside a mention)."""
        cands = self.by_form[form]
        text = words.text
        roles = dict(zip(ROLES, played_roles, strict=True))
        written = {text[s:e].strip() for s, e in spans}
        near = ArticleWords(" ".join(beside(text, s, e) for s, e in spans))
        scored = []
        for e in cands:
            spelled = [n for n in e.shared if n in written and VOWELLED.search(n)]
            played = [r for r in e.roles if roles.get(r)]
            # a word for a kind of outlet (صحيفة, قناة) is in many an article: it counts only
            # beside the mention; so does every cue of an entry not of the tagger's type
            found: dict[str, int] = {}
            for c in self.cues.get(e.id, []):
                if not (n := words.count(c)):
                    continue
                close = near.count(c)
                found[c] = (NEAR_WEIGHT * close if e.type != label or c in KIND_WORDS
                            else n + (NEAR_WEIGHT - 1) * close)
            found = {c: n for c, n in found.items() if n}
            why = spelled + played + [f"{c} x{n}" if n > 1 else c for c, n in found.items()]
            scored.append((3 * len(spelled) + 2 * len(played) + sum(found.values()), why, e))
        scored.sort(key=lambda x: -x[0])
        best, second = scored[0][0], scored[1][0] if len(scored) > 1 else 0
        if best > second:
            strong = best >= STRONG and best - second >= STRONG
            return Choice(scored[0][2], ("context: " if strong else WEAK) + ", ".join(scored[0][1]))
        top = [e for score, _, e in scored if score == best]
        typed = [e for e in top if e.type == label]
        if len(typed) == 1 and (len(cands) > 1 or not best):
            # one entry of the tagger's type, or a name shared with nothing the catalogue
            # lists but meant for one type («الحوثي» the movement, not a person)
            return Choice(typed[0], f"type: {label}")
        default = [e for e in typed if form in e.forms()]
        if len(default) == 1:
            return Choice(default[0], "default: its own name")
        return Choice(None, "ambiguous: " + ", ".join(sorted(e.id for e in cands)))


# An ambiguous name takes the reading its run's other articles chose by context when at least
# PRIOR_MIN of them did and PRIOR_SHARE of those agree (a Saudi corpus's «المملكة»).
PRIOR_MIN = 5
PRIOR_SHARE = 0.9


def settle_by_corpus(decided: list[dict[tuple[tuple[str, str], Roles], Choice]]) -> None:
    """Give each article's still ambiguous (or weakly chosen) names (type, form) the reading
    the run's articles chose for that form by strong context, when they agree (PRIOR_MIN,
    PRIOR_SHARE); in place."""
    votes: dict[str, Counter[str]] = {}
    chosen: dict[str, Entry] = {}
    for per_article in decided:
        for ((_, form), _), c in per_article.items():
            if c.entry is not None and c.reason.startswith("context:"):
                votes.setdefault(form, Counter())[c.entry.id] += 1
                chosen[c.entry.id] = c.entry
    for per_article in decided:
        for key, c in per_article.items():
            form = key[0][1]
            if not (c.entry is None or c.reason.startswith(WEAK)) or form not in votes:
                continue
            (eid, n), total = votes[form].most_common(1)[0], sum(votes[form].values())
            if n >= PRIOR_MIN and n >= PRIOR_SHARE * total and (c.entry is None or c.entry.id != eid):
                per_article[key] = Choice(chosen[eid], f"corpus: {n} of {total} articles chose it")
