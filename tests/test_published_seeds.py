"""Seeds: the date stages alone (segment → published → timex) reach published_accuracy 1.0
and timex_accuracy >= 0.95 on ../shared/gold, scored by ../shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD, SCORER, SEEDS, need_shared

DATE_STEPS = ("segment", "language", "published", "timex")


@pytest.fixture(scope="module")
def date_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    need_shared("seeds")
    from marsad.cli.run import collect
    from marsad.pipeline import Pipeline
    from marsad.store.layout import write_layout

    out = tmp_path_factory.mktemp("dates-out")
    articles, _ = collect([str(SEEDS)])
    corpus, rejected = Pipeline.build(DATE_STEPS).run(articles)
    assert not rejected
    write_layout(Path(out), corpus)
    res = subprocess.run([sys.executable, str(SCORER), str(out), str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def test_seed_publication_dates_are_all_right(date_scores: dict[str, float]) -> None:
    assert date_scores["published_accuracy"] == 1.0


def test_seed_timexes_resolve(date_scores: dict[str, float]) -> None:
    assert date_scores["timex_accuracy"] >= 0.95
