"""Which records of a `marsad run` are fresh text: in no real-text gold and in no pending draw.

A fresh-text reading (`fresh_sample`) measures what a user sees on text nobody tuned on, so its
pool leaves out every record a gold holds, computed from the gold files themselves: every row
with a `line` in tests/data/realtext/*.jsonl (and `draw_order.DEV_GOLDS`, the older golds of
`draw.OLDER_GOLDS` and the lines `draw_order.WITHDRAWN`), and every record whose text is that of a
gold row (its `hash`: one page under two lines). The readings file itself is no gold.

A stratum registered in `draw_order.ROUNDS` whose gold rows are not in the files yet is being
annotated blind: its lines are not in any gold file, so the pool cannot leave them out alone.
`pending` names such strata; the sample refuses to run unless their draws' lines are given
(`skip_lines`: a file of line numbers, one a line, or of draw rows with `line` and `stratum`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.realtext.draw import older_gold_lines, text_hash
from benchmarks.realtext.draw_order import DEV_GOLDS, REALTEXT, ROUNDS, WITHDRAWN
from benchmarks.realtext.fresh_readings import READINGS


@dataclass(frozen=True)
class Golds:
    """What the golds hold: their lines, their texts' hashes and the strata their rows name."""

    lines: frozenset[int]
    hashes: frozenset[str]
    strata: frozenset[str]


@dataclass(frozen=True)
class Skip:
    """Lines given to leave out (`--skip-lines`), and the strata their draw rows name."""

    lines: frozenset[int]
    strata: frozenset[str]
    plain: bool  # a file of bare line numbers (it names no stratum)


def gold_files(realtext: Path = REALTEXT) -> list[Path]:
    """Every gold file: tests/data/realtext/*.jsonl and `DEV_GOLDS`, less the readings file."""
    files = set(realtext.glob("*.jsonl")) | {p for p in DEV_GOLDS if p.exists()}
    return sorted(p for p in files if p.name != READINGS.name)


def load_golds(files: Iterable[Path] | None = None) -> Golds:
    """The lines, hashes and strata of the gold rows of `files` (default `gold_files()`), with the
    older golds' lines and the withdrawn lines."""
    lines = set(older_gold_lines()) | set(WITHDRAWN)
    hashes: set[str] = set()
    strata: set[str] = set()
    for path in gold_files() if files is None else files:
        for ln in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(ln)
            if "line" not in row:
                continue
            lines.add(int(row["line"]))
            if row.get("hash"):
                hashes.add(str(row["hash"]))
            if row.get("stratum"):
                strata.add(str(row["stratum"]))
    return Golds(frozenset(lines), frozenset(hashes), frozenset(strata))


def pending(golds: Golds, rounds: Sequence[Sequence[str]] = ROUNDS) -> list[str]:
    """Strata registered for a draw whose gold rows are absent (being annotated blind)."""
    return [s for strata in rounds for s in strata if s not in golds.strata]


def read_skip(paths: Sequence[Path]) -> Skip:
    """The lines of `paths`: bare numbers one a line, or JSON rows with `line` (and `stratum`)."""
    lines: set[int] = set()
    strata: set[str] = set()
    plain = False
    for path in paths:
        for ln in path.read_text(encoding="utf-8").split("\n"):
            ln = ln.strip()
            if not ln:
                continue
            if ln.startswith("{"):
                row = json.loads(ln)
                lines.add(int(row["line"]))
                if row.get("stratum"):
                    strata.add(str(row["stratum"]))
            else:
                lines.update(int(x) for x in ln.split())
                plain = True
    return Skip(frozenset(lines), frozenset(strata), plain)


def uncovered(waiting: Sequence[str], skip: Skip) -> list[str]:
    """The pending strata `skip` does not cover: none when it is a plain list of lines (taken as
    the draws' lines), else those its draw rows do not name."""
    if skip.plain:
        return []
    return [s for s in waiting if s not in skip.strata]


def read_records(path: Path) -> list[dict]:
    """The records of a JSON-lines file, gzipped or not, in line order."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(ln) for ln in f]


def fresh_lines(records: Sequence[dict], golds: Golds, skip: Iterable[int] = ()) -> set[int]:
    """Lines of `records` with text that no gold holds (by line or by text) and not in `skip`."""
    left_out = golds.lines | set(skip)
    return {
        i
        for i, r in enumerate(records)
        if i not in left_out and (r.get("content") or "").strip()
        and text_hash(r["content"]) not in golds.hashes
    }


def record_line(path: str) -> int | None:
    """The record line of an article path `FILE#N` (None when it has none)."""
    _, sep, tail = path.rpartition("#")
    return int(tail) if sep and tail.isdigit() else None


@dataclass(frozen=True)
class Article:
    """One article of the run on a fresh line, its text that of the record there."""

    line: int
    hash: str
    data: dict  # the article's row of the run's articles.jsonl


def fresh_articles(run: Path, records: Sequence[dict], fresh: set[int]) -> Iterator[Article]:
    """The run's articles on fresh lines whose text is the record's content (offsets into the
    content are offsets into the text), in line order."""
    found: list[Article] = []
    with (run / "articles.jsonl").open(encoding="utf-8") as f:
        for ln in f:
            data = json.loads(ln)
            line = record_line(str(data.get("path") or ""))
            if line is None or line not in fresh or line >= len(records):
                continue
            content = records[line]["content"]
            if data.get("text") != content:
                continue
            found.append(Article(line, text_hash(content), data))
    yield from sorted(found, key=lambda a: a.line)
