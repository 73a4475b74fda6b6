"""`events_rerun` and `quotes_rerun` with `--from ner` (`kept_reruns.names_again`) make the names
again on a kept run's stored articles, so that a tagger or resolver change shows: a stored run
whose tagger found no person scores its meeting and its speaker only in that mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.realtext import events_rerun, quotes_rerun
from benchmarks.realtext.gold import Event, GoldArticle, Mention, Quote, build_units
from benchmarks.realtext.measure import events, quotes

from marsad.model import Article, MentionAttrs, SegmentAttrs, Span
from marsad.report.layout import article_record
from marsad.store.sqlite import connect, save_articles

CONTENT = "استقبل الملك سلمان الرئيس أوباما في الرياض، وقال أوباما: «نعمل معا من أجل السلام في المنطقة».\n"
SALMAN = CONTENT.index("سلمان")
OBAMA = CONTENT.index("أوباما")
RIYADH = CONTENT.index("الرياض")
QUOTE = (CONTENT.index("«"), CONTENT.index("»") + 1)


def _gold() -> GoldArticle:
    """One meeting of two named leaders and one quotation of one of them."""
    art = GoldArticle(
        line=1, source="spa", split="dev", stratum="random", region_end=len(CONTENT),
        record={"content": CONTENT, "title": "t"}, title_hash=None, published=[None],
        segments=[(0, len(CONTENT) - 1, "body")],
        mentions=[Mention(SALMAN, SALMAN + 5, "PER", "salman"), Mention(OBAMA, OBAMA + 6, "PER", "obama")],
        neutral=[], timexes=[], quotes=[Quote(*QUOTE, "obama", "direct")],
        events=[Event((0, len("استقبل")), "MEET", ("salman", "obama"), None, (None,), "happened")],
    )
    build_units(art)
    return art


def _kept_run(tmp_path: Path) -> Path:
    """A kept record run of the gold's one record whose (older) tagger found only the city, unresolved: its
    database and its articles.jsonl, as `python3 -m benchmarks.realtext --keep` leaves them."""
    out = tmp_path / "record-orig-out"
    out.mkdir()
    art = Article(path="gold.jsonl#0", text=CONTENT, title="t")
    art.set_layer("segments", [Span(0, len(CONTENT) - 1, "body", SegmentAttrs(lang="ar"))])
    art.set_layer("mentions", [Span(RIYADH, RIYADH + 6, "LOC", MentionAttrs())])
    con = connect(out / "marsad.db")
    save_articles(con, [art])
    con.commit()
    con.close()
    record = json.dumps(article_record(art), ensure_ascii=False)
    (out / "articles.jsonl").write_text(record + "\n", encoding="utf-8")
    return out


def test_events_rerun_from_ner_finds_the_meeting_the_stored_names_hide(tmp_path: Path) -> None:
    run = _kept_run(tmp_path)
    assert events(events_rerun.rerun(run, [_gold()]))["r"] == 0.0
    again = events_rerun.rerun(run, [_gold()], start="ner")
    assert events(again)["r"] == 1.0
    assert {m["text"] for m in again[0].pred["mentions"]} >= {"سلمان", "أوباما"}


def test_quotes_rerun_from_ner_names_the_speaker_the_stored_names_hide(tmp_path: Path) -> None:
    run = _kept_run(tmp_path)
    stored = quotes(quotes_rerun.rerun(run, [_gold()]))
    again = quotes(quotes_rerun.rerun(run, [_gold()], start="ner"))
    assert stored["r"] == again["r"] == 1.0
    assert stored["speaker_right"] == 0.0
    assert again["speaker_right"] == 1.0


def test_the_last_line_says_the_steps_run_again_and_their_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(quotes_rerun, "load", lambda path: [])
    monkeypatch.setattr(quotes_rerun, "rerun", lambda run, gold, start=None: [])
    assert quotes_rerun.main([str(tmp_path), "--from", "ner"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("cost ") and " s (steps run again: ner, resolve_entities, quotes, events)" in last
