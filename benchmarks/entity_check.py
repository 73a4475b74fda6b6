"""The most mentioned entities of a SaudiNewsNet run, with mentions to read (issue 14).

    python3 -m benchmarks.entity_check [--articles 3000] [--top 30] [--per 10] [--keep DIR]
                                       [--from DIR] [--out FILE.md]

Runs `marsad run` on the first N SaudiNewsNet records (a fresh process, as a user would; the
output goes to a temporary folder or `--keep DIR`), or reads an existing output folder
(`--from DIR`, nothing is run), and prints, for each of the `--top` most mentioned entities:

- a header: rank, id, type, name, mentions, articles, qid (if any) and the top variants;
- `--per` of its mentions, spread over different articles, each on one line as
  `article-id  …40 characters before [MENTION] 40 characters after…`, so that a reader can
  say whether each one is this entity (a wrong merge when it is not);
- its possible splits: other entities of the same type (anywhere in the run) whose name or
  a variant shares a word (normalised, «ال» ignored, words of 3 letters or more) with its
  name, most mentioned first, at most 8. The reader decides which are the same entity.

It ends with an empty Markdown table to fill by hand (also written to `--out FILE.md`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.ner_counts import first_records
from marsad.lang.normalize import normalize

Record = dict[str, Any]

WIDTH = 40
MAX_SPLITS = 8
TOP_VARIANTS = 5
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s")


# -- reading a run folder ------------------------------------------------------------------


def read_entities(folder: Path) -> list[Record]:
    with (folder / "entities.jsonl").open(encoding="utf-8", newline="\n") as f:
        return [json.loads(ln) for ln in f if ln.strip()]


def read_texts(folder: Path) -> dict[str, str]:
    """Article id -> text, from the run's articles.jsonl."""
    texts: dict[str, str] = {}
    with (folder / "articles.jsonl").open(encoding="utf-8", newline="\n") as f:
        for ln in f:
            if ln.strip():
                a = json.loads(ln)
                texts[a["id"]] = a.get("text") or ""
    return texts


# -- pure pieces ---------------------------------------------------------------------------


def mentions_of(ent: Record) -> list[Record]:
    m = ent.get("mentions")
    return m if isinstance(m, list) else []


def mention_count(ent: Record) -> int:
    m = ent.get("mentions")
    if isinstance(m, list):
        return len(m)
    if isinstance(m, int):
        return m
    return sum((ent.get("variant_counts") or {}).values())


def article_count(ent: Record) -> int:
    return len({m["article"] for m in mentions_of(ent)})


def top_entities(entities: Iterable[Record], k: int) -> list[Record]:
    """The `k` most mentioned entities, ties by id."""
    return sorted(entities, key=lambda e: (-mention_count(e), str(e["id"])))[:k]


def _spaced(items: Sequence[Any], k: int) -> list[Any]:
    """`k` evenly spaced items of `items` (all of them when there are no more than `k`)."""
    n = len(items)
    if n <= k:
        return list(items)
    return [items[i * n // k] for i in range(k)]


def sample_mentions(mentions: Iterable[Record], per: int) -> list[Record]:
    """`per` mentions spread over the articles, deterministically.

    Mentions are sorted by (article, start) and grouped into rounds: the first mention of
    every article, then the second one of every article, and so on. Whole rounds are taken
    while they fit; the round that does not fit gives evenly spaced mentions. So the sample
    covers `per` different articles when there are that many. Returned in (article, start)
    order."""
    if per <= 0:
        return []
    by_art: dict[str, list[Record]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (str(m["article"]), m["start"], m["end"])):
        by_art[str(m["article"])].append(m)
    arts = sorted(by_art)
    rounds: list[list[Record]] = []
    depth = max((len(v) for v in by_art.values()), default=0)
    for r in range(depth):
        rounds.append([by_art[a][r] for a in arts if len(by_art[a]) > r])
    picked: list[Record] = []
    for rnd in rounds:
        need = per - len(picked)
        if need <= 0:
            break
        picked.extend(_spaced(rnd, need))
    return sorted(picked, key=lambda m: (str(m["article"]), m["start"], m["end"]))


def context_line(article: str, text: str | None, start: int, end: int, width: int = WIDTH,
                 surface: str = "") -> str:
    """`article  …before [MENTION] after…` on one line (whitespace as spaces; the ellipses
    only where the text is cut)."""
    if text is None or end > len(text):
        return f"{article}  [{surface}]  (text not found)"
    lo, hi = max(0, start - width), min(len(text), end + width)
    before = ("…" if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    line = f"{before}[{text[start:end]}]{after}"
    return f"{article}  {_SPACE.sub(' ', line)}"


def name_words(s: str) -> set[str]:
    """The matching words of a name: normalised, a leading «ال» dropped (when 3 letters or
    more remain), words of 2 letters or fewer left out."""
    out: set[str] = set()
    for w in _WORD.findall(normalize(s)):
        if w.startswith("ال") and len(w) - 2 >= 3:
            w = w[2:]
        if len(w) > 2:
            out.add(w)
    return out


def entity_words(ent: Record) -> set[str]:
    """The words of the entity's name and of all its variants."""
    words = name_words(str(ent.get("name") or ""))
    for v in ent.get("variants") or []:
        words |= name_words(str(v))
    for v in ent.get("variant_counts") or {}:
        words |= name_words(str(v))
    return words


class SplitIndex:
    """Entities by (type, word), to find the possible splits of an entity."""

    def __init__(self, entities: Iterable[Record]) -> None:
        self.index: dict[tuple[str, str], list[Record]] = defaultdict(list)
        for e in entities:
            for w in entity_words(e):
                self.index[(str(e.get("type")), w)].append(e)

    def candidates(self, ent: Record, limit: int = MAX_SPLITS) -> list[tuple[Record, set[str]]]:
        """Other entities of the same type whose name or a variant shares a word with the
        name of `ent`, with the shared words; most mentioned first (ties by id)."""
        typ = str(ent.get("type"))
        found: dict[str, tuple[Record, set[str]]] = {}
        for w in name_words(str(ent.get("name") or "")):
            for other in self.index.get((typ, w), ()):
                if other["id"] == ent["id"]:
                    continue
                found.setdefault(str(other["id"]), (other, set()))[1].add(w)
        rows = sorted(found.values(), key=lambda r: (-mention_count(r[0]), str(r[0]["id"])))
        return rows[:limit]


def split_candidates(ent: Record, entities: Iterable[Record], limit: int = MAX_SPLITS) -> list[Record]:
    return [e for e, _ in SplitIndex(entities).candidates(ent, limit)]


def top_variants(ent: Record, k: int = TOP_VARIANTS) -> list[tuple[str, int]]:
    """The `k` most used variants with their counts (variants never written left out)."""
    counts: dict[str, int] = ent.get("variant_counts") or {}
    names = ent.get("variants") or sorted(counts, key=lambda v: (-counts[v], v))
    rows = [(v, counts.get(v, 0)) for v in names]
    return [(v, n) for v, n in rows if n > 0][:k]


def header(rank: int, ent: Record) -> str:
    parts = [f"#{rank}", str(ent["id"]), str(ent.get("type")), str(ent.get("name")),
             f"mentions {mention_count(ent)}", f"articles {article_count(ent)}"]
    if ent.get("qid"):
        parts.append(f"qid {ent['qid']}")
    variants = ", ".join(f"{v} {n}" for v, n in top_variants(ent))
    return "  ".join(parts) + (f"  variants: {variants}" if variants else "")


def _cell(s: Any) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def table(tops: Sequence[Record], per: int) -> str:
    """The Markdown table to fill by hand, one row per top entity."""
    lines = [f"| rank | entity | mentions | wrong merges (of {per}) | splits of the same entity |",
             "|---:|---|---:|---|---|"]
    for rank, e in enumerate(tops, 1):
        lines.append(f"| {rank} | {_cell(e.get('name'))} (`{_cell(e['id'])}`, {_cell(e.get('type'))}) "
                     f"| {mention_count(e)} |  |  |")
    return "\n".join(lines) + "\n"


def report(entities: list[Record], texts: dict[str, str], top: int, per: int) -> str:
    """The whole printout: mentions per top entity, possible splits, then the table."""
    tops = top_entities(entities, top)
    out: list[str] = [f"{len(entities)} entities, {len(texts)} articles; the {len(tops)} most "
                      f"mentioned, {per} mentions each.", ""]
    for rank, e in enumerate(tops, 1):
        out.append(header(rank, e))
        for m in sample_mentions(mentions_of(e), per):
            aid = str(m["article"])
            out.append("  " + context_line(aid, texts.get(aid), m["start"], m["end"],
                                           surface=str(m.get("text") or "")))
        out.append("")
    out.append("## possible splits (same type, a shared name word)")
    out.append("")
    index = SplitIndex(entities)
    for rank, e in enumerate(tops, 1):
        out.append(f"#{rank} {e['id']} {e.get('type')} {e.get('name')} ({mention_count(e)})")
        cands = index.candidates(e)
        if not cands:
            out.append("  (none)")
        for c, shared in cands:
            out.append(f"  {c['id']}  {c.get('name')}  {mention_count(c)}  "
                       f"[shares: {', '.join(sorted(shared))}]")
        out.append("")
    out.append(table(tops, per))
    return "\n".join(out)


# -- running marsad --------------------------------------------------------------------------


def run_marsad(n: int, out: Path, work: Path) -> int:
    """`marsad run` on the first `n` SaudiNewsNet records into `out` (a fresh process)."""
    src = work / "first.jsonl"
    k = first_records(n, src)
    cmd = [sys.executable, "-m", "marsad.cli.main", "run", str(src), "--out", str(out)]
    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    print(f"marsad run: {k} articles in {time.perf_counter() - t0:.0f} s into {out}", file=sys.stderr)
    if res.returncode not in (0, 1):
        print(res.stderr[-2000:], file=sys.stderr)
    return res.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--per", type=int, default=10)
    ap.add_argument("--keep", type=Path, help="keep marsad's output in this folder")
    ap.add_argument("--from", dest="from_dir", type=Path, help="read this output folder; run nothing")
    ap.add_argument("--out", type=Path, help="also write the table to fill (Markdown) here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="marsad-entcheck-") as tmp:
        if args.from_dir:
            folder = args.from_dir
        else:
            folder = args.keep or Path(tmp) / "out"
            if run_marsad(args.articles, folder, Path(tmp)) not in (0, 1):
                return 1
        entities = read_entities(folder)
        texts = read_texts(folder)
    print(report(entities, texts, args.top, args.per))
    if args.out:
        args.out.write_text(table(top_entities(entities, args.top), args.per), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
