"""The seeded, stratified draw of the real-text gold's articles from SaudiNewsNet.

    python3 -m benchmarks.realtext.draw [--seed 11] [--per-source 4] [--extra 4]

Nobody chooses the articles. For each of the 14 sources (in name order) the records are
shuffled with a generator seeded by `seed:source`, and the first `per-source` are taken; then
`extra` more are drawn from all the records left, with a generator seeded by `seed:extra`.
Within a source the first half drawn goes to **test** and the second half to **dev**; the extra
ones alternate test, dev. Records with no text, and the records of the older events and timex
golds (looked at while building), are left out of the pool first.

Events between named actors are rare in random news (6 in the 60 random articles), too few to
measure event recall, so a second stratum of `events` articles (default 20) is drawn with a
generator seeded by `seed:events` from the records left whose annotated region holds one of the
event words of EVENT_WORDS (a fixed list of common Arabic diplomatic verbs and nouns, chosen
before any output was looked at); they alternate test, dev too. Each row says its stratum
(`random` or `events`).

Each drawn article is annotated up to `region_end`: the first line or sentence end at or after
REGION_CHARS characters of `content` (the whole text when it is shorter), so one very long
article does not take the annotators' whole budget; mentions and other spans past that point
are neither gold nor scored.

Prints one JSON line per article: line, source, split, region_end, hash.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
OLDER_GOLDS = (
    ROOT / "tests" / "data" / "events_gold_saudinewsnet.jsonl",
    ROOT / "tests" / "data" / "timex_gold_snn.jsonl",
)
REGION_CHARS = 3000
EVENT_WORDS = re.compile(
    r"استقبل|التقى|يلتقي|اجتمع|زار|يزور|زيارة|اتصالا هاتفيا|اتصال هاتفي|مباحثات|"
    r"محادثات|وقع|توقيع|اتفاقية|مناورات|تمرين"
)
SENTENCE_ENDS = ".!?؟\n"


def text_hash(text: str) -> str:
    """The hash that ties a gold row to the record it was annotated on."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def region_end(content: str, limit: int = REGION_CHARS) -> int:
    """End of the annotated region: the first sentence or line end at or after `limit`."""
    if len(content) <= limit:
        return len(content)
    for i in range(limit, len(content)):
        if content[i] in SENTENCE_ENDS:
            return i + 1
    return len(content)


def older_gold_lines() -> set[int]:
    lines: set[int] = set()
    for path in OLDER_GOLDS:
        if path.exists():
            for ln in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(ln)
                if "line" in row:
                    lines.add(int(row["line"]))
    return lines


def read_records(path: Path = SNN) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(ln) for ln in f]


def read_lines(lines: set[int], path: Path = SNN) -> dict[int, dict]:
    """The records at these 0-based lines, read no further than the last of them."""
    out: dict[int, dict] = {}
    if not lines:
        return out
    last = max(lines)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, ln in enumerate(f):
            if i in lines:
                out[i] = json.loads(ln)
            if i >= last:
                break
    return out


def by_source(records: list[dict], skip: set[int]) -> dict[str, list[int]]:
    """The lines of the records with text, less `skip`, by source."""
    pool: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        if i not in skip and (r.get("content") or "").strip():
            pool.setdefault(r["source"], []).append(i)
    return pool


def round_robin(queues: list[list[int]], n: int) -> list[int]:
    """Up to `n` lines taken one per queue in turn, each from its queue's end (the queues are
    emptied as they are taken from)."""
    picked: list[int] = []
    while len(picked) < n and any(queues):
        for queue in queues:
            if queue and len(picked) < n:
                picked.append(queue.pop())
    return picked


def drawn(records: list[dict], ln: int, split: str, stratum: str, chars: int = REGION_CHARS) -> dict:
    """The draw row of record `ln`: where it is and what it holds (hash, annotated region of
    about `chars` characters)."""
    content = records[ln]["content"]
    return {
        "line": ln,
        "source": records[ln]["source"],
        "split": split,
        "stratum": stratum,
        "region_end": region_end(content, chars),
        "hash": text_hash(content),
    }


def draw(records: list[dict], seed: int, per_source: int, extra: int, events: int = 0) -> list[dict]:
    skip = older_gold_lines()
    pool = by_source(records, skip)
    picked: list[tuple[int, str]] = []
    for source in sorted(pool):
        lines = list(pool[source])
        random.Random(f"{seed}:{source}").shuffle(lines)
        take = lines[:per_source]
        picked += [(ln, "test" if k < per_source // 2 else "dev") for k, ln in enumerate(take)]
    taken = {ln for ln, _ in picked}
    rest = sorted(ln for lines in pool.values() for ln in lines if ln not in taken)
    rng = random.Random(f"{seed}:extra")
    picked += [(ln, "test" if k % 2 == 0 else "dev") for k, ln in enumerate(rng.sample(rest, extra))]
    taken = {ln for ln, _ in picked}
    rest = [
        ln
        for ln in rest
        if ln not in taken
        and EVENT_WORDS.search(records[ln]["content"][: region_end(records[ln]["content"])])
    ]
    rng = random.Random(f"{seed}:events")
    strata = ["random"] * len(picked) + ["events"] * events
    picked += [(ln, "test" if k % 2 == 0 else "dev") for k, ln in enumerate(rng.sample(rest, events))]
    return [drawn(records, ln, split, stratum) for (ln, split), stratum in zip(picked, strata, strict=True)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--per-source", type=int, default=4)
    ap.add_argument("--extra", type=int, default=4)
    ap.add_argument("--events", type=int, default=20)
    args = ap.parse_args(argv)
    if not SNN.exists():
        print(f"needs {SNN} (../shared beside the checkout)", file=sys.stderr)
        return 2
    for row in draw(read_records(), args.seed, args.per_source, args.extra, args.events):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
