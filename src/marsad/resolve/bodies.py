"""Bare names of the bodies every state has, given the state the article is about.

«وزارة العمل» is Saudi Arabia's ministry in a Saudi article and the US Department of Labor in
one about American egg prices; «اتحاد كرة القدم» is the federation of the country the
article is about. Such a name is *bare* when it opens with the head noun of a state body
(`lang/ar/resolve_state_bodies.tsv`, kind head), has two words or more, is no catalogue
name nor a body above states (مجلس الأمن: kind name), and names no state (a catalogue
country or its adjective: `demonyms`), no place or organisation of the catalogue and no
scope above states (الآسيوي, الدولي: kind scope).

A bare name takes the state of its article (`StateBodies.state_of`): the state's adjective
right after the mention («وزارة العمل [الأمريكية]», a name the tagger cut short), else the
state the article names most, by its names, adjectives and places (the article's place
mentions of a catalogue place with a `country`: a dateline's «الرياض», «جدة»; each
NEAR_WEIGHT times in the mention's sentence, near it) and, as NAMED_WEIGHT mentions, a body
of the state it names in full with all of the bare name's words («الاتحاد السعودي لكرة القدم
... اتحاد القدم»), when it is named at least MIN_SCORE times and LEAD times as often as any
other. The name is then keyed with the state's adjective after it, agreeing with the head
(«وزارة العمل الأمريكية», «اتحاد كرة القدم السعودي»), so it meets the catalogue's name of
that body when there is one and never a body of another state. With no state the name stands
for its article alone, unless the run's other articles agree on its state (`settle_states`,
as `context.settle_by_corpus` does).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.lang import load_table
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS
from marsad.resolve.catalogue import Entry
from marsad.resolve.cluster import CHOSEN
from marsad.resolve.context import NEAR_WEIGHT, PRIOR_MIN, PRIOR_SHARE, SENTENCE_END, ArticleWords
from marsad.resolve.names import DEFINITE, clean, without_proclitic

MIN_SCORE = 2  # how often an article must name a state for its bare bodies to be that state's
LEAD = 1.5  # ... and how many times as often as any other state
NEAR_BEFORE, NEAR_AFTER = 80, 40  # characters of the mention's sentence where a state counts more
NAMED_WEIGHT = 3  # a state's body of the same name named in full in the article counts as much
FIRSTS_KEPT = 100_000  # words whose `_first_forms` are remembered at once
LONGEST = 4  # the most words of a state's or place's name looked for in an article
FEMININE = "ه"  # a normalised ta marbuta: the head is feminine, and so is the adjective


@cache
def _table() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Heads (normalised, without the article) -> gender; scope words, both genders; names
    above states."""
    heads: dict[str, str] = {}
    scope: set[str] = set()
    above: set[str] = set()
    for r in load_table("resolve_state_bodies"):
        form = clean(r["form"])
        if r["kind"] == "head":
            heads[form] = r["gender"]
        elif r["kind"] == "scope":
            scope |= {form, _feminine(form)}
        else:
            above |= {form, _indefinite(form)}
    return heads, frozenset(scope), frozenset(above)


def _feminine(adjective: str) -> str:
    """الكوري الشمالي -> الكوريه الشماليه (normalised: ta marbuta is ه)."""
    return " ".join(w + FEMININE if w.endswith("ي") else w for w in adjective.split())


def _adjective(form: str) -> bool:
    """One definite word of adjective shape (الداخليه, الشرقيه)."""
    return " " not in form and form.startswith(DEFINITE) and form.endswith(NISBA_ENDINGS)


def _indefinite(phrase: str) -> str:
    return " ".join(w[len(DEFINITE):] if w.startswith(DEFINITE) else w for w in phrase.split())


Body = tuple[frozenset[str], str]  # a state's body named in full: its words, the state's id


@dataclass(frozen=True)
class State:
    entry: Entry
    masculine: str  # the adjective, normalised: السعودي
    feminine: str  # السعوديه

    def words(self) -> set[str]:
        """The words and phrases an article names the state by: its names (not a shared one),
        its adjective in both genders, definite or not, and its plurals."""
        out = {f for f in self.entry.forms() if not f.isascii()}
        for adj in (self.masculine, self.feminine):
            out |= {adj, _indefinite(adj)}
        if " " not in self.masculine:
            out |= {self.masculine + "ين", self.masculine + "ون"}
        return out


class StateBodies:
    """The catalogue's states, and which organisation names are bare bodies of a state."""

    def __init__(self, entries: list[Entry]) -> None:
        self.states = {e.id: State(e, clean(e.demonyms[0]), _feminine(clean(e.demonyms[0])))
                       for e in entries if e.demonyms}
        self.state_words: dict[str, str] = {}  # a word or phrase naming a state -> its id
        for sid, st in self.states.items():
            for w in st.words():
                self.state_words.setdefault(w, sid)
            for adj in st.entry.demonyms[1:]:  # a second spelling (الأميركي)
                for a in (clean(adj), _feminine(clean(adj))):
                    self.state_words.setdefault(a, sid)
                    self.state_words.setdefault(_indefinite(a), sid)
        self.places = {f for e in entries if e.type == "LOC" for f in e.forms() | e.shared_forms()}
        # the places of a state with an adjective: evidence of the state an article is about
        self.place_state = {f: e.country for e in entries if e.type == "LOC" and e.country in self.states
                            for f in e.forms() if not f.isascii()}
        self.first_words = {w.split()[0] for w in [*self.state_words, *self.places]}
        self.longest = min(LONGEST, max((len(w.split()) for w in self.state_words), default=1))
        self.known = {f for e in entries if e.type == "ORG" for f in e.forms() | e.shared_forms()}
        self._firsts: dict[str, tuple[str, ...]] = {}  # `_first_forms` of the words seen

    def _names_something(self, words: list[str]) -> bool:
        """Some word or pair of words (behind any proclitic) names a state, a place, an
        organisation of the catalogue (هيئة الأمم المتحدة) or a scope."""
        scope = _table()[1]
        # the word right after the head, one adjective, is a portfolio even where a place bears
        # it (وزارة الداخلية; «محافظة الداخلية» is الداخليه)
        portfolio = words[0] if words and _adjective(words[0]) else None
        return any(g in self.state_words or (g in self.places and g != portfolio) or g in self.known
                   or g in scope for g in _grams(words))

    def _head(self, words: list[str]) -> str | None:
        heads = _table()[0]
        head = _indefinite(words[0]) if words else ""
        return head if head in heads else None

    def side_key(self, side: str, label: str) -> tuple[tuple[str, str], str]:
        """The key a mention the events step read as a side (attrs.side) resolves to, and why: the
        state of a state's side («الحكومة الأفغانية»), the group of a group's formula («دول 5+1»,
        of the mention's own label), each the catalogue entry chosen."""
        state = side in self.states
        return ("LOC" if state else label, CHOSEN + side), f"{'state ' * state}side: {side}"

    def body_of_state(self, form: str) -> Body | None:
        """(its words, state id) when `form` names one state's body («الاتحاد السعودي لكرة
        القدم»); the words without the article or a proclitic, for `state_of`."""
        words = form.split()
        if not words or self._head(words) is None:
            return None
        states = {self.state_words[g] for g in _grams(words[1:]) if g in self.state_words}
        return (_bare_words(form), states.pop()) if len(states) == 1 else None

    def gender(self, form: str) -> str | None:
        """The head's gender when `form` (an organisation's normalised name) is bare, else None."""
        words = form.split()
        if len(words) < 2 or form in self.known or _indefinite(form) in _table()[2]:
            return None
        head = self._head(words)
        if head is None or self._names_something(words[1:]):
            return None
        return _table()[0][head]

    def adjective_after(self, text: str, end: int) -> str | None:
        """The state whose adjective follows text[..end] («وزارة العمل [الأمريكية]»)."""
        after = clean(text[end:end + 30]).split()
        for n in (2, 1):
            if len(after) >= n and (sid := self.state_words.get(" ".join(after[:n]))) is not None:
                return sid
        return None

    def state_of(self, form: str, named: list[Body], scores: Counter[str]) -> str | None:
        """The state of a bare body `form` that no adjective follows, from the article's
        `scores` (`article_scores`) and, NAMED_WEIGHT each, the states whose body of this
        name the article names in full (`named`, from `body_of_state`: «اتحاد القدم» after
        «الاتحاد السعودي لكرة القدم»)."""
        words = _bare_words(form)
        return _decide(scores + Counter({sid: NAMED_WEIGHT for full, sid in named if words <= full}))

    def near_scores(self, text: str, start: int, end: int) -> Counter[str]:
        """How often each state is named in the mention's sentence, near it («نائب رئيس دولة
        الإمارات ورئيس [مجلس الوزراء]»), NEAR_WEIGHT - 1 times over: added to the article's
        scores, a state named there counts NEAR_WEIGHT times."""
        before = SENTENCE_END.split(text[max(0, start - NEAR_BEFORE):start])[-1]
        after = SENTENCE_END.split(text[end:end + NEAR_AFTER])[0]
        near = self.article_scores(ArticleWords(f"{before} {after}"), [])
        return Counter({sid: n * (NEAR_WEIGHT - 1) for sid, n in near.items()})

    def article_state(self, words: ArticleWords, places: list[str]) -> str | None:
        """The state the article names most (see `article_scores`), if any."""
        return _decide(self.article_scores(words, places))

    def article_scores(self, words: ArticleWords, places: list[str]) -> Counter[str]:
        """How often the article names each state: its names and adjective in the text, and
        its places among `places` (the forms of the article's place mentions)."""
        score: Counter[str] = Counter(sid for f in places if (sid := self.place_state.get(f)))
        toks = words.cleaned.split()
        known = list(map(self._firsts.get, toks))  # each word's `_first_forms`, None when not known yet
        end, i = len(toks), 0
        for at in [k for k, forms in enumerate(known) if forms is None or forms]:
            if at < i:
                continue  # inside the name found before
            forms = known[at]
            if forms is None:
                forms = self._first_forms(toks[at])
                if not forms:
                    continue
            i = at
            # the longest state word or place name here: «جنوب السودان» is not «السودان»
            found = None
            for first in forms:
                for n in range(1, min(self.longest, end - i) + 1):
                    phrase = " ".join([first, *toks[i + 1:i + n]])
                    if (phrase in self.state_words or phrase in self.places) and (
                            found is None or (n, phrase) > found):
                        found = (n, phrase)
            if found is None:
                i += 1
                continue
            if (sid := self.state_words.get(found[1])) is not None:
                score[sid] += 1
            i += found[0]
        return score

    def _first_forms(self, word: str) -> tuple[str, ...]:
        """The forms of `word` (itself, and without each proclitic it may carry) that open a
        state word or a place name (`first_words`); remembered for FIRSTS_KEPT words."""
        if len(self._firsts) >= FIRSTS_KEPT:
            self._firsts.clear()
        found = self._firsts[word] = tuple(f for f in _variants(word) if f in self.first_words)
        return found

    def named(self, form: str, gender: str, state: str) -> str:
        """The bare name with the state's adjective: وزاره العمل + الامريكيه."""
        st = self.states[state]
        return f"{form} {st.feminine if gender == 'f' else st.masculine}"


def _decide(score: Counter[str]) -> str | None:
    """The state named at least MIN_SCORE times and LEAD times as often as any other."""
    ranked = score.most_common(2)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


@lru_cache(maxsize=100_000)
def _variants(word: str) -> tuple[str, ...]:
    """The word and what it is without each proclitic it may carry (بالسعوديه -> السعوديه)."""
    return (word, *(alt[0] for alt in without_proclitic([word])))


def _bare_words(form: str) -> frozenset[str]:
    """A name's words without the article or a proclitic (لكره -> كره, الاتحاد -> اتحاد)."""
    out = set()
    for w in form.split():
        alts = without_proclitic([w])
        out.add(_indefinite(alts[0][0] if alts else w))
    return frozenset(out)


def _grams(words: list[str]) -> set[str]:
    """The words, each also behind any proclitic (بالسعودية), and the pairs of them."""
    forms = [[w, *(alt[0] for alt in without_proclitic([w]))] for w in words]
    out: set[str] = set()
    for i, alts in enumerate(forms):
        out |= set(alts)
        if i + 1 < len(forms):
            out |= {f"{a} {b}" for a in alts for b in forms[i + 1]}
    return out


def settle_states(decided: list[dict[str, str | None]]) -> None:
    """Each article's bare names (form -> state id, None when its article names no state)
    take the state the run's other articles gave that name, when at least PRIOR_MIN did and
    PRIOR_SHARE of them agree; in place."""
    votes: dict[str, Counter[str]] = {}
    for per_article in decided:
        for form, state in per_article.items():
            if state is not None:
                votes.setdefault(form, Counter())[state] += 1
    for per_article in decided:
        for form, state in per_article.items():
            if state is None and form in votes:
                (sid, n), total = votes[form].most_common(1)[0], sum(votes[form].values())
                if n >= PRIOR_MIN and n >= PRIOR_SHARE * total:
                    per_article[form] = sid
