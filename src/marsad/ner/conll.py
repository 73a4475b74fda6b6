"""ANERcorp/CoNLL files (`word TAG` per line, blank line between sentences) and the
entity-level score of the conlleval convention (an entity counts when its type and
both boundaries match; I- without a matching B- opens an entity)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Sentence = tuple[list[str], list[str]]
TYPE_MAP = {"PERS": "PER"}


def read_conll(path: Path) -> list[Sentence]:
    """The sentences of a file as (words, IOB2 tags), with PERS mapped to PER."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for ln in f:
            cells = ln.split()
            if not cells:
                if words:
                    out.append((words, tags))
                    words, tags = [], []
                continue
            word, tag = cells[0], cells[-1] if len(cells) > 1 else "O"
            if tag != "O":
                pre, _, typ = tag.partition("-")
                tag = f"{pre}-{TYPE_MAP.get(typ, typ)}"
            words.append(word)
            tags.append(tag)
    if words:
        out.append((words, tags))
    return out


def entities(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) chunks of an IOB tag sequence, conlleval style."""
    out = []
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        pre, _, ty = t.partition("-")
        ends = start >= 0 and (pre in ("O", "B") or ty != typ)
        if ends:
            out.append((start, i, typ))
            start, typ = -1, ""
        if pre == "B" or (pre == "I" and start < 0):
            start, typ = i, ty
    return out


@dataclass
class Score:
    tp: Counter[str]
    pred: Counter[str]
    gold: Counter[str]

    def prf(self, typ: str | None = None) -> tuple[float, float, float]:
        tp = sum(self.tp.values()) if typ is None else self.tp[typ]
        pr = sum(self.pred.values()) if typ is None else self.pred[typ]
        go = sum(self.gold.values()) if typ is None else self.gold[typ]
        p = tp / pr if pr else 0.0
        r = tp / go if go else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def lines(self) -> list[str]:
        out = []
        for typ in sorted(self.gold.keys() | self.pred.keys()):
            p, r, f = self.prf(typ)
            out.append(
                f"{typ:8s} {p:.4f} {r:.4f} {f:.4f}  (gold {self.gold[typ]}, predicted {self.pred[typ]})"
            )
        p, r, f = self.prf()
        out.append(f"overall {p:.4f} {r:.4f} {f:.4f}")
        return out


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Score:
    tp: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        ge, pe = set(entities(g)), set(entities(p))
        ng.update(t for _, _, t in ge)
        np_.update(t for _, _, t in pe)
        tp.update(t for _, _, t in ge & pe)
    return Score(tp, np_, ng)
