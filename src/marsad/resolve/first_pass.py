"""The first pass of resolution over one article (`entities.resolve_mentions` runs it on each).

Within the article: proclitics stripped as the corpus attests, a title with a catalogue name
(«الملك سلمان») taken for that person, short forms linked to full ones (`within.link_article`),
a side keyed to its state or group, contested names chosen by context (`context.SharedNames`),
bare state bodies tied to their state (`bodies.StateBodies`). What it reads of the whole
corpus and the catalogue comes in one `CorpusNames`; what it finds goes back in a `FirstPass`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Final

from marsad.model import Article
from marsad.resolve.bodies import StateBodies
from marsad.resolve.catalogue import Entry
from marsad.resolve.cluster import Key, compatible
from marsad.resolve.context import ArticleWords, Choice, Roles, SharedNames, roles_at
from marsad.resolve.names import DEFINITE, clean, clean_name, name_tokens, without_proclitic
from marsad.resolve.variants import skeleton
from marsad.resolve.within import Local, link_article, make_locals, root

MENTIONS: Final = "mentions"
LAM = "ل"  # the proclitic before which a name's article is often written short (لشركة for للشركة)


def _locals(art: Article) -> list[tuple[int, Local]]:
    """The article's mentions as Locals (with their index in the layer), in text order.
    Forms come from the span's own text: a tagger's `norm` may strip letters of the name."""
    spans = art.layer(MENTIONS)
    locs = make_locals([(s.start, s.end, s.label, s.slice(art.text)) for s in spans])
    by_pos = {(s.start, s.end, s.label): n for n, s in enumerate(spans)}
    return [(by_pos[(m.start, m.end, m.label)], m) for m in locs]


def _attested_variant(key: tuple[str, str], need: int, seen: Counter[tuple[str, str]],
                      by_skeleton: dict[tuple[str, str], list[str]]) -> bool:
    """Some name of this type, spelled as a variant of `key`, has at least `need` mentions."""
    label, form = key
    return any(seen[(label, f)] >= need and compatible(form, f)
               for f in by_skeleton.get((label, skeleton(form)), ()))


def _strip_proclitics(pairs: list[tuple[int, Local]], seen: Counter[tuple[str, str]],
                      known: set[tuple[str, str]],
                      by_skeleton: dict[tuple[str, str], list[str]]) -> None:
    """A name whose first word may carry a proclitic (وبوتين, للحزب, ووانج يي) loses it when
    the bare name is as well attested: the catalogue has it, or as many mentions are
    spelled so or as a close variant of it (وانج يي ~ وانغ يي). A name the catalogue has
    only with the article, or that other mentions spell with it, may have lost it to a ل
    (لشركة السعودية للكهرباء, لحوثيين: the tagger's span of للشركة, للحوثيين starts at the
    article's lam). A word the article writes inside a longer name of its type keeps its
    letters (كينج of رالف بيتر كينج is no ك + ينج)."""
    inside = {(m.label, t) for _, m in pairs for t in m.tokens[1:]}
    for _, m in pairs:
        if m.latin or (m.tokens and (m.label, m.tokens[0]) in inside):
            continue
        mine = seen[(m.label, m.form)]
        for alt in without_proclitic(m.tokens):
            key = (m.label, " ".join(alt))
            if (key in known or seen[key] >= max(mine, 1)
                    or _attested_variant(key, max(mine, 1) + 1, seen, by_skeleton)):
                m.retokenize(alt)
                break
            definite = (m.label, f"{DEFINITE}{key[1]}")
            if m.tokens[0] == LAM + alt[0] and (definite in known or seen[definite] > 0):
                m.retokenize([DEFINITE + alt[0], *alt[1:]])
                break



def titled_index(entries: list[Entry]) -> dict[str, Entry]:
    """A title with a name that is one person's alone («الملك سلمان») -> that person."""
    return {clean(t): e for e in entries if e.type == "PER" for t in e.titled}


def _apply_titled(pairs: list[tuple[int, Local]], titled: dict[str, Entry], text: str) -> dict[int, str]:
    """A person named by a title and a name of the catalogue's `titled` («الملك سلمان», with
    the title inside the mention or just before it) takes that person's full name, so the
    article's other mentions of him link to it. Returns the reason per mention index."""
    why: dict[int, str] = {}
    if not titled:
        return why
    for k, (_, m) in enumerate(pairs):
        if m.label != "PER" or m.latin:
            continue
        before = text[max(0, m.start - 30):m.start].split()
        tries = [m.surface] + ([f"{before[-1]} {m.surface}"] if before else [])
        for t in tries:
            toks = clean_name(t).split()
            hit = next((titled[" ".join(x)] for x in [toks, *without_proclitic(toks)]
                        if " ".join(x) in titled), None)
            if hit is not None:
                m.retokenize(name_tokens(hit.name, "PER"))
                why[k] = f"titled: {clean_name(t)}"
                break
    return why


Bare = dict[int, tuple[str, str, str | None]]  # mention index -> (form, head's gender, state id)


def _bare_bodies(pairs: list[tuple[int, Local]], keys: list[Key], skip: dict[int, Shared],
                 bodies: StateBodies, text: str) -> tuple[Bare, dict[str, str | None]]:
    """The article's bare state bodies (`bodies`) with the state each belongs to, and the
    state of each bare name that no adjective right after it decides."""
    bare: Bare = {}
    by_article: dict[str, str | None] = {}
    named = [found for label, form in keys if label == "ORG" and (found := bodies.body_of_state(form))]
    scores: Counter[str] | None = None  # how often the article names each state, counted once
    for (n, m), key in zip(pairs, keys, strict=True):
        if key[0] != "ORG" or n in skip or (gender := bodies.gender(key[1])) is None:
            continue
        state = bodies.adjective_after(text, m.end)
        if state is None:
            if scores is None:
                scores = bodies.article_scores(ArticleWords(text), [f for label, f in keys if label == "LOC"])
            near = bodies.near_scores(text, m.start, m.end)
            state = by_article[key[1]] = bodies.state_of(key[1], named, scores + near)
        bare[n] = (key[1], gender, state)
    return bare, by_article


def _form(m: Local, surface: str) -> str:
    return m.form or clean(surface) or surface


Shared = tuple[Key, Roles]  # a contested name of an article, and the role its mentions play


def _by_context(pairs: list[tuple[int, Local]], keys: list[Key], shared: SharedNames,
                text: str) -> tuple[dict[Shared, Choice], dict[int, Shared]]:
    """The article's contested names (`context.SharedNames`), chosen once for all mentions
    of a name that play the same role (a dateline's «الرياض» apart from a quoted one); and
    each contested mention's (name, role)."""
    spans: dict[Shared, list[tuple[int, int]]] = defaultdict(list)
    which: dict[int, Shared] = {}
    for (n, m), key in zip(pairs, keys, strict=True):
        if shared.contested(key[1]):
            which[n] = (key, roles_at(text, m.start, m.end))
            spans[which[n]].append((m.start, m.end))
    if not spans:
        return {}, {}
    words = ArticleWords(text)
    return {(key, r): shared.choose(key[1], key[0], words, sp, r) for (key, r), sp in spans.items()}, which


@dataclass(frozen=True)
class CorpusNames:
    """What the first pass over an article reads of the whole corpus and the catalogue."""

    seen: Counter[tuple[str, str]]  # mentions of each (type, form) (`_attested`)
    known: set[tuple[str, str]]  # the catalogue's (type, form)
    by_skeleton: dict[tuple[str, str], list[str]]  # (type, skeleton) -> the forms seen with it
    titled: dict[str, Entry]  # `titled_index`
    shared: SharedNames
    bodies: StateBodies


@dataclass
class FirstPass:
    """One article's first pass: per mention (index in the layer, its own (type, form), the
    key it resolves to within the article), in text order; its contested names; its bare
    state bodies; how a catalogue entry was chosen (`titled`), by mention index."""

    keys: list[tuple[int, Key, Key]]
    chosen: dict[Shared, Choice]
    which: dict[int, Shared]
    bare: tuple[Bare, dict[str, str | None]]
    why: dict[int, str]


def first_pass(corpus: CorpusNames, art: Article) -> FirstPass:
    """Within one article: proclitics stripped as the corpus attests, titled names, short
    forms linked to full ones, a side keyed to its state or group (attrs.side), contested names
    chosen by context, bare state bodies."""
    pairs = _locals(art)
    _strip_proclitics(pairs, corpus.seen, corpus.known, corpus.by_skeleton)
    why = {pairs[k][0]: reason for k, reason in _apply_titled(pairs, corpus.titled, art.text).items()}
    locs = link_article([m for _, m in pairs])
    keys, spans = [], art.layer(MENTIONS)
    for idx, (n, m) in enumerate(pairs):
        head = locs[root(locs, idx)]
        keys.append((m.label, _form(head, head.surface)))
        if (side := spans[n].attrs.side) is not None:  # «الحكومة الأفغانية»: the state; «دول 5+1»: the group
            keys[-1], why[n] = corpus.bodies.side_key(side, m.label)
    chosen, which = _by_context(pairs, keys, corpus.shared, art.text)
    bare = _bare_bodies(pairs, keys, which, corpus.bodies, art.text)
    return FirstPass([(n, (m.label, m.form), key) for (n, m), key in zip(pairs, keys, strict=True)],
                     chosen, which, bare, why)
