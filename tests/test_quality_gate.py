"""Quality gate: the pipeline on the five seeds, scored by ../shared/eval/score.py,
must reach every floor pinned in quality_floors.json (floors are only ever raised)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD, ROOT, SCORER, SEEDS, need_shared

FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    need_shared("seeds")
    out = tmp_path_factory.mktemp("seeds-out")
    from marsad.cli.run import collect
    from marsad.pipeline import Pipeline
    from marsad.store.layout import write_layout

    articles, _ = collect([str(SEEDS)])
    corpus, rejected = Pipeline.build().run(articles)
    assert not rejected, rejected
    write_layout(Path(out), corpus)
    res = subprocess.run([sys.executable, str(SCORER), str(out), str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


@pytest.mark.shared
@pytest.mark.parametrize("measure", [k for k in FLOORS if not k.startswith("_")])
def test_seed_measure_reaches_its_floor(seed_scores: dict[str, float], measure: str) -> None:
    assert seed_scores[measure] >= FLOORS[measure], (
        f"{measure} = {seed_scores[measure]:.3f}, below its pinned floor {FLOORS[measure]}"
    )
