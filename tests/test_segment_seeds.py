"""The cleaning steps alone (segment, language, site_chrome) on the five seeds reach the
pinned floors of the cleaning measures, scored by ../shared/eval/score.py."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, score_seed_steps

FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))["seeds"]
MEASURES = ["body_keep_recall", "junk_drop_rate", "title_accuracy"]


@pytest.fixture(scope="module")
def cleaning_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    steps = ["segment", "language", "site_chrome"]
    return score_seed_steps(steps, tmp_path_factory.mktemp("seeds-cleaning"))


@pytest.mark.shared
@pytest.mark.parametrize("measure", MEASURES)
def test_cleaning_measure_reaches_its_floor(cleaning_scores: dict[str, float], measure: str) -> None:
    assert cleaning_scores["articles_missing"] == 0
    assert cleaning_scores[measure] >= FLOORS.get(measure, 1.0), (
        f"{measure} = {cleaning_scores[measure]:.3f}, below its floor {FLOORS.get(measure, 1.0)}")
