"""Within one article: short forms link to the full name they stand for.

Each mention gets a *form* (`names.name_tokens`: normalised, titles stripped). A person's
shorter form links to a longer person form of the same article that contains its tokens in
order, each token a close variant (`شويغو` -> `سيرغي شويغو`, `شي` -> `شي جين بينغ`, `وانغ` ->
`وانغ يي`); an organisation's or place's form of two or more words links to a longer form of
the same type that starts with it (`مجلس الأمن` -> `مجلس الأمن الروسي`, the article ال
ignored: `الحزب الشيوعي` -> `حزب الشيوعي الصيني`). A person's shorter form of two or more
Arabic words must start with the full name's first word (`علي عبدالله صالح` is not `أحمد علي
عبدالله صالح`: it names his father), unless it is the family name the full name ends with,
opened by a particle (`عبد اللهيان`). A one-word person form that is no listed Arabic given
name (`lang/ar/segment_given_names.tsv`) is a family name: where it ends a full name (`سيرغي
لافروف`), it links there, not to a form it opens (`لافروف التأكيد`, a name the tagger ran over
the next word). When several full forms fit, the nearest
one before the mention wins, else the nearest after it. A form made only of name particles
(`عبد`) links to nothing, and in a name with a chain of ancestors (`محمد بن سلمان بن عبد
العزيز`) a shorter form must start with the person's own first name (`lang/ar/
resolve_particles.tsv`). A Latin-script mention only links to Latin-script forms here;
scripts meet across the corpus (`translit`).

The comparison runs on a bounded window (`link_article`): distinct forms, not mentions,
each against at most MAX_LINK_CANDIDATES candidate forms.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from marsad.resolve.names import fixed_spelling, given_names, is_latin, name_tokens, particles, undefined
from marsad.resolve.variants import similarity, skeleton

TOKEN_MATCH = 0.8


@dataclass
class Local:
    """One mention as resolution sees it: where, what type, which tokens, linked to whom."""

    start: int
    end: int
    label: str
    surface: str
    tokens: list[str]
    latin: bool
    head: int = -1  # index of the mention whose form this one stands for (-1: itself)
    keys: frozenset[str] = frozenset()  # blocking keys of its words

    def __post_init__(self) -> None:
        self.keys = frozenset(skeleton(t) for t in self.tokens)

    def retokenize(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.keys = frozenset(skeleton(t) for t in tokens)

    @property
    def form(self) -> str:
        return " ".join(self.tokens)


def make_locals(items: list[tuple[int, int, str, str]]) -> list[Local]:
    """(start, end, label, mention text) -> Locals in text order."""
    out = [Local(s, e, lab, txt, name_tokens(txt, lab), is_latin(txt)) for s, e, lab, txt in items]
    return sorted(out, key=lambda m: (m.start, m.end))


def _tok_eq(a: str, b: str) -> bool:
    if a == b:
        return True
    if fixed_spelling(a, b):
        return False
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 2 or a[-1:] != b[-1:] and a[:1] != b[:1]:
        return False
    return similarity(a, b, TOKEN_MATCH) >= TOKEN_MATCH


def _contains_in_order(short: list[str], long: list[str]) -> bool:
    j = 0
    for tok in long:
        if j < len(short) and _tok_eq(short[j], tok):
            j += 1
    return j == len(short)


def _starts_with(short: list[str], long: list[str]) -> bool:
    if len(short) >= len(long):
        return False
    s = [undefined(short[0]), *short[1:]]
    lg = [undefined(long[0]), *long[1:len(short)]]
    return s == lg


def _fits(m: Local, full: Local) -> bool:
    if full.label != m.label or full.latin != m.latin or len(full.tokens) <= len(m.tokens):
        return False
    if m.label == "PER":
        if not m.keys <= full.keys or all(t in particles("part") for t in m.tokens):
            return False
        if len(m.tokens) > 1 and not m.latin and not _tok_eq(m.tokens[0], full.tokens[0]):
            # An Arabic name is the person's own name, then the father's, the grandfather's
            # (أحمد علي عبدالله صالح): a shorter form of two or more words that does not start
            # with the person's name names an ancestor, unless it is the family name it ends
            # with, opened by a particle (عبد اللهيان, أبو الغيط, آل خليفة).
            own_end = full.tokens[-len(m.tokens):] == m.tokens
            if any(t in particles("nasab") for t in full.tokens) or not (
                    own_end and m.tokens[0] in particles("part")):
                return False
        return _contains_in_order(m.tokens, full.tokens)
    return len(m.tokens) >= 2 and _starts_with(m.tokens, full.tokens)


def _ends(m: Local, full: Local) -> bool:
    """True when m, one word and no given name, is the family name `full` ends with: its
    last word, no particle right before it (`بن سلمان` names a father, `آل سعود` a house)."""
    if m.label != "PER" or len(m.tokens) != 1 or m.tokens[0] in given_names():
        return False
    if full.tokens[-2] in particles("nasab") or full.tokens[-2] in particles("part"):
        return False
    return _tok_eq(m.tokens[0], full.tokens[-1])


FormKey = tuple[str, bool, tuple[str, ...]]  # (type, Latin script?, tokens)
# Distinct longer forms a form is checked against (its candidates sharing its word keys,
# first seen first). Linking compares forms pairwise, so this bounds that window: each
# distinct form is compared with at most this many others, never with every mention.
MAX_LINK_CANDIDATES = 50


def _form_key(m: Local) -> FormKey:
    return (m.label, m.latin, tuple(m.tokens))


def _index(forms: list[Local]) -> dict[tuple[str, bool, str], list[int]]:
    """(type, script, word key) -> the distinct forms that have it, first seen first:
    persons by every word's blocking key, others by their first word without its article."""
    idx: dict[tuple[str, bool, str], list[int]] = defaultdict(list)
    for i, m in enumerate(forms):
        keys = m.keys if m.label == "PER" else {undefined(m.tokens[0])}
        for k in keys:
            idx[(m.label, m.latin, k)].append(i)
    return idx


def _candidates(m: Local, idx: dict[tuple[str, bool, str], list[int]],
                sets: dict[tuple[str, bool, str], set[int]], forms: list[Local]) -> list[int]:
    """The longer distinct forms that may be m's full form (sharing its word keys), first
    seen first, at most MAX_LINK_CANDIDATES of them."""
    if m.label != "PER":
        keys = [(m.label, m.latin, undefined(m.tokens[0]))]
    else:
        keys = sorted(((m.label, m.latin, k) for k in m.keys), key=lambda k: len(idx.get(k, ())))
    if not keys:
        return []
    others = [sets.setdefault(k, set(idx.get(k, ()))) for k in keys[1:]]
    found = []
    for i in idx.get(keys[0], ()):
        if len(forms[i].tokens) > len(m.tokens) and all(i in o for o in others):
            found.append(i)
            if len(found) == MAX_LINK_CANDIDATES:
                break
    return found


def _nearest(starts: list[int], at: int) -> tuple[int, int] | None:
    """(distance, start) of the nearest start before `at`, else of the first after it;
    the distance ranks every start before `at` ahead of every one after it."""
    k = bisect_left(starts, at)
    if k > 0:
        return (at - starts[k - 1], starts[k - 1])
    if k < len(starts):
        return ((1 << 62) + starts[k] - at, starts[k])
    return None


def link_article(mentions: list[Local]) -> list[Local]:
    """Set `head` on each mention (in text order) that is a short form of a longer one in
    the article.

    Bounded window: mentions of one (type, script, tokens) form are one item, so forms are
    compared, not mentions, and each form with at most MAX_LINK_CANDIDATES longer forms
    sharing its word keys; the nearest mention of a fitting form before each mention (else
    after it) is found by bisection. The cost is about forms x candidates + mentions x
    candidates x log(mentions), however often a name repeats.
    """
    forms: list[Local] = []
    where: dict[FormKey, int] = {}
    members: list[list[int]] = []  # per form: its mentions (indices), in text order
    for i, m in enumerate(mentions):
        if not m.tokens:
            continue
        f = where.setdefault(_form_key(m), len(forms))
        if f == len(forms):
            forms.append(m)
            members.append([])
        members[f].append(i)
    starts = [[mentions[i].start for i in ms] for ms in members]
    at_start = [{mentions[i].start: i for i in reversed(ms)} for ms in members]
    idx = _index(forms)
    sets: dict[tuple[str, bool, str], set[int]] = {}
    by_len = sorted(range(len(forms)), key=lambda f: -len(forms[f].tokens))
    for f in by_len:
        m = forms[f]
        fits = [g for g in _candidates(m, idx, sets, forms) if g != f and _fits(m, forms[g])]
        if not fits:
            continue
        ending = [g for g in fits if _ends(m, forms[g])]
        if ending:
            fits = ending
        for i in members[f]:
            near = []
            for g in fits:
                hit = _nearest(starts[g], mentions[i].start)
                if hit is not None:
                    near.append((*hit, g))
            _, start, g = min(near)
            mentions[i].head = root(mentions, at_start[g][start])
    return mentions


def root(mentions: list[Local], i: int) -> int:
    seen = 0
    while mentions[i].head >= 0 and seen < len(mentions):
        i = mentions[i].head
        seen += 1
    return i
