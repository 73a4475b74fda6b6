"""Named-entity counts over the first 3,000 SaudiNewsNet articles: the error classes a reader
can count without a gold (issue 13).

    python3 -m benchmarks.ner_counts [--articles 3000] [--ner-model DIR] [--keep DIR] [--out FILE.json]

Runs `marsad run` on the first N records (a fresh process, as a user would) and reads the
names it wrote:

- `function_words`: names whose text is «على» or «لي» (with or without a proclitic);
- `divine_and_currency`: PER/ORG/LOC names whose text is «الله» or a currency of
  `lang/ar/ner_not_names.tsv` (with or without a proclitic);
- `daesh_found`: of the occurrences of «داعش» (as a word, behind any proclitic) in the text
  marsad kept (title and body segments), the share covered by a name (any type), and the
  share covered by an ORG;
- the most frequent names per type, to read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.harness import shared_path
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.not_names import written

PROCLITIC = "(?:[وف]?[بلك]?|[وف])"
KEPT_ROLES = ("title", "body", "heading")


def first_records(n: int, path: Path) -> int:
    src = shared_path("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    k = 0
    with gzip.open(src, "rt", encoding="utf-8") as f, path.open("w", encoding="utf-8") as o:
        for ln in f:
            if k >= n:
                break
            o.write(ln)
            k += 1
    return k


def _word_re(words: set[str]) -> re.Pattern[str]:
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"^{PROCLITIC}(?:{alt})$")


def counts(articles: list[dict[str, Any]]) -> dict[str, Any]:
    table = load_table("ner_not_names")
    currencies = {r["word"] for r in table if r["class"] == "currency"}
    function_re = _word_re({"على", "لي"})
    divine_re = _word_re({"الله"} | currencies)
    daesh_word = re.compile(rf"(?<![\w]){PROCLITIC}(داعش)(?![\w])")
    out: Counter[str] = Counter()
    top: dict[str, Counter[str]] = {t: Counter() for t in ("PER", "ORG", "LOC", "MISC")}
    for a in articles:
        text = a.get("text") or ""
        ments = a.get("mentions") or []
        for m in ments:
            name = written(text[m["start"] : m["end"]]).strip()
            out["mentions"] += 1
            if function_re.match(name):
                out["function_words"] += 1
            if m["type"] in ("PER", "ORG", "LOC") and divine_re.match(name):
                out["divine_and_currency"] += 1
            if m["type"] in top:
                top[m["type"]][normalize(name)] += 1
        for seg in a.get("segments") or []:
            if seg.get("role") not in KEPT_ROLES:
                continue
            for w in daesh_word.finditer(text, seg["start"], seg["end"]):
                s, e = w.start(1), w.end(1)
                out["daesh"] += 1
                cover = [m for m in ments if m["start"] <= s and e <= m["end"]]
                out["daesh_named"] += bool(cover)
                out["daesh_org"] += any(m["type"] == "ORG" for m in cover)
    return {
        "articles": len(articles),
        "mentions": out["mentions"],
        "function_words": out["function_words"],
        "divine_and_currency": out["divine_and_currency"],
        "daesh": out["daesh"],
        "daesh_found": round(out["daesh_named"] / out["daesh"], 3) if out["daesh"] else None,
        "daesh_found_as_org": round(out["daesh_org"] / out["daesh"], 3) if out["daesh"] else None,
        "top": {t: c.most_common(40) for t, c in top.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--ner-model", type=Path, help="NER model folder (`marsad run --ner-model`)")
    ap.add_argument("--keep", type=Path, help="keep marsad's output in this folder")
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="marsad-nercount-") as tmp:
        work = Path(tmp)
        src = work / "first.jsonl"
        first_records(args.articles, src)
        out = args.keep or work / "out"
        cmd = [sys.executable, "-m", "marsad.cli.main", "run", str(src), "--out", str(out)]
        if args.ner_model:
            cmd += ["--ner-model", str(args.ner_model)]
        res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        if res.returncode not in (0, 1):
            print(res.stderr[-2000:], file=sys.stderr)
            return 1
        with (out / "articles.jsonl").open(encoding="utf-8") as f:
            arts = [json.loads(ln) for ln in f]
    res_counts = counts(arts)
    for k, v in res_counts.items():
        if k != "top":
            print(f"{k}: {v}")
    for t, rows in res_counts["top"].items():
        print(f"\nmost frequent {t}: " + ", ".join(f"{w} {n}" for w, n in rows[:25]))
    if args.out:
        args.out.write_text(json.dumps(res_counts, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
