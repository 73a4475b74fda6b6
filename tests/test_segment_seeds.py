"""The cleaning steps alone (segment, language, site_chrome) on the five seeds reach the
pinned floors of the cleaning measures, scored by ../shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD, ROOT, SCORER, SEEDS, need_shared

FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))
MEASURES = ["body_keep_recall", "junk_drop_rate", "title_accuracy"]


@pytest.fixture(scope="module")
def cleaning_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    need_shared("seeds")
    from marsad.cli.run import collect
    from marsad.pipeline import Pipeline
    from marsad.store.layout import write_layout

    out = tmp_path_factory.mktemp("seeds-cleaning")
    articles, _ = collect([str(SEEDS)])
    corpus, rejected = Pipeline.build(["segment", "language", "site_chrome"]).run(articles)
    assert not rejected, rejected
    write_layout(Path(out), corpus)
    res = subprocess.run([sys.executable, str(SCORER), str(out), str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


@pytest.mark.shared
@pytest.mark.parametrize("measure", MEASURES)
def test_cleaning_measure_reaches_its_floor(cleaning_scores: dict[str, float], measure: str) -> None:
    assert cleaning_scores["articles_missing"] == 0
    assert cleaning_scores[measure] >= FLOORS.get(measure, 1.0), (
        f"{measure} = {cleaning_scores[measure]:.3f}, below its floor {FLOORS.get(measure, 1.0)}")
