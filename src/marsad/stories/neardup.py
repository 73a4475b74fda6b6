"""Near-duplicates (wire copy, reposts, lightly edited versions) by MinHash/LSH.

Two sketches per article, both over hashed 5-word shingles of normalised text: one of
the whole text and one of its opening (`LEAD` words). LSH proposes candidates from
either; a candidate is a duplicate when the estimated containment of the smaller text
in the larger reaches `containment` (a copy cut short or lightly extended still
counts), or when both openings are long and nearly the same; never two parts of one
series (`Doc.part`: «(3)» and «(4)» share their introduction). Groups are the connected
components; a group's id is stable: a hash of its earliest member.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.model.article import content_id

NUM_PERM = 128
# Texts with fewer distinct shingles than this are short: a duplicate only of a short text
# with the same sketch (before, one nearly the same by estimated Jaccard), never in LSH.
MIN_SHINGLES = 10
_NO_SKETCH = np.zeros(0, dtype=np.uint64)
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def _identity(x: int) -> int:
    return int(x)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch's affine32 scheme pre-mixes inputs."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def sketch(hashes: np.ndarray) -> MinHash:
    """The MinHash of a set of 32-bit shingle hashes: the values datasketch's own
    `update_batch` gives, computed in one vectorised step."""
    a, b = _TEMPLATE.permutations
    values = _TEMPLATE.hashvalues.copy()
    if len(hashes):
        hv = _fmix32(hashes.astype(np.uint32)).reshape(-1, 1)
        with np.errstate(over="ignore"):
            values = np.minimum(values, (hv * a + b).min(axis=0))
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, permutations=_TEMPLATE.permutations,
                   scheme=_TEMPLATE.scheme)


def from_values(values: bytes) -> np.ndarray:
    """Sketch values back from `tobytes()` (what the database keeps)."""
    return np.frombuffer(values, dtype=_TEMPLATE.hashvalues.dtype).copy()


def _minhash(values: np.ndarray) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, permutations=_TEMPLATE.permutations,
                   scheme=_TEMPLATE.scheme)


def digest(values: bytes) -> bytes:
    """The identity of a short text's sketch (its values as bytes, or an earlier digest)."""
    return values if len(values) == 8 else hashlib.blake2b(values, digest_size=8).digest()


def containment(j: float, a: int, b: int) -> float:
    """|A ∩ B| / min(|A|, |B|) from the Jaccard `j` and the two set sizes."""
    if not a or not b:
        return 0.0
    inter = j * (a + b) / (1.0 + j)
    return min(1.0, inter / min(a, b))


@dataclass(slots=True)
class Doc:
    key: str
    full: np.ndarray  # sketch values of the whole text (empty for a short text)
    lead: np.ndarray  # and of its opening (empty when it is too short to count)
    size: int
    lead_size: int
    order: tuple[str, str]  # (date or "~", key): the earliest member names the group
    short_id: bytes = b""  # a short text: digest of its sketch (what the database keeps)
    part: int | None = None  # the part of a series its title names (`stories.series`)


@dataclass(frozen=True)
class Rule:
    """When a candidate is a duplicate."""

    containment: float = 0.5
    lead_jaccard: float = 0.7
    min_lead: int = 20  # shingles an opening needs before it alone can make a duplicate
    min_shingles: int = MIN_SHINGLES  # a shorter text is a duplicate only of one the same
    near_same: float = 0.8

    def duplicates(self, doc: Doc, others: list[Doc]) -> list[str]:
        """The keys of the candidates `doc` duplicates, all checked in one vectorised step."""
        if not others:
            return []
        full = np.stack([o.full for o in others])
        jac = (full == doc.full).mean(axis=1)
        size = np.array([o.size for o in others], dtype=float)
        inter = jac * (size + doc.size) / (1.0 + jac)
        smaller = np.maximum(np.minimum(size, doc.size), 1.0)
        # a short text inside a long one counts only once it has `min_shingles` shingles
        ok = (inter / smaller >= self.containment) & (size > 0) & (doc.size > 0)
        ok &= (smaller >= self.min_shingles) | (jac >= self.near_same)
        if doc.lead_size >= self.min_lead:
            lead = np.stack([o.lead for o in others])
            lead_jac = (lead == doc.lead).mean(axis=1)
            lead_size = np.array([o.lead_size for o in others])
            ok |= (lead_jac >= self.lead_jaccard) & (lead_size >= self.min_lead)
        return [o.key for good, o in zip(ok.tolist(), others, strict=True)
                if good and not _other_part(doc, o)]


Band = bytes  # an LSH bucket: its slot (which sketch, which band) as one byte, then the band's values


@dataclass
class NearDuplicates:
    """Add documents one by one; each is checked against everything added before."""

    rule: Rule = field(default_factory=Rule)  # when a candidate is a duplicate
    docs: dict[str, Doc] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    group_of: dict[str, str] = field(default_factory=dict)  # stored group ids (incremental)
    short: dict[bytes, str] = field(default_factory=dict)  # short text's digest -> first key

    def __post_init__(self) -> None:
        self._full = MinHashLSH(threshold=0.3, num_perm=NUM_PERM)
        self._lead = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)

    def add(self, doc: Doc) -> list[str]:
        """Index `doc`; returns the keys of earlier documents it duplicates."""
        if doc.key in self.docs:
            return []
        if doc.short_id or not doc.size:
            return self._add_short(doc)
        full = _minhash(doc.full)
        cands = set(self._full.query(full))
        lead = _minhash(doc.lead) if doc.lead_size >= self.rule.min_lead else None
        if lead is not None:
            cands |= set(self._lead.query(lead))
        found = self.verify(doc, sorted(cands))
        self._join(doc, found)
        self._full.insert(doc.key, full)
        if lead is not None:
            self._lead.insert(doc.key, lead)
        return found

    def _add_short(self, doc: Doc) -> list[str]:
        # an empty text duplicates nothing; a short one, the first document of its text
        first = self.short.setdefault(doc.short_id, doc.key) if doc.short_id else doc.key
        found = [] if first == doc.key else [first]
        self._join(doc, found)
        return found

    def _join(self, doc: Doc, found: list[str]) -> None:
        """Hold `doc` and put it in one group with the earlier documents it duplicates."""
        self.docs[doc.key] = doc
        self.parent.setdefault(doc.key, doc.key)
        for key in found:
            self._union(doc.key, key)

    def verify(self, doc: Doc, keys: list[str]) -> list[str]:
        """The candidates `doc` duplicates, all checked in one vectorised step."""
        return self.rule.duplicates(doc, [self.docs[k] for k in keys])

    def band_count(self) -> int:
        """How many LSH buckets a document is in at most (the slots of `bands`)."""
        return len(self._full.hashranges) + len(self._lead.hashranges)

    def bands(self, doc: Doc, slots: range | None = None) -> list[Band]:
        """The LSH buckets `add` would look `doc` up in (and put it in), of the given `slots`
        (default: all): two documents are candidates when they share one. Each is one bytes
        object (no tuple), so that the buckets of many documents cost little to hold."""
        if doc.short_id or not doc.size:
            return []
        n_full = len(self._full.hashranges)
        with_lead = doc.lead_size >= self.rule.min_lead
        out = []
        for slot in slots if slots is not None else range(self.band_count()):
            if slot < n_full:
                s, e = self._full.hashranges[slot]
                out.append(bytes((slot,)) + doc.full[s:e].tobytes())
            elif with_lead:
                s, e = self._lead.hashranges[slot - n_full]
                out.append(bytes((slot,)) + doc.lead[s:e].tobytes())
        return out

    def link(self, doc: Doc, found: list[str]) -> None:
        """Index `doc` as a duplicate of the earlier documents `found` (candidates found by
        their shared `bands` and checked by `rule`, as `add` finds them). Its sketches join no
        LSH index of this object: documents to be checked against it go through `link` too."""
        if doc.key in self.docs:
            return
        if doc.short_id or not doc.size:
            self._add_short(doc)
            return
        self._join(doc, found)

    def _find(self, k: str) -> str:
        root = k
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while self.parent[k] != root:
            self.parent[k], k = root, self.parent[k]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[ra] = rb

    def groups(self) -> dict[str, str]:
        """key -> group id; a group keeps a stored id when one of its members had one."""
        members: dict[str, list[str]] = {}
        for k in self.docs:
            members.setdefault(self._find(k), []).append(k)
        out: dict[str, str] = {}
        for keys in members.values():
            keys.sort(key=lambda k: self.docs[k].order)
            stored = sorted(self.group_of[k] for k in keys if k in self.group_of)
            gid = stored[0] if stored else content_id(keys[0], prefix="d")
            for k in keys:
                out[k] = gid
        return out


def _other_part(a: Doc, b: Doc) -> bool:
    """Two parts of one series («(3)», «(4)»): never duplicates, however alike."""
    return a.part is not None and b.part is not None and a.part != b.part


def stored_doc(key: str, size: int, lead_size: int, full: bytes, lead: bytes, day: str | None) -> Doc:
    """A document back from its database row (`stored_values` wrote `full` and `lead`)."""
    order = (day or "~", key)
    if size < MIN_SHINGLES:  # an earlier run may have kept a short text's whole sketch
        return Doc(key, _NO_SKETCH, _NO_SKETCH, size, lead_size, order, digest(full) if size else b"")
    return Doc(key, from_values(full), from_values(lead), size, lead_size, order)


def stored_values(doc: Doc) -> tuple[bytes, bytes]:
    """What the database keeps of a document's sketches: (full, lead)."""
    if doc.short_id or not doc.size:
        return doc.short_id, b""
    return doc.full.tobytes(), doc.lead.tobytes()


def make_doc(key: str, ws: list[str], date: str | None = None, part: int | None = None) -> Doc:
    """The sketches of one text given as normalised words (`part`: the series part its
    title names, if any)."""
    from marsad.stories.text import LEAD, SHINGLE, shingle_run

    run = shingle_run(ws)
    full, lead = np.unique(run), np.unique(run[: LEAD - SHINGLE + 1])
    order = (date or "~", key)
    if len(full) < MIN_SHINGLES:  # short: only its identity is kept (none for an empty text)
        short_id = digest(sketch(full).hashvalues.tobytes()) if len(full) else b""
        return Doc(key, _NO_SKETCH, _NO_SKETCH, len(full), len(lead), order, short_id, part)
    return Doc(key, sketch(full).hashvalues, sketch(lead).hashvalues, len(full), len(lead), order, part=part)
