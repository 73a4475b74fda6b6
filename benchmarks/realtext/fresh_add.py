"""`fresh_sample add ROWS`: check a reader's filled rows and append them to the fresh readings.

    python3 -m benchmarks.realtext.fresh_sample add ROWS.jsonl [--file READINGS] [--records R]

Every row must be a reading row in the committed format (fields of `FIELDS`), its verdict in
`fresh_readings.VERDICTS` and its class filled, `after` null or in `fresh_readings.AFTERS`, its
hash that of the record at its line (RECORDS, default SaudiNewsNet under ../shared), its offsets
inside the record's content around some text, or both null in a recall reading (named
events-recall… or quotes-recall…: an item marsad missed), no Arabic letter in any field, and no
row twice (`row_key`, in ROWS or already in the file). Any fault appends nothing: the faults are
printed, one a line, and the exit status is 1. Good rows are appended (optional fields left null
dropped) and each reading they belong to is printed (`fresh_readings.report`).

With `--after`, ROWS are committed rows (as `fresh_sample again` writes them) whose `after` is
filled: each must be in the file with its verdict, class and hash unchanged; their `after` is set
there in place, nothing appended.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.realtext.draw import SNN, read_lines, text_hash
from benchmarks.realtext.fresh_pool import read_records
from benchmarks.realtext.fresh_readings import AFTERS, READINGS, VERDICTS, load, report
from benchmarks.realtext.fresh_sample import _fail, _Parser

FIELDS = frozenset({"kind", "reading", "line", "hash", "start", "end", "verdict", "class", "after",
                    "type", "scored", "exact"})
OPTIONAL = ("type", "scored", "exact")  # dropped when left null
RECALL_PREFIXES = ("events-recall", "quotes-recall")
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def row_key(row: dict) -> tuple:
    """What makes a row one item: reading, line, offsets and type (two events of one span may differ
    by type); for a missed item (null offsets) its class too (one article may have several)."""
    key = (row.get("reading"), row.get("line"), row.get("start"), row.get("end"), row.get("type"))
    return (*key, row.get("class")) if row.get("start") is None else key


def strings_in(value: object) -> list[str]:
    """Every string a row holds, keys and values, at any depth (to check it for article text)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings_in(k) + strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def _offsets(row: dict, content: str) -> str | None:
    start, end = row.get("start"), row.get("end")
    if start is None and end is None:
        if str(row["reading"]).startswith(RECALL_PREFIXES):
            return None
        return "null offsets outside a recall reading"
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(content)):
        return f"offsets {start}:{end} not inside the content ({len(content)} characters)"
    if not content[start:end].strip():
        return f"offsets {start}:{end} hold no text"
    return None


def faults(row: object, contents: dict[int, str]) -> list[str]:
    """What is wrong with one filled row (empty: nothing), given the records' contents by line."""
    if not isinstance(row, dict):
        return ["not a JSON object"]
    out = [f"unknown field {k!r}" for k in sorted(set(row) - FIELDS)]
    if row.get("kind") != "reading":
        out.append("kind is not 'reading'")
    if not isinstance(row.get("reading"), str) or not row.get("reading"):
        out.append("no reading name")
    if row.get("verdict") not in VERDICTS:
        out.append(f"verdict {row.get('verdict')!r} not one of {', '.join(sorted(VERDICTS))}")
    if not isinstance(row.get("class"), str) or not row["class"].strip():
        out.append("class not filled")
    if row.get("after") is not None and row["after"] not in AFTERS:
        out.append(f"after {row['after']!r} not one of {', '.join(sorted(AFTERS))}")
    if row.get("scored") not in (None, "right", "wrong"):
        out.append(f"scored {row['scored']!r} not right or wrong")
    if row.get("exact") is not None and not isinstance(row["exact"], bool):
        out.append(f"exact {row['exact']!r} not true or false")
    if [s for s in strings_in(row) if ARABIC.search(s)]:
        out.append("Arabic letters in a field: rows hold no article text")
    line = row.get("line")
    if not isinstance(line, int) or line < 0:
        return [*out, f"line {line!r} not a record line"]
    if line not in contents:
        return [*out, f"no record at line {line}"]
    content = contents[line]
    if row.get("hash") != text_hash(content):
        out.append(f"hash {row.get('hash')!r} is not the record's ({text_hash(content)})")
    if "reading" in row and isinstance(row["reading"], str):
        fault = _offsets(row, content)
        if fault:
            out.append(fault)
    return out


def check(rows: Sequence[object], contents: dict[int, str], existing: set[tuple]) -> list[str]:
    """Every fault of `rows` as 'row k: why' (k from 1), duplicates included."""
    out: list[str] = []
    seen = set(existing)
    for k, row in enumerate(rows, 1):
        out += [f"row {k}: {why}" for why in faults(row, contents)]
        if isinstance(row, dict):
            key = row_key(row)
            if key in seen:
                out.append(f"row {k}: a row for this item is already there")
            seen.add(key)
    return out


def after_faults(rows: Sequence[object], committed: Sequence[dict]) -> list[str]:
    """What keeps `rows` from setting `after` on the committed rows: each must be a committed row
    (by `row_key`, with its verdict and class unchanged) with `after` filled from AFTERS."""
    there = {row_key(r): r for r in committed}
    out: list[str] = []
    for k, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            out.append(f"row {k}: not a JSON object")
            continue
        old = there.get(row_key(row))
        if old is None:
            out.append(f"row {k}: no such row in the readings file")
        elif any(old.get(f) != row.get(f) for f in ("verdict", "class", "hash")):
            out.append(f"row {k}: verdict, class or hash differ from the committed row")
        if row.get("after") not in AFTERS:
            out.append(f"row {k}: after {row.get('after')!r} not one of {', '.join(sorted(AFTERS))}")
        if [s for s in strings_in(row) if ARABIC.search(s)]:
            out.append(f"row {k}: Arabic letters in a field: rows hold no article text")
    return out


def set_after(path: Path, rows: Sequence[dict]) -> list[str]:
    """Set `after` of the rows of `path` that `rows` name; the reading names touched."""
    after = {row_key(r): r["after"] for r in rows}
    lines = path.read_text(encoding="utf-8").splitlines()
    out = lines[:1]
    for ln in lines[1:]:
        row = json.loads(ln) if ln.strip() else None
        if row is not None and row_key(row) in after:
            row["after"] = after[row_key(row)]
            ln = json.dumps(row)
        out.append(ln)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return list(dict.fromkeys(str(r["reading"]) for r in rows))


def _report(path: Path, names: Sequence[str]) -> None:
    _, loaded = load(path)
    for name in names:
        for line in report(name, [r for r in loaded if r.reading == name]):
            print(line)


def _contents(lines: set[int], records: Path | None) -> dict[int, str]:
    if records is None:
        found = read_lines(lines)
    else:
        found = {i: r for i, r in enumerate(read_records(records)) if i in lines}
    return {i: str(r.get("content") or "") for i, r in found.items()}


def main_add(argv: Sequence[str]) -> int:
    ap = _Parser(prog="fresh_sample add", description="check filled rows and append them")
    ap.add_argument("rows", type=Path)
    ap.add_argument("--file", type=Path, default=READINGS)
    ap.add_argument("--records", type=Path, help="the records (default SaudiNewsNet under ../shared)")
    ap.add_argument("--after", action="store_true", help="set `after` on rows already in the file")
    args = ap.parse_args(argv)
    for path in (args.rows, args.file, *([] if args.after else [args.records or SNN])):
        if not path.is_file():
            return _fail(f"no file at {path}")
    try:
        rows = [json.loads(ln) for ln in args.rows.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except json.JSONDecodeError as e:
        return _fail(f"{args.rows}: not JSON lines ({e})")
    if not rows:
        return _fail(f"{args.rows} holds no rows")
    existing = [json.loads(ln) for ln in args.file.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    if args.after:
        problems = after_faults(rows, existing)
        for problem in problems:
            print(f"{args.rows}: {problem}", file=sys.stderr)
        if problems:
            return 1
        _report(args.file, set_after(args.file, rows))
        return 0
    lines = {r["line"] for r in rows if isinstance(r, dict) and isinstance(r.get("line"), int)}
    problems = check(rows, _contents(lines, args.records), {row_key(r) for r in existing})
    if problems:
        for problem in problems:
            print(f"{args.rows}: {problem}", file=sys.stderr)
        return 1
    kept = [{k: v for k, v in r.items() if not (k in OPTIONAL and v is None)} for r in rows]
    ends = args.file.read_text(encoding="utf-8").endswith("\n")
    with args.file.open("a", encoding="utf-8") as f:
        f.write("" if ends else "\n")
        f.writelines(json.dumps(r) + "\n" for r in kept)
    _report(args.file, list(dict.fromkeys(str(r["reading"]) for r in kept)))
    return 0
