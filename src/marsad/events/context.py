"""What the event and quote extractors read of an article: sentences, words, mentions.

Only segments with a content role are read (title, body, heading, caption); mentions and
timexes come from the entity and date layers, with the corpus entity id in attrs.entity
(a mention not yet resolved falls back to its normalised text). The context reads the
mentions through two article-local repairs, on copies (the mentions layer is not touched):
a mention that is only a courtesy word, an office (السيد) or an ordinal (الثاني) is no name
and is left out, and a one-word mention typed other than PER that is the last name of a person
named in full in the same article (باتروشيف after نيكولاي باتروشيف) is read as that person. `person_named`
finds such a last name where the tagger found nothing. A last name that is also a place (a location of
the gazetteer or the catalogue, or the last word of a longer location of the article: محافظة إدلب) is
no last name when the person is named so only once: that is a place glued after a name by the tagger
(«أوباما كينيا», «دائني اليونان»), and every كينيا of the article stays a place; a person named so twice
or more (برناردينو ليون ... برناردينو ليون) keeps it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from marsad.events.formula_groups import counted_mentions, formula_mentions
from marsad.events.glued_names import relinked
from marsad.events.lexicon import office_word
from marsad.events.rounds import ordinal_word
from marsad.events.state_sides import sides_of
from marsad.events.triggers import Trigger, find_triggers
from marsad.events.words import Word, stems, words_of
from marsad.lang import kb_entries, load_table
from marsad.lang.marks import quote_pairs
from marsad.lang.normalize import normalize
from marsad.lang.sentences import split_sentences
from marsad.model import Article, MentionAttrs, SegmentAttrs, Span, TimexAttrs

CONTENT_ROLES = ("title", "body", "heading", "caption")
EVENT_ROLES = ("title", "body", "heading")  # the segments whose sentences tell events


_BARE_SURNAME = 4  # letters of a last name read without its article (سومه; not شيخ)
_PLACE_SURNAME_USES = 2  # full-name mentions that make a place word a person's last name (ليون)


@dataclass
class Sentence:
    start: int
    end: int
    role: str
    words: list[Word] = field(default_factory=list)
    lead: bool = False  # the first sentence of the body: the report's own lead
    _ends: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _triggers: list[Trigger] | None = field(default=None, init=False, repr=False, compare=False)

    def triggers(self) -> list[Trigger]:
        """The event triggers of the sentence, found once: the office index, the courtesy and
        visitor rules and the events step all read them."""
        if self._triggers is None:
            self._triggers = find_triggers(self.words, lead=self.lead)
        return self._triggers

    def trigger_at(self, start: int | None) -> Trigger | None:
        """The trigger whose first word opens at offset `start` (an event's `trigger_start`), if any."""
        return next((t for t in self.triggers() if self.words[t.index].start == start), None)

    def word_index(self, offset: int) -> int:
        """Index of the first word that ends after `offset`."""
        if self._ends is None:
            self._ends = [w.end for w in self.words]
        return bisect_left(self._ends, offset + 1)


@dataclass
class ArticleContext:
    article: Article
    sentences: list[Sentence]
    mentions: list[Span[MentionAttrs]]
    timexes: list[Span[TimexAttrs]]
    surnames: dict[str, str] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    # last name -> (where, entity) of each person named in full with it, in text order
    surname_places: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]

    @property
    def text(self) -> str:
        return self.article.text

    def with_mentions(self, mentions: list[Span[MentionAttrs]]) -> ArticleContext:
        """This context with `mentions` (in text order, as `mentions_in` needs) in place of its
        own, the rest unchanged."""
        return ArticleContext(self.article, self.sentences, mentions, self.timexes, self.surnames,
                              surname_places=self.surname_places)

    def with_more_mentions(self, found: list[Span[MentionAttrs]]) -> ArticleContext:
        """This context with `found` among its mentions, in text order (this context itself when
        nothing was found)."""
        if not found:
            return self
        return self.with_mentions(sorted([*self.mentions, *found], key=lambda m: (m.start, m.end)))

    def mentions_in(self, start: int, end: int, labels: tuple[str, ...] = ()) -> list[Span[MentionAttrs]]:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and (not labels or m.label in labels)]

    def entity_of(self, m: Span[MentionAttrs]) -> str:
        ent = m.attrs.entity
        return str(ent) if ent else normalize(m.slice(self.text))

    def mentions_of(self, entity: str, start: int, end: int,
                    labels: tuple[str, ...] = ()) -> list[Span[MentionAttrs]]:
        """The mentions of `entity` (as `entity_of` keys it) that `mentions_in` finds."""
        return [m for m in self.mentions_in(start, end, labels) if self.entity_of(m) == entity]

    def named_only_from(self, entity: str, sent: Sentence, at: int) -> bool:
        """Whether `entity` is named in sentence `sent`, and only at offset `at` or after it."""
        named = self.mentions_of(entity, sent.start, sent.end)
        return bool(named) and all(m.start >= at for m in named)

    def person_named(self, w: Word) -> str | None:
        """The person whose last name the word is (a person named in full in the article); of
        several with that last name, the one named last before the word («متعب البقمي- سبق» in
        the byline, then «العقيد X البقمي» ... «وأضاف العقيد "البقمي"»: the colonel), else the first."""
        for st in stems(w.norm):
            if st.stem in self.surnames:
                before = [ent for at, ent in self.surname_places.get(st.stem, ()) if at < w.start]
                return before[-1] if before else self.surnames[st.stem]
        return None

    def mention_at(self, w: Word) -> Span[MentionAttrs] | None:
        """The first mention overlapping word `w` (mentions span a few words at most)."""
        hi = bisect_right(self._starts, w.end - 1)
        found = None
        for m in reversed(self.mentions[max(0, hi - 8):hi]):
            if m.start < w.end and w.start < m.end:
                found = m
        return found


    def comma_between(self, a: Word, b: Word) -> bool:
        """Whether a comma (Arabic or Latin) stands between words `a` and `b`."""
        return any(ch in "،," for ch in self.text[a.end:b.start])

    def in_timex(self, w: Word) -> bool:
        """Whether word `w` overlaps a date or time expression."""
        return any(t.start < w.end and w.start < t.end for t in self.timexes)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding the character at `offset`, None when it lies outside them all."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    def sentence_before(self, sent: Sentence) -> Sentence | None:
        """The sentence right before `sent` when it has the same role (body after body), else None:
        what an event's own sentence leaves untold (its day, its place) may stand there."""
        k = next((i for i, s in enumerate(self.sentences) if s.start == sent.start), 0)
        return self.sentences[k - 1] if k > 0 and self.sentences[k - 1].role == sent.role else None


def build_context(art: Article, roles: tuple[str, ...] = CONTENT_ROLES,
                  sides: bool = False) -> ArticleContext:
    """The article's context; with `sides` (the events step), a state's side named by a noun and
    the state's adjective («الحكومة الأفغانية», `state_sides.py`) is a mention of the state too;
    without, none is, not even one an earlier run added to the mentions (attrs.side): it is no
    speaker of a quote (the quotes gold names none there)."""
    segs = art.segments(*roles) or ([] if art.layers.get("segments")
                                    else [Span(0, len(art.text), "body", SegmentAttrs())])
    sents = [Sentence(s, e, seg.label, list(words))
             for seg in segs for s, e, words in _sentences(art.text, seg.start, seg.end)]
    if (first := next((s for s in sents if s.role == "body"), None)) is not None:
        first.lead = True
    raw = [m for m in art.layer("mentions") if sides or m.attrs.side is None]
    if sides:
        raw += sides_of(art.text, [s.words for s in sents], raw)
        raw += formula_mentions(art.text, raw)  # «دول 5+1»: the group the tagger left unnamed
        raw += counted_mentions(art.text, [s.words for s in sents], raw)  # «القوى الست»: the 5+1
    raw.sort(key=lambda m: (m.start, m.end))
    named_at: dict[str, list[tuple[int, str]]] = {}
    names = _surnames(art.text, raw, named_at)
    timexes = sorted(art.layer("timexes"), key=lambda t: (t.start, t.end))
    mentions = relinked(art.text, _repaired(art.text, raw, names), timexes)
    return ArticleContext(art, sents, mentions, timexes, names,
                          surname_places={k: tuple(v) for k, v in named_at.items() if len(v) > 1})


@lru_cache(maxsize=4096)
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int, tuple[Word, ...]], ...]:
    """(start, end, words) of each sentence of `text[start:end]`: the quotes and the events
    stages read the same segments of an article one after the other, so the last segments'
    sentences are kept (each context makes Sentence objects and word lists of its own)."""
    return tuple((s, e, tuple(words_of(text, s, e))) for s, e in split_sentences(text, start, end))


def _surnames(text: str, mentions: list[Span[MentionAttrs]],
              named_at: dict[str, list[tuple[int, str]]] | None = None) -> dict[str, str]:
    """Last name -> entity of each person named in full (two words or more; a place's name as
    last name after given names only: «محمد بخاري» ... «الرئيس بخاري»); a last name of two
    words is also known written as one («أحمد الجار الله» ... «الجارالله»), and a definite one
    without its article («عمر السومه» ... «سومه») unless that is a given name (الأحمد: أحمد) or a
    nisba, which is a common word too («خليل القيادي» ... «قيادي معارض»). `named_at`, when given,
    gets each last name's (where, entity) of every person named in full with it, in text order."""
    out: dict[str, str] = {}
    seen = named_at if named_at is not None else {}
    words = [normalize(m.slice(text)).split() for m in mentions]
    full = Counter(w[-1] for m, w in zip(mentions, words, strict=True) if m.label == "PER" and len(w) >= 2)
    places = _place_words() | {w[-1] for m, w in zip(mentions, words, strict=True)
                               if m.label == "LOC" and len(w) >= 2}
    for m, w in zip(mentions, words, strict=True):
        if w and w[-1] in places and full[w[-1]] < _PLACE_SURNAME_USES \
                and not (len(w) >= 2 and all(g in _given_names() for g in w[:-1])):
            continue  # «أوباما كينيا»: a place glued after a name, not his last name; after given
            # names only («محمد بخاري»: بخاري is Bukhara too) the word is the last name
        if m.label == "PER" and len(w) >= 2 and len(w[-1]) >= 3 and m.attrs.entity:
            out.setdefault(w[-1], str(m.attrs.entity))
            if all(ent != str(m.attrs.entity) for _, ent in seen.get(w[-1], ())):
                seen.setdefault(w[-1], []).append((m.start, str(m.attrs.entity)))
            bare = w[-1][2:] if w[-1].startswith("ال") else ""
            if len(bare) >= _BARE_SURNAME and bare not in _given_names() and not bare.endswith("ي"):
                out.setdefault(bare, str(m.attrs.entity))  # «عمر السومه» ... «ونفى سومه»
        if m.label == "PER" and len(w) >= 3 and m.attrs.entity:
            out.setdefault(w[-2] + w[-1], str(m.attrs.entity))
    return out


@cache
def _place_words() -> frozenset[str]:
    """The one-word locations of the gazetteer and of the catalogue (its names and other names),
    normalised: كينيا, اليونان, إدلب, ليون."""
    names = [r["name"] for r in load_table("ner_gazetteer") if r["type"] == "LOC"]
    for raw in kb_entries():
        if raw.get("type") == "LOC":
            names += [str(raw.get("name", ""))] + [str(n) for n in raw.get("names") or []]
    return frozenset(n for n in map(normalize, names) if n and " " not in n)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(normalize(r["name"]) for r in load_table("segment_given_names"))


def place_word(w: Word) -> bool:
    """The word is a one-word location of the gazetteer or the catalogue (`_place_words`: ينبع, إدلب)."""
    return w.norm in _place_words()


def given_name(w: Word) -> bool:
    """The word is a given name of `lang/ar/segment_given_names.tsv` («دخيل», «سلطان»)."""
    return w.norm in _given_names()


def _marked_surname(text: str, m: Span[MentionAttrs], word: str, surnames: dict[str, str]) -> bool:
    """A one-word mention that is also an office word («القاضي», the judge) is the last name of the
    person named in full in the article (`surnames`) when the writer sets it alone between
    quotation marks («وقال "القاضي" …» after «حمد بن عبدالله القاضي»): the marks make it a name."""
    return word in surnames and quote_pairs(text, max(0, m.start - 1), m.end + 1) == [(m.start, m.end)]


def _repaired(text: str, mentions: list[Span[MentionAttrs]],
              surnames: dict[str, str]) -> list[Span[MentionAttrs]]:
    out = []
    for m in mentions:
        w = normalize(m.slice(text)).split()
        if len(w) == 1 and (office_word(w[0]) or ordinal_word(w[0])) \
                and not _marked_surname(text, m, w[0], surnames):
            continue
        if len(w) == 1 and m.label != "PER" and w[0] in surnames:
            m = Span(m.start, m.end, "PER", replace(m.attrs, entity=surnames[w[0]]))
        out.append(m)
    return out
