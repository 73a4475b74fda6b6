"""Seeds: the date stages alone (segment → published → timex) reach published_accuracy 1.0
and timex_accuracy >= 0.95 on ../shared/gold, scored by ../shared/eval/score.py."""

from __future__ import annotations

import pytest

from tests.conftest import score_seed_steps

DATE_STEPS = ("segment", "language", "published", "timex")


@pytest.fixture(scope="module")
def date_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score_seed_steps(DATE_STEPS, tmp_path_factory.mktemp("dates-out"))


def test_seed_publication_dates_are_all_right(date_scores: dict[str, float]) -> None:
    assert date_scores["published_accuracy"] == 1.0


def test_seed_timexes_resolve(date_scores: dict[str, float]) -> None:
    assert date_scores["timex_accuracy"] >= 0.95
