"""`marsad.report` writes what it is handed, with no database: the exports of an output folder
from any source of records, and the table formats of `marsad export` from plain rows."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from marsad.model import Article
from marsad.report.exports import write_exports
from marsad.report.files import read_jsonl
from marsad.report.layout import article_record
from marsad.report.tables import csv_chunks, graphml_chunks, jsonl_chunks

Record = dict[str, Any]
TEXT = "قمة في الرياض\nاستقبل ولي العهد الرئيس الفرنسي في الرياض."


@dataclass
class _Timeline:
    events: list[Record]
    articles: dict[str, Record]
    entities: dict[str, Record]
    n_stories: int


@dataclass
class _Memory:
    """An export source held in memory (the shell's reads the database instead)."""

    arts: list[Article]
    ents: list[Record] = field(default_factory=list)
    evs: list[Record] = field(default_factory=list)
    reads: list[str] = field(default_factory=list)

    def articles(self) -> list[Article]:
        self.reads.append("articles")
        return self.arts

    def entities(self) -> list[Record]:
        self.reads.append("entities")
        return self.ents

    def events(self) -> list[Record]:
        self.reads.append("events")
        return self.evs

    def stories(self) -> list[Record]:
        self.reads.append("stories")
        return [{"id": "s1", "articles": [a.id for a in self.arts]}]

    def timeline(self) -> _Timeline:
        self.reads.append("timeline")
        arts = {a.id: {"id": a.id, "title": a.title, "url": a.url, "source": a.source,
                       "published": {"date": "2024-03-12"}} for a in self.arts}
        return _Timeline(self.evs, arts, {e["id"]: e for e in self.ents}, 1)


def _source() -> _Memory:
    art = Article(path="a.txt", text=TEXT, title="قمة في الرياض", url="javascript:alert(1)", story="s1")
    ents = [{"id": "riyadh", "type": "LOC", "name": "الرياض", "variants": ["الرياض"],
             "variant_counts": {"الرياض": 1}, "mentions": []}]
    evs = [{"id": "v1", "type": "MEET", "participants": [], "place": "riyadh", "date": "2024-03-10",
            "plover": None, "articles": [art.id]}]
    return _Memory([art], ents, evs)


def test_the_exports_are_written_from_any_source_of_records(tmp_path: Path) -> None:
    src = _source()
    write_exports(tmp_path, src)
    assert src.reads == ["articles", "entities", "events", "stories", "timeline"]  # one file at a time
    assert read_jsonl(tmp_path / "articles.jsonl") == [json.loads(json.dumps(article_record(src.arts[0]),
                                                                             ensure_ascii=False))]
    assert read_jsonl(tmp_path / "entities.jsonl") == src.ents
    (event,) = read_jsonl(tmp_path / "events.jsonl")
    assert "plover" not in event and list(event)[:4] == ["id", "type", "participants", "place"]
    assert read_jsonl(tmp_path / "stories.jsonl") == [{"id": "s1", "articles": [src.arts[0].id]}]
    page = (tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert "2024-03-10" in page and "الرياض" in page
    assert 'href="javascript' not in page  # a URL that is not a web address is never a link


def test_each_export_may_be_written_apart_and_comes_out_the_same(tmp_path: Path) -> None:
    write_exports(tmp_path / "all", _source())
    for share in (("articles.jsonl", "timeline.html"), ("entities.jsonl", "events.jsonl", "stories.jsonl")):
        src = _source()
        write_exports(tmp_path / "apart", src, share)
        assert src.reads == [name.split(".")[0] for name in share]  # only what the share needs is read
    assert {f.name: f.read_bytes() for f in (tmp_path / "apart").iterdir()} == {
        f.name: f.read_bytes() for f in (tmp_path / "all").iterdir()}
    with pytest.raises(ValueError, match="no export named"):
        write_exports(tmp_path, _source(), ("articles.csv",))


@dataclass(frozen=True)
class _Actor:
    id: str
    name: str
    type: str
    qid: str | None


@dataclass
class _Tie:
    source: str
    target: str
    events: list[str]
    types: dict[str, int]
    first: str | None = None
    last: str | None = None

    @property
    def weight(self) -> int:
        return len(self.events)


@dataclass
class _Network:
    actors: list[_Actor]
    ties: list[_Tie]


def test_the_table_formats_take_plain_rows() -> None:
    columns, rows = ["id", "name", "count"], [("e1", "الرياض, العاصمة", 2), ("e2", None, 0)]
    assert "".join(csv_chunks(columns, rows)) == '\ufeffid,name,count\r\ne1,"الرياض, العاصمة",2\r\ne2,,0\r\n'
    lines = "".join(jsonl_chunks(columns, rows)).splitlines()
    assert [json.loads(ln) for ln in lines] == [{"id": "e1", "name": "الرياض, العاصمة", "count": 2},
                                                {"id": "e2", "name": None, "count": 0}]
    net = _Network([_Actor("a", "أ & ب", "PER", None), _Actor("b", "ج", "ORG", "Q1")],
                   [_Tie("a", "b", ["v1", "v2"], {"MEET": 2}, "2024-01-01", "2024-02-01")])
    xml = "".join(graphml_chunks(net))
    assert '<data key="n_name">أ &amp; ب</data>' in xml and '<data key="e_weight">2</data>' in xml
    assert '<data key="n_qid">Q1</data>' in xml and xml.count("<node ") == 2
