"""Word clusters learned from a corpus of unlabelled Arabic text: the tagger's way to
generalise from the names it was trained on to words that behave like them.

ANERcorp's training text is small (125k words): most names in new text were never seen
in it. Words used in the same contexts (وزير ... قال, نادي ..., بلدة ...) fall into the
same cluster, and the CRF learns the clusters' labels. The clusters are built by
`marsad ner clusters CORPUS...` from any text marsad reads (word2vec skip-gram vectors,
then k-means at three granularities), and a model trained with them (`marsad ner train
--clusters FILE`) keeps the table beside its weights.

The shipped model has no clusters: the only large Arabic corpus on hand (SaudiNewsNet)
may not train anything the project ships. Users build them from their own collections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from marsad.lang.normalize import normalize
from marsad.ner.tokens import SENTENCE_END, tokenize

LEVELS = (64, 256, 1024)
_SENTENCE_BREAK = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "\n]")


class WordClusters:
    """Normalised word → its cluster at each level (`LEVELS`, coarse to fine)."""

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        self.table = table

    def of(self, norm_word: str) -> tuple[str, ...] | None:
        return self.table.get(norm_word)

    def __len__(self) -> int:
        return len(self.table)

    def to_lines(self) -> list[str]:
        return ["\t".join((w, *c)) for w, c in sorted(self.table.items())]

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> WordClusters:
        table: dict[str, tuple[str, ...]] = {}
        for no, line in enumerate(lines, 1):
            if not line.strip():
                continue
            word, *ids = line.rstrip("\n").split("\t")
            if len(ids) != len(LEVELS) or not all(i.isdigit() for i in ids):
                raise ValueError(
                    f"word clusters, line {no}: expected a word and {len(LEVELS)} cluster numbers "
                    "separated by tabs; rebuild the file with `marsad ner clusters`"
                )
            table[word] = tuple(ids)
        return cls(table)

    @classmethod
    def read(cls, path: Path) -> WordClusters:
        return cls.from_lines(path.read_text(encoding="utf-8").splitlines())

    def write(self, path: Path) -> None:
        path.write_text("\n".join(self.to_lines()) + "\n", encoding="utf-8")


def sentences_of(texts: Iterable[str]) -> Iterator[list[str]]:
    """The normalised words of each sentence of each text (as the tagger sees words)."""
    for text in texts:
        for part in _SENTENCE_BREAK.split(text):
            words = [normalize(w) for w, _, _ in tokenize(part)]
            words = [w for w in words if w]
            if len(words) > 2:
                yield words


def kmeans(vectors: object, k: int, iterations: int = 15, seed: int = 0) -> list[int]:
    """Spherical k-means (cosine) of the rows of `vectors`; the cluster of each row."""
    import numpy as np

    x = np.asarray(vectors, dtype=np.float32)
    x = x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)
    k = min(k, len(x))
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        for s in range(0, len(x), 50_000):
            labels[s : s + 50_000] = np.argmax(x[s : s + 50_000] @ centres.T, axis=1)
        for j in range(k):
            members = x[labels == j]
            if len(members):
                c = members.mean(axis=0)
                centres[j] = c / (np.linalg.norm(c) + 1e-9)
    return [int(v) for v in labels]


def build(
    texts: Iterable[str],
    dims: int = 100,
    epochs: int = 5,
    min_count: int = 3,
    workers: int = 1,
    seed: int = 1,
) -> WordClusters:
    """Clusters of the words of `texts`. Needs gensim (`pip install 'marsad[ner-train]'`).
    With one worker the result is the same on every run (set PYTHONHASHSEED too)."""
    try:
        from gensim.models import Word2Vec
    except ImportError as e:  # pragma: no cover - depends on the install
        raise RuntimeError(
            "building word clusters needs gensim: run `pip install 'marsad[ner-train]'`"
        ) from e
    sents = list(sentences_of(texts))
    if not sents:
        raise ValueError("no sentences of three or more words in the corpus: nothing to cluster")
    model = Word2Vec(
        sents,
        vector_size=dims,
        window=5,
        min_count=min_count,
        sg=1,
        workers=workers,
        epochs=epochs,
        negative=5,
        seed=seed,
    )
    words: Sequence[str] = model.wv.index_to_key
    if not words:
        raise ValueError(f"no word occurs {min_count} times or more: the corpus is too small")
    ids = [kmeans(model.wv.vectors, k, seed=seed) for k in LEVELS]
    return WordClusters({w: tuple(str(level[i]) for level in ids) for i, w in enumerate(words)})
