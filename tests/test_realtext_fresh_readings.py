"""The fresh-text readings of every round: well-formed rows holding no article text, each tied by hash to
its SaudiNewsNet record, and the figures the README reports printed back from them."""

from __future__ import annotations

import json
import re

import pytest
from benchmarks.realtext import fresh_readings
from benchmarks.realtext.draw import read_lines, text_hash
from benchmarks.realtext.fresh_add import RECALL_PREFIXES, row_key, strings_in
from benchmarks.realtext.fresh_readings import READINGS, load, main, wilson

from tests.conftest import need_shared

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
FIELDS = {"kind", "reading", "line", "hash", "start", "end", "verdict", "class", "after", "type",
          "scored", "exact"}


def test_every_row_is_well_formed_and_holds_no_arabic() -> None:
    raw = [json.loads(ln) for ln in READINGS.read_text(encoding="utf-8").splitlines()]
    assert raw[0]["kind"] == "about" and "no article text" in raw[0]["text"]
    for r in raw[1:]:
        assert set(r) <= FIELDS and r["kind"] == "reading", r
        assert re.fullmatch(r"[0-9a-f]{12}", r["hash"]) and 0 <= r["line"] < 3000, r
        offsets = (r["start"], r["end"])
        assert offsets == (None, None) and r["reading"].startswith(RECALL_PREFIXES) \
            or 0 <= r["start"] < r["end"], r
        assert r["verdict"] in fresh_readings.VERDICTS and r["class"], r
        assert r.get("after") is None or r["after"] in fresh_readings.AFTERS, r
    for r in raw:
        assert not [s for s in strings_in(r) if ARABIC.search(s)], r
    _, rows = load()
    assert len(rows) == len(raw) - 1
    assert len({row_key(r) for r in raw[1:]}) == len(rows)


def test_recall_readings_of_events_and_quotations_may_hold_missed_items() -> None:
    assert "events-recall-seed35".startswith(RECALL_PREFIXES)
    assert "quotes-recall-seed38".startswith(RECALL_PREFIXES)
    assert not "quotes-seed38".startswith(RECALL_PREFIXES)


def test_arabic_check_catches_article_text() -> None:
    assert ARABIC.search("class: وقال")
    assert not ARABIC.search("not a quotation: perceiving verb")


@pytest.mark.shared
def test_each_hash_matches_the_record_at_its_line() -> None:
    need_shared("data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    _, rows = load()
    records = read_lines({r.line for r in rows})
    for r in rows:
        content = records[r.line]["content"]
        assert text_hash(content) == r.hash, r
        if r.start is not None and r.end is not None:
            assert r.end <= len(content) and content[r.start:r.end].strip(), r


def test_wilson_interval_on_a_known_case() -> None:
    low, high = wilson(23, 60)
    assert (round(low, 3), round(high, 3)) == (0.287, 0.489)
    low, high = wilson(0, 10)
    assert low == 0.0 and 0.2 < high < 0.22
    assert wilson(0, 0) == (0.0, 1.0)


def test_printed_figures_of_the_events_reading(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "events-strict-seed35: n 60, judged 60, right 23: 23 / 60 = 0.383 [0.287, 0.489]" in out
    assert "after: 26 / 52 = 0.500 [0.389, 0.611] (gone 8)" in out
    assert "as scored: 36 / 60 = 0.600 [0.494, 0.698]" in out
    assert "speakers-seed35: n 60, judged 54, right 46: 46 / 54 = 0.852 [0.756, 0.914]" in out
    assert "events-recall-seed35: n 12, judged 12, right 8: 8 / 12 = 0.667 [0.431, 0.841]" in out
    assert "dates-seed35: n 80, judged 80, right 70: 70 / 80 = 0.875 [0.802, 0.924]" in out
    # round 36 (seed 36, on 6f80dcd)
    assert "events-strict-seed36: n 60, judged 60, right 24: 24 / 60 = 0.400 [0.302, 0.506]" in out
    assert "as scored: 37 / 60 = 0.617 [0.511, 0.713]" in out
    assert "speakers-seed36: n 60, judged 57, right 40: 40 / 57 = 0.702 [0.595, 0.790]" in out
    assert "dates-seed36: n 80, judged 80, right 70: 70 / 80 = 0.875 [0.802, 0.924]" in out
    assert "quotes-recall-seed36: n 122, judged 121, right 101: 101 / 121 = 0.835 [0.772, 0.883]" in out
    assert "names-seed36: n 41, judged 41, right 26: 26 / 41 = 0.634 [0.506, 0.746]" in out
    # round 36, seed 38: the round's final code, unbiased readers
    assert "events-strict-seed38: n 60, judged 60, right 30: 30 / 60 = 0.500 [0.396, 0.604]" in out
    assert "speakers-seed38: n 60, judged 56, right 41: 41 / 56 = 0.732 [0.626, 0.817]" in out
    assert "dates-seed38: n 80, judged 80, right 65: 65 / 80 = 0.812 [0.731, 0.874]" in out
    # round 37, seed 40: the round's base (ce6578c4), blind readers before any change; after on the final code
    assert "events-strict-seed40: n 60, judged 60, right 14: 14 / 60 = 0.233 [0.156, 0.333]" in out
    assert "after: 18 / 60 = 0.300 [0.213, 0.404] (gone 0)" in out
    assert "as scored: 29 / 60 = 0.483 [0.380, 0.588]" in out
    assert "speakers-seed40: n 50, judged 46, right 36: 36 / 46 = 0.783 [0.668, 0.865]" in out
    assert "dates-seed40: n 60, judged 60, right 53: 53 / 60 = 0.883 [0.798, 0.935]" in out
    assert "after: 36 / 46 = 0.783 [0.668, 0.865] (gone 0)" in out
    assert "after: 53 / 60 = 0.883 [0.798, 0.935] (gone 0)" in out
