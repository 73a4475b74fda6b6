"""Shared fixtures: where ../shared is, and a skip when it is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from marsad.app import collect
from marsad.exporting import write_layout
from marsad.model import Corpus
from marsad.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"
SCORER = SHARED / "eval" / "score.py"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test saying what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: these tests need ../shared beside the checkout")
    return p


def score_corpus(corpus: Corpus, out: Path) -> dict[str, float]:
    """Write the output layout of `corpus` into `out` and score it with the seed scorer."""
    write_layout(out, corpus)
    res = subprocess.run([sys.executable, str(SCORER), str(out), str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    scores: dict[str, float] = json.loads(res.stdout)
    return scores


def score_seed_steps(steps: Iterable[str], out: Path) -> dict[str, float]:
    """Run these pipeline steps over the five seeds (none may be rejected) and score them."""
    need_shared("seeds")
    articles, _ = collect([str(SEEDS)])
    corpus, rejected = Pipeline.build(steps).run(articles)
    assert not rejected, rejected
    return score_corpus(corpus, out)


def database_at(db: Path, below: int) -> None:
    """Write at `db` a database migrated only up to (not including) schema version `below`,
    as an older marsad left it."""
    import sqlite3

    from marsad.store.sqlite import migrations

    old = sqlite3.connect(db)
    old.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")
    for version, sql in migrations():
        if version < below:
            old.executescript(sql)
            old.execute("INSERT INTO schema_version VALUES (?, 'then')", (version,))
    old.commit()
    old.close()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, then examples/corpus, run into one folder (shared by the readers' and the
    export tests)."""
    from typer.testing import CliRunner

    from marsad.cli.main import app

    need_shared("seeds")
    out = tmp_path_factory.mktemp("readers") / "out"
    for src in (SEEDS, ROOT / "examples" / "corpus"):
        res = CliRunner().invoke(app, ["run", str(src), "--out", str(out)])
        assert res.exit_code == 0, res.output
    return out


def perturbed(text: str, layout: str) -> str:
    """The text as it is (`orig`), on one line (`flat`), or hard-wrapped at the first space
    past 70 columns (`wrap`), as ../shared/eval/perturb.py writes them."""
    if layout == "orig":
        return text
    flat = text.replace("\n", " ")
    if layout == "flat":
        return flat
    chars, last = list(flat), 0
    for i, c in enumerate(chars):
        if c == " " and i - last >= 70:
            chars[i], last = "\n", i
    return "".join(chars)
