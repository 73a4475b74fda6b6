"""Quality gate: the pipeline on the five seeds, scored by ../shared/eval/score.py,
must reach every floor pinned in quality_floors.json (floors are only ever raised)."""

from __future__ import annotations

import json

import pytest

from marsad.pipeline import DEFAULT_STEPS
from tests.conftest import ROOT, score_seed_steps

FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))["seeds"]


@pytest.fixture(scope="session")
def seed_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score_seed_steps(DEFAULT_STEPS, tmp_path_factory.mktemp("seeds-out"))


@pytest.mark.shared
@pytest.mark.parametrize("measure", [k for k in FLOORS if not k.startswith("_")])
def test_seed_measure_reaches_its_floor(seed_scores: dict[str, float], measure: str) -> None:
    assert seed_scores[measure] >= FLOORS[measure], (
        f"{measure} = {seed_scores[measure]:.3f}, below its pinned floor {FLOORS[measure]}"
    )
