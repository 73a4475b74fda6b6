"""Annotating the real-text gold: worksheets, a checker, and the compiler to offsets.

    python3 -m benchmarks.realtext.annotate sheets DRAW.jsonl DIR   # a worksheet per article
    python3 -m benchmarks.realtext.annotate check FILE.json...     # resolve and show every span
    python3 -m benchmarks.realtext.annotate compile DIR --draw DRAW.jsonl --out GOLD.jsonl
    python3 -m benchmarks.realtext.annotate export GOLD.jsonl DIR  # gold back to work files

A work file (one per article, the annotator's own words, kept outside the repository) names
spans by their text, in the order they occur; the compiler finds each one after the previous
one of its list, preferring whole words (a proclitic و ف ب ل ك before the span is allowed),
and the gold stores only offsets, labels and keys: no article text. The rules are in
`docs/realtext-annotation.md`; the format is `WorkFile` below.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.realtext.draw import read_lines, text_hash

ROLES = ("body", "title", "caption")
JUNK_KINDS = (
    "byline",
    "dateline",
    "share",
    "tags",
    "related",
    "footer",
    "chrome",
    "ad",
    "embed",
    "meta",
    "source",
    "signature",
)
TYPES = ("PER", "ORG", "LOC", "MISC")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
EVENT_TYPES = ("VISIT", "MEET", "CALL", "AGREE", "EXERCISE")
STATUSES = ("happened", "planned", "expected", "ongoing", "denied", "hypothetical")
KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")
DATE_VALUE = re.compile(
    r"^(\d{4}|\d{3}X?|\d{2}XX|XXXX)(-(\d{2}|W\d{2}|WXX|XX|Q\d|SU|SP|FA|WI|H\d))?"
    r"(-(\d{2}|\d|WE|XX))?(T[\d:]+|T(MO|AF|EV|NI|DT))?$|^PRESENT_REF$|^PAST_REF$|^FUTURE_REF$|"
    r"^R?P[\dX]*[\dYMWDTHSE.X]*$|^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$"
)
AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\w]")
PROCLITICS = "وفبلك"


class WorkFileError(ValueError):
    pass


def _is_letter(ch: str) -> bool:
    return bool(AR_LETTER.match(ch))


def find_span(text: str, needle: str, start: int, stop: int) -> int:
    """Start of `needle` in text[start:stop], a whole word first (proclitics allowed), else -1."""
    first = -1
    i = text.find(needle, start, stop)
    while i != -1:
        if first == -1:
            first = i
        b = i
        while b > 0 and i - b < 2 and text[b - 1] in PROCLITICS:
            b -= 1
        left_ok = i == 0 or not _is_letter(text[i - 1]) or (b < i and (b == 0 or not _is_letter(text[b - 1])))
        j = i + len(needle)
        right_ok = j >= len(text) or not _is_letter(text[j]) or not _is_letter(needle[-1])
        if left_ok and right_ok:
            return i
        i = text.find(needle, i + 1, stop)
    return first


def _ordered(
    content: str, items: list[Any], what: str, end: int, errors: list[str], overlap: bool = False
) -> list[int]:
    """Offsets of each item's text, each found after the previous one (or at its `occ`).

    Spans of one list do not overlap, so the search goes on after the previous span's end;
    with `overlap` (event triggers) it goes on after its start."""
    starts: list[int] = []
    cursor = 0
    for n, item in enumerate(items):
        needle = item["text"]
        if not needle or needle != needle.strip():
            errors.append(f"{what} #{n + 1}: empty or padded text {needle!r}")
            starts.append(-1)
            continue
        if "occ" in item:
            pos, k = -1, 0
            while k < int(item["occ"]):
                pos = content.find(needle, pos + 1, end)
                if pos == -1:
                    break
                k += 1
        else:
            pos = find_span(content, needle, cursor, end)
        if pos == -1:
            errors.append(f"{what} #{n + 1}: {needle!r} not found after offset {cursor} (before {end})")
            starts.append(-1)
            continue
        starts.append(pos)
        cursor = pos + 1 if overlap else pos + len(needle)
    return starts


def _norm_item(raw: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    if isinstance(raw, list):
        return dict(zip(fields, raw, strict=False))
    return dict(raw)


def _value_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else [v]


def compile_article(work: dict[str, Any], content: str, end: int) -> tuple[dict[str, Any], list[str]]:
    """The gold row of one work file (offsets into `content`), and the problems found."""
    errors: list[str] = []
    row: dict[str, Any] = {"title": work.get("title"), "published": _value_list(work.get("published"))}
    # line roles
    lines = work.get("lines", {})
    default = lines.get("default")
    segs: list[list[Any]] = []
    pos = 0
    for n, line in enumerate(content.split("\n"), 1):
        s, e = pos, pos + len(line)
        pos = e + 1
        if s >= end or not line.strip():
            continue
        role = lines.get(str(n), default)
        if role is None:
            errors.append(f"line {n}: no role (and no default): {line[:40]!r}")
            continue
        if role not in ROLES and not (role.startswith("junk:") and role[5:] in JUNK_KINDS):
            errors.append(f"line {n}: unknown role {role!r}")
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        segs.append([s + lead, min(s + trail, end), role])
    inline = [_norm_item(x, ("text", "role")) for x in work.get("inline", [])]
    for x, st in zip(inline, _ordered(content, inline, "inline", end, errors), strict=True):
        if st >= 0:
            if not (x["role"].startswith("junk:") and x["role"][5:] in JUNK_KINDS) and x["role"] not in ROLES:
                errors.append(f"inline {x['text'][:30]!r}: unknown role {x['role']!r}")
            segs.append([st, st + len(x["text"]), x["role"]])
    row["segments"] = sorted(segs)
    # mentions
    ments = [_norm_item(x, ("text", "type", "key")) for x in work.get("mentions", [])]
    row["mentions"] = []
    for m, st in zip(ments, _ordered(content, ments, "mention", end, errors), strict=True):
        if m.get("type") not in TYPES:
            errors.append(f"mention {m['text']!r}: type {m.get('type')!r} not in {TYPES}")
        if not KEY.match(str(m.get("key", ""))):
            errors.append(f"mention {m['text']!r}: key {m.get('key')!r} is not a lower-case slug")
        if st >= 0:
            row["mentions"].append([st, st + len(m["text"]), m["type"], m["key"]])
    neutral = [
        _norm_item(x, ("text",)) if not isinstance(x, str) else {"text": x} for x in work.get("neutral", [])
    ]
    row["neutral"] = [
        [st, st + len(x["text"])]
        for x, st in zip(neutral, _ordered(content, neutral, "neutral", end, errors), strict=True)
        if st >= 0
    ]
    # timexes
    tx = [_norm_item(x, ("text", "type", "value")) for x in work.get("timexes", [])]
    row["timexes"] = []
    for t, st in zip(tx, _ordered(content, tx, "timex", end, errors), strict=True):
        if t.get("type") not in TIMEX_TYPES:
            errors.append(f"timex {t['text']!r}: type {t.get('type')!r}")
        for v in _value_list(t.get("value")):
            if v is not None and not DATE_VALUE.match(str(v)):
                errors.append(f"timex {t['text']!r}: value {v!r} is not a TIMEX3 value")
        if st >= 0:
            row["timexes"].append([st, st + len(t["text"]), t["type"], _value_list(t.get("value"))])
    keys = {m[3] for m in row["mentions"]}
    # events
    evs = [dict(x) for x in work.get("events", [])]
    trig = [{"text": e.get("trigger", ""), **({"occ": e["occ"]} if "occ" in e else {})} for e in evs]
    row["events"] = []
    for e, st in zip(evs, _ordered(content, trig, "event trigger", end, errors, overlap=True), strict=True):
        if e.get("type") not in EVENT_TYPES:
            errors.append(f"event {e.get('trigger')!r}: type {e.get('type')!r}")
        if e.get("status", "happened") not in STATUSES:
            errors.append(f"event {e.get('trigger')!r}: status {e.get('status')!r}")
        for k in [*e.get("participants", []), *([e["place"]] if e.get("place") else [])]:
            if k not in keys:
                errors.append(f"event {e.get('trigger')!r}: key {k!r} names no mention of this article")
        if st >= 0:
            row["events"].append(
                {
                    "trigger": [st, st + len(e["trigger"])],
                    "type": e.get("type"),
                    "participants": sorted(e.get("participants", [])),
                    "place": e.get("place"),
                    "date": _value_list(e.get("date")),
                    "status": e.get("status", "happened"),
                }
            )
    # quotes
    qs = [dict(x) for x in work.get("quotes", [])]
    row["quotes"] = []
    for q, st in zip(qs, _ordered(content, qs, "quote", end, errors), strict=True):
        if q.get("speaker") is not None and q["speaker"] not in keys:
            errors.append(f"quote {q['text'][:30]!r}: speaker {q['speaker']!r} names no mention here")
        if q.get("kind", "direct") not in ("direct", "indirect"):
            errors.append(f"quote {q['text'][:30]!r}: kind {q.get('kind')!r}")
        if st >= 0:
            row["quotes"].append([st, st + len(q["text"]), q.get("speaker"), q.get("kind", "direct")])
    return row, errors


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
