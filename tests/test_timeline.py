"""The timeline: merged events in order with sources, filters, series rounds with gaps,
the `marsad timeline` command and the static `timeline.html`."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.model import Article, Corpus, Entity, EventAttrs, MergedEvent, Published, Span
from marsad.report import timeline as tl
from marsad.report.layout import write_timeline
from marsad.store.sqlite import connect, save_corpus

ENTITIES = {
    "p": {"id": "p", "type": "PER", "name": "نيكولاي باتروشيف", "variants": ["Patrushev", "باتروشيف"]},
    "y": {"id": "y", "type": "PER", "name": "يانغ جيتشي", "variants": ["Yang Jiechi"]},
    "s": {"id": "s", "type": "PER", "name": "سيرغي شويغو", "variants": ["Shoigu"]},
    "b": {"id": "b", "type": "LOC", "name": "بكين", "variants": []},
}
ARTICLES = {
    "a1": {"id": "a1", "title": "عنوان <أول>", "url": "https://example.org/1", "source": "x",
           "published": {"date": "2022-09-19"}, "story": "s1"},
    "a2": {"id": "a2", "title": "عنوان ثان", "url": None, "source": "y",
           "published": {"date": "2022-09-18"}, "story": "s1"},
    "a3": {"id": "a3", "title": "عنوان ثالث", "url": None, "source": "x",
           "published": {"date": "2024-11-12"}, "story": "s2"},
}
SERIES = "security consultations"
EVENTS: list[dict[str, Any]] = [
    {"id": "e3", "type": "MEET", "participants": ["s", "y"], "place": "b", "date": "2024-11-12",
     "round": 19, "series": SERIES, "articles": ["a3"], "places": ["b"]},
    {"id": "e1", "type": "MEET", "participants": ["p", "y"], "place": "b", "date": "2022-09-19",
     "round": 17, "series": SERIES, "articles": ["a1", "a2"], "places": ["b"]},
    {"id": "e2", "type": "VISIT", "participants": ["p"], "place": None, "date": None,
     "round": None, "series": None, "articles": ["a2"], "places": []},
]


def test_entries_come_in_date_order_with_sources_in_publication_order() -> None:
    entries = tl.build(EVENTS, ARTICLES, ENTITIES)
    assert [e.event["id"] for e in entries] == ["e2", "e1", "e3"]
    assert entries[0].approximate and entries[0].when == "2022-09-18"
    assert [s.article for s in entries[1].sources] == ["a2", "a1"]
    assert entries[1].names == ["نيكولاي باتروشيف", "يانغ جيتشي"]


def test_filters_by_entity_ids_and_by_dates() -> None:
    def ids(**kw: Any) -> list[str]:
        return [e.event["id"] for e in tl.build(EVENTS, ARTICLES, ENTITIES, **kw)]

    assert ids(entity_ids={"s"}) == ["e3"]
    assert ids(entity_ids={"p"}) == ["e2", "e1"]
    assert ids(entity_ids={"y"}) == ["e1", "e3"]
    assert ids(entity_ids={"b"}) == ["e1", "e3"]
    assert ids(entity_ids={"s", "p"}) == ["e2", "e1", "e3"]
    assert ids(entity_ids=set()) == []
    assert ids(start=date(2024, 1, 1)) == ["e3"]
    assert ids(start=date(2022, 9, 19), end=date(2022, 12, 31)) == ["e1"]


def test_a_series_lists_its_rounds_in_order_and_names_the_gaps() -> None:
    (s,) = tl.series(tl.build(EVENTS, ARTICLES, ENTITIES))
    assert s.name == SERIES
    assert [n for n, _ in s.rounds] == [17, 19]
    assert s.missing == [18]


def _entities() -> dict[str, Entity]:
    """ENTITIES as a run finds them (each spelling counted once)."""
    return {k: Entity(e["id"], e["type"], e["name"], dict.fromkeys(e["variants"], 1))
            for k, e in ENTITIES.items()}


def write_folder(out: Path) -> None:
    """A marsad.db holding EVENTS, written by two runs (e1 and e2, then e3) and no JSON Lines."""
    out.mkdir(parents=True, exist_ok=True)
    ents = _entities()
    arts = {}
    for rec in ARTICLES.values():
        a = Article(path=rec["id"], text="نص", title=rec["title"], url=rec["url"], source=rec["source"],
                    story=rec["story"], id=rec["id"])
        a.published = Published(date=rec["published"]["date"], source="t")
        a.set_layer("events", [Span(0, 1, e["type"], EventAttrs(id=e["id"])) for e in EVENTS
                               if rec["id"] in e["articles"]])
        arts[a.id] = a
    con = connect(out / "marsad.db")
    for run in (["e1", "e2"], ["e3"]):
        evs = {e["id"]: MergedEvent(**e) for e in EVENTS if e["id"] in run}
        mine = [arts[a] for a in dict.fromkeys(x for e in evs.values() for x in e.articles)]
        save_corpus(con, Corpus(articles=mine, entities=ents, events=evs,
                                stories={str(a.story): [a.id] for a in mine}), [])
    con.close()


def test_the_command_prints_events_in_order_with_sources_and_series_gaps(tmp_path: Path) -> None:
    write_folder(tmp_path)
    res = CliRunner().invoke(app, ["timeline", "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    firsts = [ln.split()[0] for ln in lines if not ln.startswith(("    ", "series"))]
    assert firsts == ["2022-09-18", "2022-09-19", "2024-11-12"]
    assert "https://example.org/1" in res.output
    assert re.search(r"round 17 .* round 18 missing .* round 19", lines[-1])
    assert (tmp_path / "timeline.html").exists()
    res = CliRunner().invoke(app, ["timeline", "-o", str(tmp_path), "--entity", "Shoigu", "--from",
                                   "2024-01-01", "--to", "2024-12-31", "--no-html"])
    assert res.exit_code == 0 and res.output.startswith("2024-11-12")
    assert "باتروشيف" not in res.output
    res = CliRunner().invoke(app, ["timeline", "-o", str(tmp_path), "--entity", "باتروشيف", "--no-html"])
    assert res.exit_code == 0 and "2024-11-12" not in res.output and "2022-09-19" in res.output


def test_the_command_exits_1_with_nearest_names_for_an_unknown_entity(tmp_path: Path) -> None:
    write_folder(tmp_path)
    res = CliRunner().invoke(app, ["timeline", "-o", str(tmp_path), "--entity", "باتروشينكو", "--no-html"])
    assert res.exit_code == 1
    assert "no entity matches 'باتروشينكو'; did you mean: نيكولاي باتروشيف" in res.output
    res = CliRunner().invoke(app, ["timeline", "-o", str(tmp_path), "--entity", "ماركو روبيو", "--no-html"])
    assert res.exit_code == 1 and res.output.strip() == "no entity matches 'ماركو روبيو'"


def test_the_command_reads_the_database_only_and_says_when_there_is_none(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["timeline", "--out", str(tmp_path)])
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit)
    line = f"{tmp_path}: no marsad.db; run `marsad run ... --out {tmp_path}` first"
    assert res.output.splitlines() == [line]
    (tmp_path / "events.jsonl").write_text(json.dumps(EVENTS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["timeline", "--out", str(tmp_path)]).exit_code == 2


def test_json_lines_name_the_ids_and_list_the_sources(tmp_path: Path) -> None:
    write_folder(tmp_path)
    res = CliRunner().invoke(app, ["timeline", "-o", str(tmp_path), "--json", "--no-html"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in res.output.splitlines()]
    assert [r["id"] for r in rows] == ["e2", "e1", "e3"]
    e1 = rows[1]
    assert e1["participants"] == ["p", "y"] and e1["participant_names"] == ["نيكولاي باتروشيف", "يانغ جيتشي"]
    assert e1["place"] == "b" and e1["place_name"] == "بكين" and e1["round"] == 17
    assert [s["article"] for s in e1["sources"]] == ["a2", "a1"]
    assert rows[0]["approximate"] and rows[0]["when"] == "2022-09-18" and rows[0]["date"] is None


def test_the_page_is_static_right_to_left_and_escaped(tmp_path: Path) -> None:
    arts = []
    for rec in ARTICLES.values():
        a = Article(path=rec["id"], text="نص", title=rec["title"], url=rec["url"], source=rec["source"])
        a.published = Published(date=rec["published"]["date"], source="t")
        a.set_layer("events", [Span(0, 1, "MEET", EventAttrs())])
        arts.append(a)
    ids = {rec["id"]: a.id for rec, a in zip(ARTICLES.values(), arts, strict=True)}
    events = {e["id"]: MergedEvent(**{**e, "articles": [ids[x] for x in e["articles"]]}) for e in EVENTS}
    ents = _entities()
    page = write_timeline(tmp_path, Corpus(articles=arts, entities=ents, events=events,
                                           stories={"s1": [], "s2": []})).read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"(src|href)=\"https?://(?!example\.org)", page)
    assert "عنوان &lt;أول&gt;" in page
    assert page.index("2022-09-19") < page.index("2024-11-12")
    assert 'class="gap"' in page
