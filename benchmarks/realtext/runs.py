"""How the real-text benchmark runs marsad: each gold article written in one input form and layout,
`marsad run` in a fresh process (as a user would), its articles read back and paired with the gold;
the 3,000-record story run and the seeds with their layout variants. Used by `__main__` (the
benchmark), its extra golds (`extra_golds`) and the floor tests."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.realtext import measure
from benchmarks.realtext.draw import SNN
from benchmarks.realtext.gold import GoldArticle, by_gold_line
from benchmarks.realtext.stories import FIRST, line_of

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
PERTURB = SHARED / "eval" / "perturb.py"
SEED_SCORER = SHARED / "eval" / "score.py"
LAYOUTS = ("orig", "flat", "wrap")
FORMS = ("record", "page")
SPLITS = ("test", "dev")
# Options passed to every `marsad run` of the benchmark (`--ner-model DIR`).
RUN_OPTIONS: list[str] = []
# Where `--timex-neighbours` keeps its runs (`errors KEEP/neighbours --gold timex-dev` lists them).
NEIGHBOURS = "neighbours"


def _perturb() -> Any:
    spec = importlib.util.spec_from_file_location("perturb", PERTURB)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def layout_text(text: str, layout: str) -> str:
    if layout == "orig":
        return text
    p = _perturb()
    return str(p.flat(text) if layout == "flat" else p.wrap(text, 70))


def run_marsad(inputs: list[Path], out: Path) -> None:
    cmd = [sys.executable, "-m", "marsad.cli.main", "run", *map(str, inputs), "--out", str(out), *RUN_OPTIONS]
    res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if res.returncode not in (0, 1) or not (out / "articles.jsonl").exists():
        raise SystemExit(f"marsad run failed ({res.returncode}):\n{res.stderr[-2000:]}")


def read_articles(out: Path) -> list[dict[str, Any]]:
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(ln) for ln in f if ln.strip()]


def run_form(gold: list[GoldArticle], form: str, layout: str, work: Path,
             beside: list[dict[str, Any]] | None = None) -> list[measure.Pair]:
    """marsad's output for each gold article in one input form and layout; `beside` (record
    form only): SaudiNewsNet records run after the gold's, never scored (`timex_neighbours`)."""
    src = work / f"{form}-{layout}"
    out = work / f"{form}-{layout}-out"
    src.mkdir(parents=True)
    shift: dict[int, int] = {}
    if form == "record":
        path = src / "records.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for g in gold:
                rec = dict(g.record, content=layout_text(g.content, layout))
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for rec in beside or ():
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        run_marsad([path], out)
        by_line = by_gold_line(read_articles(out), gold)
    else:
        for g in gold:
            head = (g.record.get("title") or "").strip()
            text = f"{head}\n\n{g.content}"
            shift[g.line] = len(head) + 2
            (src / f"{g.line}.txt").write_text(layout_text(text, layout), encoding="utf-8")
        run_marsad([src], out)
        by_line = {int(Path(a["path"]).stem): a for a in read_articles(out)}
    return [measure.Pair(g, by_line.get(g.line, {}), shift.get(g.line, 0)) for g in gold]


def stories_3k(work: Path) -> dict[int, str | None]:
    path = work / "first3000.jsonl"
    with gzip.open(SNN, "rt", encoding="utf-8") as f, path.open("w", encoding="utf-8") as o:
        for i, ln in enumerate(f):
            if i >= FIRST:
                break
            o.write(ln)
    out = work / "first3000-out"
    run_marsad([path], out)
    return {line_of(a["path"]): a.get("story") for a in read_articles(out)}


def seeds(work: Path) -> dict[str, dict[str, float]]:
    res = {}
    for layout in LAYOUTS:
        src = SHARED / "seeds"
        if layout != "orig":
            src = work / f"seeds-{layout}"
            subprocess.run(
                [sys.executable, str(PERTURB), layout, str(SHARED / "seeds"), str(src)],
                check=True,
                capture_output=True,
            )
        out = work / f"seeds-{layout}-out"
        run_marsad([src], out)
        got = subprocess.run(
            [sys.executable, str(SEED_SCORER), str(out), str(SHARED / "gold" / "seeds.gold.json"), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
        res[layout] = json.loads(got.stdout)
    return res
