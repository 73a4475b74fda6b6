"""Within one article: short forms link to the full name they stand for.

Each mention gets a *form* (`names.name_tokens`: normalised, titles stripped). A person's
shorter form links to a longer person form of the same article that contains its tokens in
order, each token a close variant (`شويغو` -> `سيرغي شويغو`, `شي` -> `شي جين بينغ`, `وانغ` ->
`وانغ يي`); an organisation's or place's form of two or more words links to a longer form of
the same type that starts with it (`مجلس الأمن` -> `مجلس الأمن الروسي`, the article ال
ignored: `الحزب الشيوعي` -> `حزب الشيوعي الصيني`). When several full forms fit, the nearest
one before the mention wins, else the nearest after it. A form made only of name particles
(`عبد`) links to nothing, and in a name with a chain of ancestors (`محمد بن سلمان بن عبد
العزيز`) a shorter form must start with the person's own first name (`lang/ar/
resolve_particles.tsv`). A Latin-script mention only links to Latin-script forms here;
scripts meet across the corpus (`translit`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from marsad.resolve.names import fixed_spelling, is_latin, name_tokens, particles, undefined
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
        if (len(m.tokens) > 1 and any(t in particles("nasab") for t in full.tokens)
                and not _tok_eq(m.tokens[0], full.tokens[0])):
            return False  # a later part of a chain of ancestors names an ancestor
        return _contains_in_order(m.tokens, full.tokens)
    return len(m.tokens) >= 2 and _starts_with(m.tokens, full.tokens)


def _index(mentions: list[Local]) -> dict[tuple[str, bool, str], set[int]]:
    """(type, script, word key) -> the mentions that have it: persons by every word's
    blocking key, others by their first word without its article."""
    idx: dict[tuple[str, bool, str], set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if not m.tokens:
            continue
        keys = m.keys if m.label == "PER" else {undefined(m.tokens[0])}
        for k in keys:
            idx[(m.label, m.latin, k)].add(i)
    return idx


def _candidates(m: Local, idx: dict[tuple[str, bool, str], set[int]]) -> set[int]:
    if m.label != "PER":
        return set(idx.get((m.label, m.latin, undefined(m.tokens[0])), ()))
    sets = [idx.get((m.label, m.latin, k), set()) for k in m.keys]
    return set.intersection(*sets) if sets else set()


def link_article(mentions: list[Local]) -> list[Local]:
    """Set `head` on each mention that is a short form of a longer one in the article."""
    idx = _index(mentions)
    by_len = sorted(range(len(mentions)), key=lambda i: -len(mentions[i].tokens))
    for i in by_len:
        m = mentions[i]
        if not m.tokens:
            continue
        fits = [j for j in _candidates(m, idx) if j != i and _fits(m, mentions[j])]
        if not fits:
            continue
        before = [j for j in fits if mentions[j].start < m.start]
        if before:
            j = max(before, key=lambda k: mentions[k].start)
        else:
            j = min(fits, key=lambda k: mentions[k].start)
        m.head = root(mentions, j)
    return mentions


def root(mentions: list[Local], i: int) -> int:
    seen = 0
    while mentions[i].head >= 0 and seen < len(mentions):
        i = mentions[i].head
        seen += 1
    return i
