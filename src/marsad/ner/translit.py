"""A learned signal for transliterated foreign names (شويغو، باتروشيف، جيتشي).

A character-trigram likelihood ratio: trigrams of the Arabic spellings of foreign
words in `../shared/data/names` (Wikidata English→Arabic pairs) against trigrams of
ordinary Arabic words (the non-name words of the tagger's training text). The score of
a word is the mean log ratio over its trigrams; `bucket` turns it into a feature.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from marsad.lang.normalize import normalize

# Levels of a spelling seen as a name more than once (`TranslitModel.known_level`).
KNOWN_LEVELS = frozenset({"2", "5"})
# Buckets of a spelling whose letters read as a transliterated foreign name (`TranslitModel.bucket`).
FOREIGN_BUCKETS = frozenset({"hi", "mid"})
_MEMO_LIMIT = 200_000


def trigrams(word: str) -> list[str]:
    w = f"<{word}>"
    return [w[i : i + 3] for i in range(len(w) - 2)]


def name_key(norm_word: str) -> str:
    """A short hash standing for a word in the table of known name spellings."""
    return hashlib.blake2b(norm_word.encode("utf-8"), digest_size=5).hexdigest()


class TranslitModel:
    """Trigram log-ratios (unseen trigrams count zero), and hashed known name
    spellings with a frequency level."""

    def __init__(self, ratios: dict[str, float], known: dict[str, str] | None = None) -> None:
        self.ratios = ratios
        self.known = known or {}
        self._levels: dict[str, str] = {}  # known_level of the words met (a bounded memo)
        self._buckets: dict[str, str] = {}  # bucket of the words met (a bounded memo)

    def known_level(self, norm_word: str) -> str:
        """`""` for a spelling never seen as a name, else `1`, `2` or `5` (how often)."""
        got = self._levels.get(norm_word)
        if got is None:
            if len(self._levels) > _MEMO_LIMIT:
                self._levels.clear()
            got = self.known.get(name_key(norm_word), "") if len(norm_word) >= 2 else ""
            self._levels[norm_word] = got
        return got

    @classmethod
    def train(cls, names: Iterable[str], ordinary: Iterable[str], min_count: int = 3) -> TranslitModel:
        names = list(names)
        counts = Counter(names)
        known = {name_key(w): ("5" if c >= 5 else "2" if c >= 2 else "1") for w, c in counts.items()}
        pos: Counter[str] = Counter()
        neg: Counter[str] = Counter()
        for w in names:
            pos.update(trigrams(w))
        for w in ordinary:
            neg.update(trigrams(w))
        npos, nneg = sum(pos.values()), sum(neg.values())
        vocab = {g for g in pos.keys() | neg.keys() if pos[g] + neg[g] >= min_count}
        v = len(vocab) + 1
        ratios = {
            g: round(math.log((pos[g] + 1) / (npos + v)) - math.log((neg[g] + 1) / (nneg + v)), 2)
            for g in vocab
        }
        return cls({g: r for g, r in ratios.items() if abs(r) >= 0.3}, known)

    def score(self, norm_word: str) -> float:
        grams = trigrams(norm_word)
        get = self.ratios.get
        return sum([get(g, 0.0) for g in grams]) / len(grams)

    def bucket(self, norm_word: str) -> str:
        """A coarse level: `hi`, `mid`, `low` or `neg` (short words: `short`)."""
        got = self._buckets.get(norm_word)
        if got is None:
            if len(self._buckets) > _MEMO_LIMIT:
                self._buckets.clear()
            got = self._buckets[norm_word] = self._bucket(norm_word)
        return got

    def _bucket(self, norm_word: str) -> str:
        if len(norm_word) < 3:
            return "short"
        s = self.score(norm_word)
        if s >= 1.5:
            return "hi"
        if s >= 0.7:
            return "mid"
        if s >= 0.0:
            return "low"
        return "neg"

    def to_lines(self) -> list[str]:
        grams = [f"g\t{g}\t{r}" for g, r in sorted(self.ratios.items())]
        return grams + [f"n\t{k}\t{v}" for k, v in sorted(self.known.items())]

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> TranslitModel:
        ratios: dict[str, float] = {}
        known: dict[str, str] = {}
        for ln in lines:
            kind, key, val = (ln.rstrip("\n").split("\t") + ["", "", ""])[:3]
            if kind == "g":
                ratios[key] = float(val)
            elif kind == "n":
                known[key] = val
        return cls(ratios, known)


def read_names(path: Path) -> list[str]:
    """The normalised Arabic spellings in a names file (`english<TAB>a r a b i c<TAB>count`),
    each repeated as often as its count says (at most 10 times)."""
    out = []
    with path.open(encoding="utf-8") as f:
        for ln in f:
            cells = ln.rstrip("\n").split("\t")
            if len(cells) >= 2 and cells[1]:
                n = int(cells[2]) if len(cells) > 2 and cells[2].isdigit() else 1
                out.extend([normalize(cells[1].replace(" ", ""))] * min(n, 10))
    return out
