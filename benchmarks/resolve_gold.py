"""Entity resolution on the seeds with the GOLD mentions injected (no NER in the way).

    python -m benchmarks.resolve_gold            # prints the scorer's resolution figures

The gold mentions (and embedded-post mentions) of ../shared/gold/seeds.gold.json become the
`mentions` layer of each seed article; `resolve_entities` runs; ../shared/eval/score.py scores.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from marsad.exporting import write_layout
from marsad.model import Article, Corpus, MentionAttrs, Span
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import load

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def gold_articles(seeds: Path, gold_path: Path) -> list[Article]:
    from marsad.app import collect

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = {d["doc"]: d for d in gold["docs"]}
    articles, _ = collect([str(seeds)])
    for art in articles:
        d = docs.get(Path(art.path).name)
        if d is None:
            continue
        gold = d["mentions"] + d.get("embed_mentions", [])
        spans = [Span(m["start"], m["end"], m["type"], MentionAttrs()) for m in gold]
        for s, m in zip(spans, gold, strict=True):
            assert s.slice(art.text) == m["text"], (art.path, m)
        art.set_layer("mentions", spans)
    return articles


def score_gold(out: Path | None = None, kb: str | None = None) -> dict[str, Any]:
    articles = gold_articles(SHARED / "seeds", SHARED / "gold" / "seeds.gold.json")
    corpus = Corpus(articles=articles)
    corpus.entities = resolve_mentions(articles, load(kb))
    with tempfile.TemporaryDirectory() as tmp:
        where = out or Path(tmp)
        write_layout(where, corpus)
        res = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(where),
                              str(SHARED / "gold" / "seeds.gold.json"), "--json"],
                             capture_output=True, text=True, check=True)
    scores: dict[str, Any] = json.loads(res.stdout)
    return scores


if __name__ == "__main__":
    s = score_gold(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    for k in ("entity_resolution_precision", "entity_resolution_recall", "entity_resolution_f1"):
        print(f"{k:32s} {s[k]:.3f}")
