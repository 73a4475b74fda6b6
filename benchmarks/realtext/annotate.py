"""Annotating the real-text gold: worksheets, a checker, and the compiler to offsets.

    python3 -m benchmarks.realtext.annotate sheets DRAW.jsonl DIR   # a worksheet per article
    python3 -m benchmarks.realtext.annotate check FILE.json...     # resolve and show every span
    python3 -m benchmarks.realtext.annotate compile DIR --draw DRAW.jsonl --out GOLD.jsonl
    python3 -m benchmarks.realtext.annotate export GOLD.jsonl DIR  # gold back to work files

A work file (one per article, the annotator's own words, kept outside the repository) names
spans by their text, in the order they occur; the compiler finds each one after the previous
one of its list, preferring whole words (a proclitic و ف ب ل ك before the span is allowed),
and the gold stores only offsets, labels and keys: no article text. The rules are in
`docs/realtext-annotation.md`; the format is `benchmarks/realtext/work_file.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.realtext.draw import read_lines, text_hash
from benchmarks.realtext.work_file import compile_article


def cmd_sheets(draw_path: Path, out: Path) -> int:
    draw = [json.loads(ln) for ln in draw_path.read_text().splitlines() if ln.strip()]
    recs = read_lines({d["line"] for d in draw})
    out.mkdir(parents=True, exist_ok=True)
    for d in draw:
        r = recs[d["line"]]
        content = r["content"]
        parts = [
            f"# article line {d['line']}  source {r['source']}  split {d['split']}",
            f"# url {r.get('url')}",
            f"# date_extracted {r.get('date_extracted')}",
            f"# record title: {r.get('title')}",
            f"# record author: {r.get('author')}",
            f"# annotate up to character {d['region_end']} of {len(content)}"
            + ("" if d["region_end"] == len(content) else " (the text below stops there)"),
            "",
        ]
        pos = 0
        for n, line in enumerate(content.split("\n"), 1):
            if pos >= d["region_end"]:
                break
            shown = line[: max(0, d["region_end"] - pos)]
            parts.append(f"[{n}] {shown}")
            pos += len(line) + 1
        (out / f"{d['line']}.txt").write_text("\n".join(parts) + "\n", encoding="utf-8")
    print(f"{len(draw)} worksheet(s) in {out}")
    return 0


def cmd_check(files: list[Path], draw_path: Path | None) -> int:
    works = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    ends = {}
    if draw_path:
        ends = {d["line"]: d["region_end"] for d in map(json.loads, draw_path.read_text().splitlines())}
    recs = read_lines({w["line"] for w in works})
    bad = 0
    for p, w in zip(files, works, strict=True):
        content = recs[w["line"]]["content"]
        row, errors = compile_article(w, content, ends.get(w["line"], len(content)))
        print(
            f"== {p.name}: {len(row['mentions'])} mentions, {len(row['timexes'])} timexes, "
            f"{len(row['events'])} events, {len(row['quotes'])} quotes, {len(row['segments'])} segments"
        )
        for s, e, role in row["segments"]:
            if role != "body":
                print(f"  seg {role:14s} {content[s:e][:70]!r}")
        for s, e, typ, key in row["mentions"]:
            print(
                f"  {typ:4s} {key:28s} …{content[max(0, s - 12) : s]}[{content[s:e]}]{content[e : e + 12]}…"
            )
        for s, e, typ, val in row["timexes"]:
            print(f"  {typ:8s} {val!s:28s} [{content[s:e]}]")
        for ev in row["events"]:
            s, e = ev["trigger"]
            print(
                f"  EVENT {ev['type']} [{content[s:e]}] {ev['participants']} place={ev['place']} "
                f"date={ev['date']} {ev['status']}"
            )
        for s, e, spk, kind in row["quotes"]:
            print(f"  QUOTE {kind} {spk}: [{content[s:e][:60]}]")
        for err in errors:
            print(f"  ERROR {err}")
        bad += bool(errors)
    print(f"{bad} file(s) with errors")
    return 1 if bad else 0


def compile_rows(work_dir: Path, draw_path: Path, out: Path, about: str,
                 shape: Callable[[dict, dict], dict]) -> int:
    """Compile the work files of a draw into gold rows (`shape(draw row, compiled row)`),
    hash-checked against the records; nothing is written when one has a problem."""
    draw = [json.loads(ln) for ln in draw_path.read_text().splitlines() if ln.strip()]
    recs = read_lines({d["line"] for d in draw})
    rows = [{"kind": "about", "text": about}]
    bad = 0
    for d in draw:
        path = work_dir / f"{d['line']}.json"
        if not path.exists():
            print(f"missing work file {path}", file=sys.stderr)
            bad += 1
            continue
        content = recs[d["line"]]["content"]
        if text_hash(content) != d["hash"]:
            raise SystemExit(f"line {d['line']}: the record differs from the one drawn")
        row, errors = compile_article(json.loads(path.read_text(encoding="utf-8")), content, d["region_end"])
        for err in errors:
            print(f"{path.name}: {err}", file=sys.stderr)
        bad += bool(errors)
        rows.append(shape(d, row))
    if bad:
        print(f"{bad} article(s) with problems: nothing written", file=sys.stderr)
        return 1
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows) - 1} article(s) written to {out}")
    return 0


def partial_row(d: dict, segments: list, title: str | None = None, mentions: list | None = None,
                events: list | None = None) -> dict:
    """A gold row of a ruler annotated for some layers only (the dev-only events and junk
    golds): the layers not given are empty, the publication date unknown."""
    return {
        "kind": "article",
        **{k: d[k] for k in ("line", "source", "split", "stratum", "hash", "region_end")},
        "title_hash": None if title is None else text_hash(" ".join(title.split())),
        "published": [None],
        "segments": segments,
        "mentions": mentions or [],
        "neutral": [],
        "timexes": [],
        "events": events or [],
        "quotes": [],
    }


def _gold_row(d: dict, row: dict) -> dict:
    title = row.pop("title")
    return {
        "kind": "article",
        "line": d["line"],
        "source": d["source"],
        "split": d["split"],
        "stratum": d.get("stratum", "random"),
        "hash": d["hash"],
        "region_end": d["region_end"],
        "title_hash": None if title is None else text_hash(" ".join(title.split())),
        **row,
    }


def cmd_compile(work_dir: Path, draw_path: Path, out: Path) -> int:
    return compile_rows(work_dir, draw_path, out, ABOUT, _gold_row)


def _occ(content: str, s: int, e: int) -> dict[str, Any]:
    """A span as text plus the occurrence number that finds it again."""
    piece, k, i = content[s:e], 0, -1
    while i != s:
        i = content.find(piece, i + 1)
        k += 1
    return {"text": piece, "occ": k}


def cmd_export(gold_path: Path, out: Path) -> int:
    """Work files from the compiled gold (every span with its occurrence), to edit and recompile."""
    rows = [json.loads(ln) for ln in gold_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = [r for r in rows if r.get("kind") == "article"]
    recs = read_lines({r["line"] for r in rows})
    out.mkdir(parents=True, exist_ok=True)
    for r in rows:
        rec = recs[r["line"]]
        content = rec["content"]
        title = rec.get("title")
        same = r["title_hash"] is not None and text_hash(" ".join((title or "").split())) == r["title_hash"]
        lines: dict[str, str] = {"default": "body"}
        inline = []
        starts = [0] + [i + 1 for i, ch in enumerate(content) if ch == "\n"]
        for s, e, role in r["segments"]:
            n = next(k for k, st in enumerate(starts, 1) if st <= s and (k == len(starts) or s < starts[k]))
            line = content[starts[n - 1] :].split("\n", 1)[0]
            whole = content[s:e] == line.strip()
            if whole and role != "body":
                lines[str(n)] = role
            elif not whole:
                inline.append({**_occ(content, s, e), "role": role})
        work = {
            "line": r["line"],
            "title": title if same else None,
            "title_note": None if same or r["title_hash"] is None else "not the record title: write it",
            "published": r["published"],
            "lines": lines,
            "inline": inline,
            "mentions": [{**_occ(content, s, e), "type": t, "key": k} for s, e, t, k in r["mentions"]],
            "neutral": [_occ(content, s, e) for s, e in r["neutral"]],
            "timexes": [{**_occ(content, s, e), "type": t, "value": v} for s, e, t, v in r["timexes"]],
            "events": [
                {
                    "trigger": content[ev["trigger"][0] : ev["trigger"][1]],
                    "occ": _occ(content, *ev["trigger"])["occ"],
                    "type": ev["type"],
                    "participants": ev["participants"],
                    "place": ev["place"],
                    "date": ev["date"],
                    "status": ev["status"],
                }
                for ev in r["events"]
            ],
            "quotes": [
                {**_occ(content, s, e), "speaker": spk, "kind": kind} for s, e, spk, kind in r["quotes"]
            ],
        }
        (out / f"{r['line']}.json").write_text(
            json.dumps(work, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    print(f"{len(rows)} work file(s) in {out}")
    return 0


ABOUT = (
    "Real-text gold: SaudiNewsNet articles (../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, "
    "0-based line), drawn by benchmarks/realtext/draw.py and annotated by reading under "
    "docs/realtext-annotation.md. Offsets are code points into the record's `content`, up to "
    "region_end; no article text is stored (hash = sha1 of content, 12 hex; title_hash = the same of "
    "the headline with spaces squashed). segments: [start, end, "
    "role]; mentions: [start, end, type, entity key]; neutral: [start, end]; timexes: [start, end, "
    "type, accepted values]; events: trigger span, type, participant keys, place key, accepted "
    "dates, status; quotes: [start, end, speaker key or null, direct|indirect]."
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sheets")
    s.add_argument("draw", type=Path)
    s.add_argument("out", type=Path)
    c = sub.add_parser("check")
    c.add_argument("files", type=Path, nargs="+")
    c.add_argument("--draw", type=Path)
    k = sub.add_parser("compile")
    k.add_argument("work", type=Path)
    k.add_argument("--draw", type=Path, required=True)
    k.add_argument("--out", type=Path, required=True)
    x = sub.add_parser("export")
    x.add_argument("gold", type=Path)
    x.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "export":
        return cmd_export(args.gold, args.out)
    if args.cmd == "sheets":
        return cmd_sheets(args.draw, args.out)
    if args.cmd == "check":
        return cmd_check(args.files, args.draw)
    return cmd_compile(args.work, args.draw, args.out)


if __name__ == "__main__":
    sys.exit(main())
