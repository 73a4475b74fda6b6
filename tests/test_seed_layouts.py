"""The seeds in their layout variants (../shared/eval/perturb.py: `flat` = one line, `wrap` =
hard-wrapped at 70 columns, every offset kept) score like the original layout: every measure
within 0.02, the titles found, no article lost to `no_article_text`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from marsad.app import collect
from marsad.pipeline import DEFAULT_STEPS, Pipeline
from tests.conftest import SEEDS, need_shared, score_corpus

LAYOUTS = ("orig", "flat", "wrap")
TOLERANCE = 0.02


@pytest.fixture(scope="module")
def layout_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, float], list[str]]]:
    need_shared("seeds")
    perturb = need_shared("eval", "perturb.py")
    work = tmp_path_factory.mktemp("seed-layouts")
    out: dict[str, tuple[dict[str, float], list[str]]] = {}
    for layout in LAYOUTS:
        src = SEEDS
        if layout != "orig":
            src = work / f"{layout}-in"
            subprocess.run([sys.executable, str(perturb), layout, str(SEEDS), str(src)],
                           check=True, capture_output=True)
        articles, _ = collect([str(src)])
        corpus, rejected = Pipeline.build(DEFAULT_STEPS).run(articles)
        assert not rejected, rejected
        flagged = [Path(a.path).name for a in corpus.articles if "no_article_text" in a.flags]
        out[layout] = (score_corpus(corpus, work / f"{layout}-out"), flagged)
    return out


@pytest.mark.shared
@pytest.mark.parametrize("layout", ["flat", "wrap"])
def test_a_layout_variant_scores_like_the_original(
        layout_scores: dict[str, tuple[dict[str, float], list[str]]], layout: str) -> None:
    orig, _ = layout_scores["orig"]
    got, flagged = layout_scores[layout]
    assert not flagged, f"{layout}: articles lost to no_article_text: {flagged}"
    assert got["title_accuracy"] >= 0.8
    far = {k: (orig[k], v) for k, v in got.items()
           if isinstance(v, float) and k != "corpus_events" and abs(v - orig[k]) > TOLERANCE}
    assert not far, f"{layout}: measures more than {TOLERANCE} from the original layout: {far}"

