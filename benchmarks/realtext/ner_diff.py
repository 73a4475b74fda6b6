"""The tagger again on a stored run's articles: which mentions the current code adds or drops.

    python3 -m marsad.cli.main run RECORDS --out RUN      # once, with any version
    python3 -m benchmarks.realtext.ner_diff RUN [--leave-out FILE]

Reads the run's database (`RUN/marsad.db`: any run, e.g. the first 3,000 SaudiNewsNet records),
runs the current `ner` step alone on each stored article (its segments as that run made them) and
prints, article by article, the mentions that run had and the current tagger does not (`-`) and
those it has that the run had not (`+`): the record's line (the `#i` of its path), the sign, the
type, the mention's text and its context. A mention whose type changed is one `-` and one `+`.
The mentions the events step adds (a state named by a side of it: `attrs.side`) are left out of
the stored ones, since the tagger never makes them: on an unchanged tagger nothing is printed but
the last two lines, the count of articles and mentions that changed and the cost in seconds.
`--leave-out FILE`: record lines (0-based, whitespace separated) never tagged nor printed, e.g.
the lines of a test split or a held-out stratum.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks.realtext.errors import ctx
from benchmarks.realtext.kept_reruns import stored_articles
from marsad.model import Article
from marsad.pipeline import get_step

Mention = tuple[int, int, str]


def line_of(art: Article) -> str:
    """The record's line in its input file (the `#i` of a record's path), else the whole path."""
    return art.path.rsplit("#", 1)[1] if "#" in art.path else art.path


def tagged(art: Article) -> set[Mention]:
    """The article's mentions the tagger made: every mention but a state's side (`attrs.side`)."""
    return {(m.start, m.end, m.label) for m in art.layer("mentions") if m.attrs.side is None}


def changes(arts: list[Article]) -> list[tuple[Article, set[Mention], set[Mention]]]:
    """Each article whose mentions the current `ner` step makes otherwise: the stored mentions it
    drops, those it adds (the articles are tagged again in place)."""
    before = [tagged(a) for a in arts]
    get_step("ner").run(arts)
    out = []
    for art, old in zip(arts, before, strict=True):
        new = tagged(art)
        if old != new:
            out.append((art, old - new, new - old))
    return out


def print_changes(found: list[tuple[Article, set[Mention], set[Mention]]]) -> None:
    """The changes line by line, in the order of the records (a number's order, not a path's)."""
    def order(change: tuple[Article, set[Mention], set[Mention]]) -> tuple[int, str]:
        line = line_of(change[0])
        return (int(line), "") if line.isdigit() else (-1, line)

    for art, dropped, added in sorted(found, key=order):
        for sign, spans in (("-", dropped), ("+", added)):
            for s, e, kind in sorted(spans):
                print(f"{line_of(art)}\t{sign}\t{kind}\t{art.text[s:e]}\t{ctx(art.text, s, e, 40)}")


def main(argv: list[str] | None = None) -> int:
    began = time.perf_counter()
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("run", type=Path, help="a `marsad run` output folder (its marsad.db)")
    ap.add_argument("--leave-out", type=Path, help="record lines never tagged nor printed (0-based)")
    args = ap.parse_args(argv)
    if not (args.run / "marsad.db").exists():
        print(f"{args.run} holds no marsad.db: give a `marsad run --out` folder", file=sys.stderr)
        return 2
    never = set(args.leave_out.read_text(encoding="utf-8").split()) if args.leave_out else set()
    arts = [a for a in stored_articles(args.run) if line_of(a) not in never]
    found = changes(arts)
    print_changes(found)
    print(f"articles changed {len(found)} of {len(arts)}; mentions dropped "
          f"{sum(len(d) for _, d, _ in found)}, added {sum(len(a) for _, _, a in found)}")
    print(f"cost {time.perf_counter() - began:.0f} s (step run again: ner)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
