"""The CRF's state scores of an article's tokens, from a table of word scores (issue 20).

A token's features are its word's own, the ones its neighbours give it (±2, or BOS / EOS at a
sentence's edges), the bigram with the word before, the class pairs with its neighbours and
the phrase features (`features.Featurizer.encoded`). All but the last three depend on word
types alone, so each word type's five sums (its own features, and what it gives the words 2
and 1 places after it and 1 and 2 places before it) are computed once, for all the new words
of an article together, into a table row; a token's score is then five table rows added in
that order, and the bigram, class pair and phrase features added one by one after them, as
crfsuite adds them. Only the order within each of the five sums differs from crfsuite's one
feature at a time: the scores agree to the last bits (about 1e-15), not always to the bit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from marsad.ner.decode import CrfWeights
from marsad.ner.features import Featurizer, WordInfo

# Rows before the table starts afresh (each row 5 x 9 floats, 360 bytes: 36 MB at most); it
# also starts afresh when the featurizer empties its cache, so that it holds no word past it.
TABLE_LIMIT = 100_000
FIRST_ROWS = 1024  # the table's first size (it doubles when full)
_PARTS = 5  # own, as_prev2, as_prev1, as_next1, as_next2


class WordScores:
    """Per word type (a `WordInfo`, which keeps its row number), the five sums of its
    features' weights; the rows are handed out in order and, past TABLE_LIMIT or when the
    featurizer has emptied its cache, taken back from every word that has one, and the table
    starts afresh."""

    def __init__(self, weights: CrfWeights, features: Featurizer) -> None:
        self.w = weights
        self.features = features
        self.labels = weights.state.shape[1]
        self.table = np.zeros((FIRST_ROWS, _PARTS, self.labels))
        self.owners: list[WordInfo] = []
        self.cleared = features.cleared
        get = weights.attrs.get
        none = weights.none
        self.bos = weights.state[get(b"BOS", none)]
        self.eos = weights.state[get(b"EOS", none)]
        self.pair_rows: dict[tuple[str, str], tuple[int, int]] = {}  # classes -> rows of «cc», «cn»

    def rows(self, infos: Sequence[WordInfo]) -> np.ndarray:
        """The table rows of `infos`, giving rows to the words that have none."""
        if self.cleared != self.features.cleared:
            self._restart()
        rows = [inf.row for inf in infos]
        if -1 in rows:
            new = list({id(inf): inf for inf in infos if inf.row < 0}.values())
            if len(self.owners) + len(new) > TABLE_LIMIT:
                self._restart()
                new = list({id(inf): inf for inf in infos}.values())
            self._add(new)
            rows = [inf.row for inf in infos]
        return np.array(rows, dtype=np.intp)

    def _restart(self) -> None:
        for inf in self.owners:
            inf.row = -1
        self.owners = []
        self.cleared = self.features.cleared

    def _add(self, new: Sequence[WordInfo]) -> None:
        get, none = self.w.attrs.get, self.w.none
        flat: list[bytes] = []
        counts: list[int] = []
        for inf in new:
            for part in (inf.own_coded, inf.as_prev2, inf.as_prev1, inf.as_next1, inf.as_next2):
                counts.append(len(part))
                flat.extend(part)
        sums = _segment_sums(self.w.state, [get(f, none) for f in flat], counts)
        start = len(self.owners)
        end = start + len(new)
        if end > len(self.table):
            grown = np.zeros((max(end, min(2 * len(self.table), TABLE_LIMIT)), _PARTS, self.labels))
            grown[:start] = self.table[:start]
            self.table = grown
        self.table[start:end] = sums.reshape(len(new), _PARTS, self.labels)
        for k, inf in enumerate(new, start):
            inf.row = k
        self.owners.extend(new)

    def _pair_rows(self, classes: list[str]) -> np.ndarray:
        """[pairs, 2]: the attribute rows of «cc» and «cn» of each two neighbours' classes."""
        keys = list(zip(classes, classes[1:], strict=False))
        got = list(map(self.pair_rows.get, keys))
        if None in got:
            get, none = self.w.attrs.get, self.w.none
            for k, key in enumerate(keys):
                if got[k] is None:
                    cc, cn = self.features.pairs_of(*key)
                    got[k] = self.pair_rows[key] = (
                        none if cc is None else get(cc, none), none if cn is None else get(cn, none))
        return np.array(got, dtype=np.intp).reshape(-1, 2)

    def article(self, infos: Sequence[WordInfo], spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """The state scores [tokens, labels] of the tokens of the sentences `spans` (start,
        end) of `infos`, one after the other."""
        order = [inf for s, e in spans for inf in infos[s:e]]
        n = len(order)
        state = self.w.state
        rows = self.rows(order)  # before reading `self.table`, which it may replace
        g = self.table[rows]  # [tokens, 5, labels]
        lengths = np.array([e - s for s, e in spans], dtype=np.intp)
        ends = np.cumsum(lengths)
        idx = np.arange(n)
        pos = idx - np.repeat(ends - lengths, lengths)  # place in the sentence
        rem = np.repeat(ends, lengths) - 1 - idx  # words after it in the sentence
        out = g[:, 0].copy()
        part = np.zeros_like(out)
        part[2:] = g[:-2, 1]
        part[pos < 2] = 0.0
        out += part
        part[1:] = g[:-1, 2]
        part[pos == 0] = self.bos
        out += part
        part[:-1] = g[1:, 3]
        part[-1:] = 0.0
        part[rem == 0] = self.eos
        out += part
        part[:-2] = g[2:, 4]
        part[-2:] = 0.0
        part[rem < 2] = 0.0
        out += part
        # the features that join a word to its neighbours in a sentence, each added on its
        # own, in `Featurizer.encoded`'s order: bigram, class pairs, phrases (adding the 0
        # row of a missing one changes nothing)
        none = self.w.none
        get = self.w.attrs.get
        joined = [(i, get(f, none)) for i, f in self.features.bigram_features(order) if pos[i]]
        if joined:
            at, ids = zip(*joined, strict=True)
            out[list(at)] += state[list(ids)]  # one bigram a word at most
        if n > 1:
            pairs = self._pair_rows([inf.cls for inf in order])
            pairs[pos[1:] == 0] = none  # no pair across sentences
            out[1:] += state[pairs[:, 0]]  # «cc» of the right word
            out[:-1] += state[pairs[:, 1]]  # then «cn» of the left one
        phrase_at: list[int] = []
        phrase_ids: list[int] = []
        for (s, e), start in zip(spans, (ends - lengths).tolist(), strict=True):
            for i, fs in self.features.phrases(infos[s:e]).items():
                for f in fs:
                    phrase_at.append(start + i)
                    phrase_ids.append(get(f, none))
        if phrase_at:
            np.add.at(out, np.array(phrase_at, dtype=np.intp), state[phrase_ids])
        return out


def _segment_sums(state: np.ndarray, ids: list[int], counts: list[int]) -> np.ndarray:
    """The sum of the rows `state[ids]` over consecutive segments of `counts` ids each (0
    for an empty segment), added one after the other."""
    cnt = np.array(counts, dtype=np.intp)
    out = np.zeros((len(counts), state.shape[1]))
    if not ids:
        return out
    starts = np.zeros(len(counts), dtype=np.intp)
    np.cumsum(cnt[:-1], out=starts[1:])
    nonempty = cnt > 0
    out[nonempty] = np.add.reduceat(state[np.array(ids, dtype=np.intp)], starts[nonempty], axis=0)
    return out
