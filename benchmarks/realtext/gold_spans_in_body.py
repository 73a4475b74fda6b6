"""A sanity check of the real-text golds: every gold span (date, quotation, event trigger, mention)
lies in body text, as docs/realtext-annotation.md asks.

    python3 -m benchmarks.realtext.gold_spans_in_body        # one line per stray span

A span is stray when its first character is not body (a junk, title or caption line, an inline
junk piece, or no segment at all), when it reaches into a non-body segment (a line or an inline
piece), or when it runs past the annotated region. Such a span is mostly a slip of the compiler
(`work_file.compile_article`), which once took a word's first occurrence, a junk dateline's
«اليوم» before the body's. Lines hold the gold file, stratum, split, layer and offsets only:
never the article's text, so test and held-out rows can be listed without being read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.realtext.gold import KEEP, GoldArticle, load

GOLDS = Path(__file__).resolve().parents[2] / "tests" / "data" / "realtext"
LAYERS = ("timex", "quote", "event", "mention")


@dataclass(frozen=True)
class StraySpan:
    gold: str  # the gold file's name
    line: int
    stratum: str
    split: str
    layer: str  # one of LAYERS
    start: int
    end: int
    why: str  # "in ROLE", "reaches ROLE", "past region"

    def __str__(self) -> str:
        return (f"{self.line}\t{self.gold}\t{self.stratum}\t{self.split}\t{self.layer}\t"
                f"{self.start}-{self.end}\t{self.why}")


def gold_files(folder: Path = GOLDS) -> list[Path]:
    """Every gold file of articles under `folder` (the readings and story pairs hold none)."""
    return sorted(p for p in folder.glob("*.jsonl") if '"kind": "article"' in p.read_text(encoding="utf-8"))


def spans(art: GoldArticle) -> Iterable[tuple[str, int, int]]:
    """(layer, start, end) of every span the gold counts in body text only."""
    for t in art.timexes:
        yield "timex", t.start, t.end
    for q in art.quotes:
        yield "quote", q.start, q.end
    for ev in art.events:
        yield "event", ev.trigger[0], ev.trigger[1]
    for m in art.mentions:
        yield "mention", m.start, m.end


def why_stray(art: GoldArticle, start: int, end: int) -> str | None:
    """Why the span [start, end) is not body text, or None when it is."""
    if end > art.region_end:
        return "past region"
    role = art.role_at(start)
    if role != KEEP:
        return f"in {role or 'no segment'}"
    for s, e, r in sorted(art.segments):
        if r != KEEP and s < end and start < e:
            return f"reaches {r}"
    return None


def stray_spans(art: GoldArticle, gold: str) -> list[StraySpan]:
    """The spans of one gold article that are not body text."""
    out = []
    for layer, s, e in spans(art):
        why = why_stray(art, s, e)
        if why is not None:
            out.append(StraySpan(gold, art.line, art.stratum, art.split, layer, s, e, why))
    return out


def scan(paths: Iterable[Path]) -> list[StraySpan]:
    return [x for p in paths for art in load(p) for x in stray_spans(art, p.name)]


def main(argv: list[str] | None = None) -> int:
    found = scan(gold_files())
    for x in found:
        print(x)
    print(f"{len(found)} stray span(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
