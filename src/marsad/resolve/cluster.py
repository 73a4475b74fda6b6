"""Across articles: one cluster per real-world entity, found without comparing every pair.

The items clustered are distinct (type, form) keys: a form is the full name an article's
mentions resolved to (`within`). Keys join a cluster when

* a catalogue entry lists the form (exact, after normalisation);
* they share a blocking key (`variants.block_keys`) and `compatible` says they are one name:
  same type, close overall, and word by word close when both have as many words (so
  سيرغي شويغو / سيرغي لافروف and وزارة الخارجية الروسية / الصينية stay apart);
* (Latin script) their English spellings fold to one key, or their transliteration is a
  compatible Arabic name;
* a name opened by a classifier («شركة موبايلي», «مدينة نجران») is the name without it;
* (a person's one-word form, e.g. a surname never given in full in its article) exactly one
  multi-word person cluster has a close last word.

A merge never joins two catalogue entries, nor two clusters whose longest names are not
compatible, so chains of near matches cannot drift from one person to another.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.distance import Levenshtein

from marsad.lang import load_table
from marsad.model.grouping import Grouping, group_in_process
from marsad.resolve.catalogue import Entry
from marsad.resolve.names import DEFINITE, clean, fixed_spelling
from marsad.resolve.translit import latin_key, transliterate
from marsad.resolve.variants import THRESHOLD, block_keys, similarity, skeleton

TOKEN_MATCH = 0.75
SHORT_MATCH = 0.85  # for words of SHORT_WORD letters or fewer (كيري / كيربي stay apart)
SHORT_WORD = 5
LATIN_MATCH = 0.75
JOIN_MATCH = 0.95
# A blocking key shared by more names than this is too common to say anything (a bare
# skeleton such as one frequent word): its names are not compared pairwise, so the pairs
# scored stay at most MAX_BUCKET times the number of keys, linear in the names.
MAX_BUCKET = 60
# Candidate pairs less alike than this by plain edit distance are not scored (a fast filter:
# variant spellings differ by a few letters).
PLAIN_FLOOR = 0.5

Key = tuple[str, str]  # (type, form)
CHOSEN = "@"  # a form made of this and an entry's id: the entry context chose for a mention


def _tokens_close(a: str, b: str) -> bool:
    if a == b:
        return True
    if fixed_spelling(a, b) or a.startswith(DEFINITE) or b.startswith(DEFINITE):
        return False  # Arabic words (الثامن / الثاني, المالكي) have one spelling
    need = TOKEN_MATCH if min(len(a), len(b)) > SHORT_WORD else SHORT_MATCH
    return similarity(a, b, need) >= need


def compatible(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    """Are two normalised names (same type) spellings of one name?"""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    short = min(len(a.replace(" ", "")), len(b.replace(" ", ""))) <= 4
    need = max(threshold, SHORT_MATCH if short else 0.0)
    # both tests must hold: the stricter and cheaper one first (the words of names recur, so
    # their distances are remembered; a word of the article has one spelling; the joined
    # letters must be all but the same, so their distance stops early)
    if len(ta) == len(tb):
        return (all(_tokens_close(x, y) for x, y in zip(ta, tb, strict=True))
                and similarity(a, b, need) >= need)
    # words joined or split (شي جينبينغ / شي جين بينغ): the letters must be all but the same
    return (similarity(a.replace(" ", ""), b.replace(" ", ""), JOIN_MATCH) >= JOIN_MATCH
            and similarity(a, b, need) >= need)


@dataclass
class _Node:
    key: Key
    arabic: str  # the Arabic form compared (a Latin key's transliteration)
    latin: bool
    weight: int
    entry: Entry | None = None


@dataclass
class Clusters:
    """Union-find over keys, each root keeping its catalogue entry and its longest name."""

    nodes: list[_Node] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    entry: dict[int, Entry] = field(default_factory=dict)
    longest: dict[int, tuple[bool, str]] = field(default_factory=dict)  # (written in Arabic?, form)

    def add(self, node: _Node) -> int:
        i = len(self.nodes)
        self.nodes.append(node)
        self.parent.append(i)
        if node.entry is not None:
            self.entry[i] = node.entry
        self.longest[i] = (not node.latin, node.arabic)
        return i

    def name(self, i: int) -> str:
        """The longest name of i's cluster (an Arabic one when it has any)."""
        return self.longest[self.find(i)][1]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, threshold: float = THRESHOLD, check: bool = True) -> bool:
        """Join the clusters of i and j unless that would join two catalogue entries or two
        incompatible names; returns whether they are (now) one cluster."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        ei, ej = self.entry.get(ri), self.entry.get(rj)
        if ei is not None and ej is not None and ei.id != ej.id:
            return False
        li, lj = self.longest[ri][1], self.longest[rj][1]
        if check and not (compatible(li, lj, threshold) or _compatible_parts(li, lj)):
            return False
        keep, drop = (ri, rj) if ri < rj else (rj, ri)
        self.parent[drop] = keep
        if drop in self.entry:
            self.entry[keep] = self.entry.pop(drop)
        long_drop = self.longest.pop(drop)
        self.longest[keep] = max((long_drop, self.longest[keep]),
                                 key=lambda x: (x[0], len(x[1].split()), len(x[1]), x[1]))
        return True


def _compatible_parts(a: str, b: str) -> bool:
    """A short name against a long one: its words must be close to words of the long one."""
    ta, tb = a.split(), b.split()
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == len(long):
        return False
    return all(any(_tokens_close(s, t) for t in long) for s in short)


def cluster(keys: dict[Key, int], entries: list[Entry], group: Grouping | None = None
            ) -> dict[Key, tuple[int, Entry | None]]:
    """Each key's cluster (a root index) and the catalogue entry of that cluster, if any.

    `keys` maps (type, form) to its number of mentions; Latin forms are lowercased words.
    `group` scores the names of each blocking key (default: in this process).
    """
    cl = Clusters()
    index: dict[Key, int] = {}
    cat_nodes: dict[Key, int] = {}
    by_id: dict[str, int] = {}  # entry id -> the node of its first form
    for e in entries:
        for form in sorted(e.forms()):
            latin = form.isascii()
            i = cl.add(_Node((e.type, form), transliterate(form) if latin else form, latin, 0, e))
            cat_nodes.setdefault((e.type, form), i)
            if e.id in by_id:
                cl.union(by_id[e.id], i, check=False)
            else:
                by_id[e.id] = i
    chosen: set[int] = set()
    for key, n in sorted(keys.items()):
        label, form = key
        if form.startswith(CHOSEN):  # an entry chosen by context (resolve/context.py)
            i = cl.add(_Node(key, form, False, n))
            index[key] = i
            chosen.add(i)
            if form[len(CHOSEN):] in by_id:
                cl.union(by_id[form[len(CHOSEN):]], i, check=False)
            continue
        latin = form.isascii() and any(c.isalpha() for c in form)
        i = cl.add(_Node(key, transliterate(form) if latin else form, latin, n))
        index[key] = i
        if key in cat_nodes:
            cl.union(cat_nodes[key], i, check=False)
    _join_classified(cl, index, cat_nodes, {f for e in entries for f in e.shared_forms()})
    _block_and_merge(cl, [i for i in range(len(cl.nodes)) if i not in chosen], group or group_in_process)
    _merge_latin(cl, list(index.values()))
    _attach_single_names(cl, list(index.values()))
    return {key: (cl.find(i), cl.entry.get(cl.find(i))) for key, i in index.items()}


@cache
def _classifiers() -> frozenset[Key]:
    """(type, word) of head nouns that only say what a name is (lang/ar/ner_name_heads.tsv,
    kind classifier): «شركة موبايلي» is موبايلي, «مدينة نجران» is نجران; and the heads of a
    state's formal name (lang/ar/resolve_state_heads.tsv): «جمهورية ناميبيا» is ناميبيا."""
    heads = {(r["type"], clean(r["word"])) for r in load_table("ner_name_heads") if r["kind"] == "classifier"}
    return frozenset(heads | {("LOC", clean(r["form"])) for r in load_table("resolve_state_heads")})


def _join_classified(cl: Clusters, index: dict[Key, int], cat_nodes: dict[Key, int],
                     shared: set[str]) -> None:
    """A name opened by a classifier joins the name without it (never a name that context
    must choose for, and never two catalogue entries: «مدينة الكويت» is not الكويت)."""
    for (label, form), i in index.items():
        words = form.split()
        if len(words) < 2 or (label, words[0]) not in _classifiers():
            continue
        rest = (label, " ".join(words[1:]))
        target = index.get(rest, cat_nodes.get(rest))
        if target is not None and rest[1] not in shared:
            cl.union(target, i, check=False)


# A node: its index, Arabic form, Latin?, catalogue entry?, and the ranks of its blocks (the
# order they first appear in): a pair of names is scored in the first block they share only.
Compared = tuple[int, str, bool, bool, frozenset[int]]
Blocked = tuple[list[int], Compared]  # a node's blocks (by rank) and the node


def _in_blocks(item: Blocked) -> list[tuple[int, Compared]]:
    ranks, node = item
    return [(r, node) for r in ranks]


def block_matches(block: int, members: list[Compared]) -> list[tuple[int, int, float]]:
    """The pairs of one block's names (in order) that are spellings of one name, with the
    threshold they were compared at: what `_block_and_merge` tries to merge. A pair that
    shares an earlier block was scored there."""
    out = []
    for x in range(len(members)):
        i, a, a_latin, a_entry, a_blocks = members[x]
        for y in range(x + 1, len(members)):
            j, b, b_latin, b_entry, b_blocks = members[y]
            if min(a_blocks & b_blocks) != block:
                continue
            if a_latin != b_latin and (a_entry if a_latin else b_entry):
                continue  # a catalogue entry's Arabic names are listed: its Latin ones are for Latin text
            thr = LATIN_MATCH if a_latin != b_latin else THRESHOLD
            if Levenshtein.normalized_similarity(a, b, score_cutoff=PLAIN_FLOOR) == 0:
                continue
            if compatible(a, b, thr):
                out.append((i, j, thr))
    return out


def _block_and_merge(cl: Clusters, ids: list[int], group: Grouping) -> None:
    """The names of each blocking key are scored pair by pair (`block_matches`, by `group`);
    the pairs that match are merged here, block by block in the order the blocks first
    appear: a merge checks the clusters' longest names as they stand, so the order counts."""
    # a block is (type, key); most keys are one name's only, so the pair is made only for the
    # blocks compared: the keys are counted per type
    blocked: list[tuple[int, str, list[str]]] = []
    all_keys: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        label = cl.nodes[i].key[0]
        # sorted: a set's order follows the process's hash seed, and the blocks' order counts
        keys = sorted(block_keys(cl.nodes[i].arabic))
        all_keys[label].extend(keys)
        blocked.append((i, label, keys))
    sizes = {label: Counter(keys) for label, keys in all_keys.items()}
    rank: dict[tuple[str, str], int] = {}
    items: list[Blocked] = []
    for i, label, keys in blocked:
        size = sizes[label]
        # a block of one name, or of more than MAX_BUCKET, is not compared
        ranks = [rank.setdefault((label, k), len(rank)) for k in keys if 2 <= size[k] <= MAX_BUCKET]
        if ranks:
            node = cl.nodes[i]
            items.append((ranks, (i, node.arabic, node.latin, node.entry is not None, frozenset(ranks))))
    for _, matches in group(items, _in_blocks, block_matches):
        for i, j, thr in matches:
            cl.union(i, j, thr)


def _merge_latin(cl: Clusters, ids: list[int]) -> None:
    by_key: dict[tuple[str, str], int] = {}
    for i in ids:
        node = cl.nodes[i]
        if node.latin:
            k = (node.key[0], latin_key(node.key[1]))
            if k in by_key:
                cl.union(by_key[k], i)
            else:
                by_key[k] = i


def _attach_single_names(cl: Clusters, ids: list[int]) -> None:
    """A one-word person form joins the one multi-word person cluster whose family name (last
    word) it is (among the clusters the corpus names: a catalogue entry with no mention does
    not count). A given name alone never joins anyone (`entities.given_names`)."""
    by_word: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i in range(len(cl.nodes)):
        node = cl.nodes[i]
        words = node.arabic.split()
        if node.key[0] == "PER" and len(words) >= 2:
            by_word[skeleton(words[-1])][words[-1]].add(i)
    named = {cl.find(i) for i in ids}
    for i in ids:
        node = cl.nodes[i]
        words = node.arabic.split()
        if node.key[0] != "PER" or len(words) != 1 or len(cl.name(i).split()) > 1:
            continue
        near = by_word.get(skeleton(words[0]), {})
        if len(near) > MAX_BUCKET:
            continue
        cands = {cl.find(j) for w, js in near.items() if _tokens_close(words[0], w) for j in js}
        cands &= named  # a catalogue person the corpus never names is no candidate
        if len(cands) == 1:
            cl.union(cands.pop(), i)
