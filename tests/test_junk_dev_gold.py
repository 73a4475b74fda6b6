"""The dev-only cleaning gold (`tests/data/realtext/junk_dev.jsonl`): it loads hash-checked
against ../shared, every junk span slices to clean text inside its region, its articles are
none of the other golds' (tests/test_realtext_draws.py: the draws reproduce them)."""

from __future__ import annotations

import json

import pytest
from benchmarks.realtext.draw import older_gold_lines
from benchmarks.realtext.events_dev import EVENTS_DEV
from benchmarks.realtext.gold import GOLD, GoldArticle, load
from benchmarks.realtext.junk_dev import (
    FRESH,
    FRESH2,
    FRESH2_CHARS,
    FRESH3,
    FRESH4,
    JUNK_DEV,
    MORE,
    STRATUM,
    WIDE,
    _spread,
    chrome_shaped,
)

from tests.conftest import need_shared

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def extra() -> list[GoldArticle]:
    need_shared("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    return load(JUNK_DEV)


def test_it_is_dev_only_and_holds_junk_and_titles(extra: list[GoldArticle]) -> None:
    assert len(extra) >= 80 and {g.split for g in extra} == {"dev"}
    assert {g.stratum for g in extra} == {
        STRATUM, f"{STRATUM}-shaped", WIDE, MORE, FRESH, FRESH2, FRESH3, FRESH4,
    }
    assert sum(len(g.junk_units) for g in extra) >= 50
    # a title is annotated wherever the record has one (an untitled page's headline is null)
    assert all(g.title_hash is not None for g in extra if (g.record.get("title") or "").strip())
    assert sum(g.title_hash is None for g in extra) <= 1
    assert not any(g.mentions or g.events or g.quotes or g.timexes for g in extra)


def test_every_segment_slices_to_clean_text_inside_its_region(extra: list[GoldArticle]) -> None:
    for g in extra:
        for s, e, role in g.segments:
            piece = g.content[s:e]
            assert 0 <= s < e <= g.region_end and piece.strip() == piece, (g.line, role, piece)


def test_no_article_of_another_gold(extra: list[GoldArticle]) -> None:
    others = set(older_gold_lines())
    for path in (GOLD, EVENTS_DEV):
        others |= {json.loads(ln).get("line") for ln in path.read_text(encoding="utf-8").splitlines()}
    assert not {g.line for g in extra} & others


def test_the_wide_more_and_fresh_strata_cover_every_outlet(extra: list[GoldArticle]) -> None:
    for stratum in (WIDE, MORE, FRESH, FRESH3):
        assert len({g.source for g in extra if g.stratum == stratum}) == 14, stratum
    # FRESH2 drew all 14; its one arreyadi article was withdrawn (draw_order.WITHDRAWN)
    assert len({g.source for g in extra if g.stratum == FRESH2}) == 13


def test_the_fresh2_regions_are_short_ones(extra: list[GoldArticle]) -> None:
    # about FRESH2_CHARS characters (to the first sentence or line end after), all of a shorter text
    fresh2 = [g for g in extra if g.stratum == FRESH2]
    assert len(fresh2) == 99  # 100 drawn, one withdrawn (draw_order.WITHDRAWN)
    assert all(g.region_end == len(g.content) or FRESH2_CHARS <= g.region_end < 2 * FRESH2_CHARS
               for g in fresh2)
    assert any(g.region_end < len(g.content) for g in fresh2)


def test_the_fresh3_stratum_is_a_hundred_short_regions_less_one_withdrawn(extra: list[GoldArticle]) -> None:
    fresh3 = [g for g in extra if g.stratum == FRESH3]
    assert len(fresh3) == 99  # 100 drawn, one withdrawn (draw_order.WITHDRAWN)
    assert all(g.region_end == len(g.content) or FRESH2_CHARS <= g.region_end < 2 * FRESH2_CHARS
               for g in fresh3)
    assert sum(len(g.junk_units) for g in fresh3) >= 25


def test_the_fresh4_stratum_is_a_hundred_short_regions_annotated_for_junk(extra: list[GoldArticle]) -> None:
    fresh4 = [g for g in extra if g.stratum == FRESH4]
    assert len(fresh4) == 100
    assert all(g.region_end == len(g.content) or FRESH2_CHARS <= g.region_end < 2 * FRESH2_CHARS
               for g in fresh4)
    assert len({g.source for g in fresh4}) == 14
    assert sum(len(g.junk_units) for g in fresh4) >= 25


def test_the_wide_draw_spreads_over_every_outlet_by_weight() -> None:
    spread = _spread({"big": 9.0, "mid": 3.0, "small": 0.1}, 10)
    assert sum(spread.values()) == 10 and min(spread.values()) == 1
    assert spread["big"] > spread["mid"] > spread["small"]


def test_a_page_is_chrome_shaped_by_a_short_first_or_last_line() -> None:
    long = " ".join(["كلمة"] * 12)
    assert chrome_shaped(f"عين اليوم – جدة\n{long}\n")
    assert chrome_shaped(f"{long}\n// انتهى //\n")
    assert not chrome_shaped(f"{long}\n{long}\n")
