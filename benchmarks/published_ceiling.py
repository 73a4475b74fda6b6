"""Publication dates against the fetch day: how many are later than the record's `date_extracted`.

SaudiNewsNet records carry `date_extracted`, the day the page was scraped; no article can have
been published after it. This runs the first N records through ingest's record reading and the
pipeline up to the `published` step and counts the publication dates later than that day, by
source of the date (meta, header, dateline, text), listing each one.

    python3 benchmarks/published_ceiling.py [--records 3000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
STEPS = ("segment", "language", "site_chrome", "published")


def main(argv: list[str] | None = None) -> int:
    from marsad.ingest.formats import record_from_obj
    from marsad.model import Article
    from marsad.pipeline import Pipeline

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=3000, help="the first N records of SaudiNewsNet")
    args = ap.parse_args(argv)
    arts = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for i, ln in enumerate(f):
            if i >= args.records:
                break
            rec = record_from_obj(json.loads(ln), f"line {i}")
            text = rec.pop("text")
            arts.append(Article(path=f"saudinewsnet.jsonl.gz#{i}", text=text, title=rec.get("title"),
                                url=rec.get("url"), source=rec.get("source"), meta=rec))
    corpus, rejected = Pipeline.build(STEPS).run(arts)
    by_source: Counter[str] = Counter()
    later: Counter[str] = Counter()
    flagged = 0
    for a in corpus.articles:
        pub = a.published
        got, fetched = pub.date, str(a.meta.get("date") or "")[:10]
        by_source[pub.source] += 1
        flagged += "date_after_retrieval" in pub.flags
        if got and fetched and date.fromisoformat(got) > date.fromisoformat(fetched):
            later[pub.source] += 1
            print(f"  {a.path}: published {got} ({pub.source}) after date_extracted {fetched}")
    print(f"records {len(arts)}, rejected {len(rejected)}; publication date by source: {dict(by_source)}")
    print(f"later than date_extracted: {sum(later.values())} {dict(later)}; "
          f"flagged date_after_retrieval: {flagged}")
    return 1 if later else 0


if __name__ == "__main__":
    sys.exit(main())
