"""Our own training sentences (`data/ner_news/`) against SaudiNewsNet: word runs they share.

    python3 -m benchmarks.news_overlap [--words 14]

SaudiNewsNet is for evaluation only, so nothing we train on may be copied from it. This
prints every run of `--words` normalised words that a sentence of ours shares with any
SaudiNewsNet article, with the file it is in (fixed public formulas, such as the opening of a
royal decree, are expected; a sentence of news prose is not). Exit 0 always: a reader judges.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from benchmarks.harness import shared_path
from marsad.lang.normalize import normalize
from marsad.ner.authored import read_lines

NEWS = Path(__file__).resolve().parents[1] / "data" / "ner_news"
_WORD = re.compile(r"\w+")


def runs_of(words: list[str], n: int) -> list[str]:
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=14)
    args = ap.parse_args(argv)
    ours: dict[str, str] = {}
    for f in sorted(NEWS.glob("*.txt")):
        with f.open(encoding="utf-8") as fh:
            for s in read_lines(fh, str(f)):
                for r in runs_of([normalize(w) for w in _WORD.findall(s.text)], args.words):
                    ours.setdefault(r, f.name)
    shared: dict[str, str] = {}
    snn = shared_path("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    with gzip.open(snn, "rt", encoding="utf-8") as fh:
        for ln in fh:
            words = [normalize(w) for w in _WORD.findall(json.loads(ln).get("content") or "")]
            for r in runs_of(words, args.words):
                if r in ours:
                    shared[r] = ours[r]
    print(f"{len(shared)} runs of {args.words} words shared, of {len(ours)} in data/ner_news/")
    for r, f in sorted(shared.items(), key=lambda x: (x[1], x[0])):
        print(f"  {f}: {r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
