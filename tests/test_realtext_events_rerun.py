"""`benchmarks.realtext.events_rerun` prints the held-out strata and the events TEST batches as
figures only and lists errors of dev rows only (`--errors`): never a held-out or test row."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.realtext import events_dev, events_rerun
from benchmarks.realtext.gold import Event, GoldArticle, Mention, build_units
from benchmarks.realtext.measure import Pair

CONTENT = "استقبل الملك سلمان الرئيس أوباما في الرياض.\n"
SALMAN = (CONTENT.index("سلمان"), CONTENT.index("سلمان") + len("سلمان"))
OBAMA = (CONTENT.index("أوباما"), CONTENT.index("أوباما") + len("أوباما"))
TRIGGER = (0, len("استقبل"))
MISS: dict = {"events": [], "mentions": []}


def _article(line: int, split: str, stratum: str) -> GoldArticle:
    """A gold article with one meeting of two named leaders."""
    art = GoldArticle(
        line=line, source="spa", split=split, stratum=stratum, region_end=len(CONTENT),
        record={"content": CONTENT, "title": "t"}, title_hash=None, published=[None],
        segments=[(0, len(CONTENT) - 1, "body")],
        mentions=[Mention(*SALMAN, "PER", "salman"), Mention(*OBAMA, "PER", "obama")],
        neutral=[], timexes=[], quotes=[],
        events=[Event(TRIGGER, "MEET", ("salman", "obama"), None, (None,), "happened")],
    )
    build_units(art)
    return art


def test_events_rerun_prints_held_out_and_test_figures_and_lists_dev_rows_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held = sorted(events_dev.HELD_OUT_STRATA)[0]
    main_gold = [_article(1, "dev", "random"), _article(2, "test", "random")]
    extra = [_article(3, "dev", "events-dev"), _article(4, "dev", held)]
    batch = [_article(777, "test", events_dev.STRATUM_TEST_3)]
    golds = {events_dev.EVENTS_DEV: extra, events_dev.EVENTS_TEST_3: batch}
    monkeypatch.setattr(events_rerun, "load", lambda path: golds.get(path, main_gold))
    monkeypatch.setattr(events_rerun, "rerun", lambda run, gold, start=None: [Pair(g, MISS, 0) for g in gold])
    run = tmp_path / events_dev.STRATUM_TEST_3 / "record-orig-out"
    run.mkdir(parents=True)
    (run / "marsad.db").write_bytes(b"")
    listing = tmp_path / "errors.txt"
    assert events_rerun.main([str(tmp_path), "--errors", str(listing)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2].startswith("events-dev ") and "(0, 1)" in out[2]  # the held-out row is not in it
    assert any(ln.startswith(f"{held} (held out)") and "(0, 1)" in ln for ln in out)
    assert out[-3].startswith("test batch 3 (figures only)") and "(0, 1)" in out[-3]
    assert out[-2].startswith("all test pooled (figures only)") and "(0, 2)" in out[-2]
    assert out[-1].startswith("cost ") and out[-1].endswith(" s (steps run again: events)")
    listed = [ln.split()[0] for ln in listing.read_text(encoding="utf-8").splitlines() if "MISSED" in ln]
    assert listed == ["3", "1"]  # dev rows of events-dev, then of the main gold; never 4, 2 or 777


def test_events_rerun_prints_each_dev_stratum_alone_and_no_held_out_one_among_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held = sorted(events_dev.HELD_OUT_STRATA)[0]
    extra = [_article(3, "dev", "events-dev"), _article(5, "dev", "events-dev-fresh9"),
             _article(6, "dev", "events-dev-fresh9"), _article(4, "dev", held)]
    golds = {events_dev.EVENTS_DEV: extra}
    monkeypatch.setattr(events_rerun, "load", lambda path: golds.get(path, []))
    monkeypatch.setattr(events_rerun, "rerun", lambda run, gold, start=None: [Pair(g, MISS, 0) for g in gold])
    assert events_rerun.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2].startswith("events-dev ") and "(0, 3)" in out[2]  # pooled: the held-out row is not in it
    strata = [ln for ln in out if ln.startswith("  ")]
    assert [ln.split()[0] for ln in strata] == ["events-dev", "events-dev-fresh9"]
    assert "(0, 1)" in strata[0] and "(0, 2)" in strata[1]
    assert out[3:5] == strata  # right under the pooled line, before the held-out line
    assert out[5].startswith(f"{held} (held out)")
