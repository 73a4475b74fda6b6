"""Entity resolution alone on the real-text gold: the gold mentions in, linking out.

    python3 -m benchmarks.realtext.linking_gold [--split dev|test|both] [--errors]

`python3 -m benchmarks.realtext` scores linking over the mentions marsad's tagger found, so
a name cut short or run on by the tagger shows up as a wrong link. Here the gold mentions
(exact spans and types) of all 80 articles go through `resolve_mentions` with the shipped
catalogue, in one batch as a run would, and the same pairwise measure scores them: what is
left is resolution's own error. `--errors` lists, for dev only, the gold entities split
and merged (work from dev; test is for reporting).
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.realtext.errors import linking_errors
from benchmarks.realtext.gold import GoldArticle, load
from benchmarks.realtext.measure import Pair, linking
from marsad.model import Article, MentionAttrs, Span
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import load as catalogue


def resolved(gold: list[GoldArticle]) -> list[Pair]:
    """Each gold article with its gold mentions resolved, as marsad's output would carry them."""
    arts = []
    for g in gold:
        art = Article(path=f"gold#{g.line}", text=g.content)
        art.set_layer("mentions", [Span(m.start, m.end, m.type, MentionAttrs()) for m in g.mentions])
        arts.append(art)
    resolve_mentions(arts, catalogue())
    pairs = []
    for g, art in zip(gold, arts, strict=True):
        mentions = [{"start": s.start, "end": s.end, "type": s.label, "entity": s.attrs.entity}
                    for s in art.layer("mentions")]
        pairs.append(Pair(g, {"mentions": mentions}, 0))
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", choices=("dev", "test", "both"))
    ap.add_argument("--errors", action="store_true", help="list dev's splits and merges")
    args = ap.parse_args(argv)
    pairs = resolved(load())
    for split in ("test", "dev") if args.split == "both" else (args.split,):
        res = linking([p for p in pairs if p.gold.split == split])
        for scope in ("cross", "all"):
            r = res[scope]
            print(f"{split} {scope:5s} linking P / R / F1: {r['p']:.3f} / {r['r']:.3f} / {r['f1']:.3f}"
                  f"  ({r['gold_pairs']} gold pairs)")
    if args.errors:
        linking_errors([p for p in pairs if p.gold.split == "dev"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
