"""The CRF's decoding in numpy, batched over the sentences of an article (issue 20).

crfsuite tags one sentence a call and turns every feature string into an attribute id itself
(a hash and a string comparison each, some 26 a token, about half of the NER stage's CPU).
Here the model's own weights are read from its file once, a token's state scores come from
`ner.scores` (word scores kept per word type), and Viterbi and the marginals run over all the
sentences of an article at once (longest first: the sentences still running at a place are a
prefix), with crfsuite's arithmetic: the Viterbi ties going to the first best previous label
and the last position's first best label, the marginals from the scaled forward-backward pass
(`crf1dc_alpha_score`, `crf1dc_beta_score`, `crf1dc_marginal_point`; a scale of 1 / sum, the
sums never 0 with exp of finite scores). `tests/test_ner_decode.py` checks tags and marginals
against crfsuite on real sentences: the same tags, marginals within about 1e-14.

The model file (crfsuite's `crf1dm` format, little-endian): a 48-byte header (magic «lCRF»,
size, type «FOMC», version, counts of features (left 0 by crfsuite), labels and attributes,
offsets of the features, the label and attribute string tables and two reference chunks);
the features chunk: «FEAT», its size and its count of features, then 20 bytes a feature
(type 0 state / 1 transition; source, destination: uint32; weight: float64); a string
table (CQDB): a 24-byte header and 256 table references, then its records one after the
other (id: int32, size: uint32, the string and its NUL).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_DATA = 24 + 256 * 8  # a string table's records start after its header and table references
BUCKET = 1 << 14  # places (sentences x the longest) decoded at once
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _strings(buf: bytes, offset: int, count: int) -> list[bytes]:
    """The `count` strings of the CQDB table at `offset`, by id."""
    if buf[offset : offset + 4] != b"CQDB":
        raise ValueError("not a crfsuite model: no string table where the header says")
    out: list[bytes] = [b""] * count
    pos = offset + _CQDB_DATA
    unpack = struct.Struct("<iI").unpack_from
    for _ in range(count):
        sid, size = unpack(buf, pos)
        out[sid] = buf[pos + 8 : pos + 7 + size]  # without the NUL
        pos += 8 + size
    return out


class CrfWeights:
    """A crfsuite model's labels, attributes and weights, exactly as stored: `state[a, y]`,
    the weight of attribute `a` for label `y` (0 where the model has no such feature; the
    last row, for no attribute, is all 0); `trans[y, z]`, the weight of going from y to z."""

    def __init__(self, path: Path) -> None:
        buf = path.read_bytes()
        (magic, _size, kind, _version, _n_feat, n_labels, n_attrs,
         off_feat, off_labels, off_attrs, _off_lref, _off_aref) = _HEADER.unpack_from(buf, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path} is not a crfsuite CRF1d model")
        self.labels = [s.decode() for s in _strings(buf, off_labels, n_labels)]
        self.attrs = {a: i for i, a in enumerate(_strings(buf, off_attrs, n_attrs))}
        if buf[off_feat : off_feat + 4] != b"FEAT":
            raise ValueError(f"{path}: no feature chunk where the header says")
        (n_feat,) = struct.unpack_from("<I", buf, off_feat + 8)  # the header's count is left 0
        feats = np.frombuffer(buf, dtype=_FEATURE, count=n_feat, offset=off_feat + 12)
        state = np.zeros((n_attrs + 1, n_labels))
        trans = np.zeros((n_labels, n_labels))
        st, tr = feats[feats["type"] == 0], feats[feats["type"] == 1]
        state[st["src"], st["dst"]] = st["weight"]
        trans[tr["src"], tr["dst"]] = tr["weight"]
        self.state = state
        self.trans = trans
        self.none = n_attrs  # the row of an unknown attribute

    def state_features(self) -> dict[tuple[str, str], float]:
        """(attribute, label) -> weight of every state feature (crfsuite stores none of weight
        0): what `tagger.info().state_features` gives, at full precision."""
        names = [b""] * len(self.attrs)
        for attr, i in self.attrs.items():
            names[i] = attr
        rows, cols = np.nonzero(self.state)
        return {(names[a].decode(), self.labels[y]): float(self.state[a, y])
                for a, y in zip(rows.tolist(), cols.tolist(), strict=True)}


class Decoder:
    """Tags and tag marginals of many sentences at once, as crfsuite gives them."""

    def __init__(self, weights: CrfWeights) -> None:
        self.w = weights
        self.labels = np.array(weights.labels, dtype=object)
        self.exp_trans = np.exp(weights.trans)
        self.exp_trans_t = np.ascontiguousarray(self.exp_trans.T)
        self.other = weights.labels.index("O") if "O" in weights.labels else -1

    def tag(self, state: np.ndarray, lengths: Sequence[int]) -> list[tuple[list[str], list[float]]]:
        """Each sentence's tags and the marginal probability of each tag (1.0 for O), given
        the state scores [tokens, labels] of the sentences' tokens one after the other. The
        sentences are taken longest first, in groups of at most BUCKET places (sentences x
        the group's longest), so that padding stays small and memory bounded."""
        out: list[tuple[list[str], list[float]]] = [([], []) for _ in lengths]
        order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: -lengths[i])
        if not order:
            return out
        starts = np.zeros(len(lengths), dtype=np.intp)
        np.cumsum(lengths[:-1], out=starts[1:])
        padded = np.concatenate([state, np.zeros((1, state.shape[1]))])  # a row of 0 scores past an end
        at = 0
        while at < len(order):
            size = max(1, BUCKET // lengths[order[at]])
            group = order[at : at + size]
            at += size
            for i, item in zip(group, self._tag_group(padded, starts[group], lengths, group), strict=True):
                out[i] = item
        return out

    def _tag_group(
        self, padded: np.ndarray, starts: np.ndarray, lengths: Sequence[int], group: list[int],
    ) -> list[tuple[list[str], list[float]]]:
        """`tag` of sentences sorted longest first: those still running at a place are a prefix."""
        lens = np.array([lengths[i] for i in group], dtype=np.intp)
        S, T = len(group), int(lens[0])
        index = starts[:, None] + np.arange(T)[None, :]
        index[np.arange(T)[None, :] >= lens[:, None]] = len(padded) - 1
        scores = padded[index]  # [S, T, L]
        running = (lens[None, :] > np.arange(T)[:, None]).sum(1)  # the sentences longer than t
        labels = self._viterbi(scores, running)
        need = np.flatnonzero((labels != self.other).any(1))  # the sentences with a name
        picked = np.ones((S, T))
        if len(need):  # already longest first
            m = int(lens[need[0]])
            sub = lens[need]
            marg = self._marginals(scores[need, :m], (sub[None, :] > np.arange(m)[:, None]).sum(1))
            picked[need, :m] = np.take_along_axis(marg, labels[need, :m, None], 2)[:, :, 0]
        picked[labels == self.other] = 1.0
        tags = self.labels[labels]
        return [(tags[k, :n].tolist(), picked[k, :n].tolist()) for k, n in enumerate(lens.tolist())]

    def _viterbi(self, scores: np.ndarray, running: np.ndarray) -> np.ndarray:
        """The best label ids [S, T] (0 past a sentence's end): crfsuite's Viterbi, the first
        best previous label kept on ties."""
        S, T, L = scores.shape
        trans = self.w.trans[None]
        back = np.zeros((S, T, L), dtype=np.intp)
        final = np.empty((S, L))
        cur = scores[:, 0].copy()
        for t in range(1, T):
            k = running[t]
            done = running[t - 1]
            if k < done:  # sentences ending at t - 1
                final[k:done] = cur[k:done]
            cur = cur[:k]
            s = cur[:, :, None] + trans
            back[:k, t] = s.argmax(1)
            cur = s.max(1)
            cur += scores[:k, t]
        final[: running[T - 1]] = cur
        labels = np.zeros((S, T), dtype=np.intp)
        best = final.argmax(1)
        rows = np.arange(S)
        for t in range(T - 1, -1, -1):
            k = running[t]
            if t < T - 1:
                m = running[t + 1]
                labels[:m, t] = back[rows[:m], t + 1, labels[:m, t + 1]]
                labels[m:k, t] = best[m:k]
            else:
                labels[:k, t] = best[:k]
        return labels

    def _marginals(self, scores: np.ndarray, running: np.ndarray) -> np.ndarray:
        """P(label y at t) [S, T, L] by crfsuite's scaled forward-backward pass."""
        S, T, L = scores.shape
        es = np.exp(scores)
        et, et_t = self.exp_trans, self.exp_trans_t
        alpha = np.zeros((S, T, L))
        scale = np.ones((S, T))
        cur = es[:, 0]
        c = 1.0 / cur.sum(1)
        alpha[:, 0] = cur * c[:, None]
        scale[:, 0] = c
        for t in range(1, T):
            k = running[t]
            cur = (alpha[:k, t - 1] @ et) * es[:k, t]
            c = 1.0 / cur.sum(1)
            alpha[:k, t] = cur * c[:, None]
            scale[:k, t] = c
        beta = np.zeros((S, T, L))
        for t in range(T - 1, -1, -1):
            k = running[t]
            m = running[t + 1] if t + 1 < T else 0
            beta[m:k, t] = scale[m:k, t][:, None]  # the sentences ending at t
            if m:
                row = beta[:m, t + 1] * es[:m, t + 1]
                beta[:m, t] = (row @ et_t) * scale[:m, t][:, None]
        return alpha * beta / scale[:, :, None]
