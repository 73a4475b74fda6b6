"""Resolution on the seeds with the gold mentions injected, and the pair scorer on held-out
name pairs derived from ../shared/data/names."""

from __future__ import annotations

import pytest
from rapidfuzz.distance import Levenshtein

from tests.conftest import need_shared


@pytest.mark.shared
def test_seed_resolution_on_gold_mentions() -> None:
    need_shared("seeds")
    need_shared("gold", "seeds.gold.json")
    from benchmarks.resolve_gold import score_gold

    s = score_gold()
    assert s["entity_resolution_precision"] >= 0.98
    assert s["entity_resolution_f1"] >= 0.95


@pytest.mark.shared
def test_learned_scorer_beats_plain_edit_distance_on_held_out_pairs() -> None:
    path = need_shared("data", "names", "wikidata_en_ar_tokens.tsv")
    from marsad.resolve.pairs import derive_pairs
    from marsad.resolve.variants import THRESHOLD, similarity

    pairs = derive_pairs(path)
    assert sum(y for _, _, y in pairs) >= 200

    def f1(score) -> float:  # type: ignore[no-untyped-def]
        tp = sum(1 for a, b, y in pairs if y and score(a, b) >= THRESHOLD)
        fp = sum(1 for a, b, y in pairs if not y and score(a, b) >= THRESHOLD)
        fn = sum(1 for a, b, y in pairs if y and score(a, b) < THRESHOLD)
        return 2 * tp / max(2 * tp + fp + fn, 1)

    assert f1(similarity) > f1(Levenshtein.normalized_similarity) + 0.1
