"""`marsad export`: every format read back with the library people use for it (csv, json,
pyarrow for Parquet, networkx for GraphML) holds the rows the database holds; mistakes get
one line, exit code 2 and no file."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.exporting import TABLE_NAMES
from marsad.report.tables import graphml_chunks
from marsad.store.network import Actor, ActorNetwork, Tie

runner = CliRunner()
# The rows each table holds, counted on the database's own tables (not the export's queries).
COUNTS = {"articles": "SELECT count(*) FROM articles", "mentions": "SELECT count(*) FROM mentions",
          "entities": "SELECT count(*) FROM entities", "events": "SELECT count(*) FROM events",
          "quotes": "SELECT count(*) FROM quotes",
          "stories": "SELECT count(*) FROM stories s, json_each(s.attrs, '$.articles') j"
                     " JOIN articles a ON a.id = j.value"}


def _export(out: Path, fmt: str, *extra: str) -> list[Path]:
    res = runner.invoke(app, ["export", "--out", str(out), "--format", fmt, *extra])
    assert res.exit_code == 0, res.output
    return [Path(line) for line in res.output.splitlines()]


def _db_counts(out: Path) -> dict[str, int]:
    con = sqlite3.connect(out / "marsad.db")
    try:
        return {name: con.execute(sql).fetchone()[0] for name, sql in COUNTS.items()}
    finally:
        con.close()


def test_csv_holds_every_row_with_arabic_intact(two_runs: Path) -> None:
    files = _export(two_runs, "csv")
    assert [p.stem for p in files] == list(TABLE_NAMES)
    counts = _db_counts(two_runs)
    for path in files:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # a byte-order mark: spreadsheets read UTF-8
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == counts[path.stem], path.name
    with (two_runs / "export" / "csv" / "events.csv").open(encoding="utf-8-sig", newline="") as f:
        events = list(csv.DictReader(f))
    named = [e for e in events if e["participant_names"]]
    assert named and any("\u0600" <= ch <= "\u06ff" for e in named for ch in e["participant_names"])
    # names and ids in the same order
    assert all(len(e["participant_ids"].split(" ; ")) == len(e["participant_names"].split(" ; "))
               for e in named)


def test_jsonl_rows_match_the_database(two_runs: Path) -> None:
    counts = _db_counts(two_runs)
    for path in _export(two_runs, "jsonl"):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == counts[path.stem], path.name
    con = sqlite3.connect(two_runs / "marsad.db")
    stored = dict(con.execute("SELECT id, name FROM entities"))
    con.close()
    lines = (two_runs / "export" / "jsonl" / "mentions.jsonl").read_text("utf-8").splitlines()
    for row in map(json.loads, lines):
        assert row["entity_name"] == stored.get(row["entity_id"])


def test_parquet_reads_back_with_pyarrow_typed(two_runs: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    counts = _db_counts(two_runs)
    for path in _export(two_runs, "parquet"):
        tbl = pq.read_table(path)
        assert tbl.num_rows == counts[path.stem], path.name
    mentions = pq.read_table(two_runs / "export" / "parquet" / "mentions.parquet")
    assert str(mentions.schema.field("start").type) == "int64"
    con = sqlite3.connect(two_runs / "marsad.db")
    first = con.execute("SELECT text FROM mentions ORDER BY article, start LIMIT 1").fetchone()[0]
    con.close()
    assert mentions.column("text")[0].as_py() == first


@pytest.mark.parametrize("fmt", ["csv", "parquet", "graphml", "jsonl"])
def test_every_format_gets_the_mode_the_umask_gives(two_runs: Path, fmt: str) -> None:
    """Exports are files like any other the user makes (0644 under umask 022), not private
    temporaries: Parquet was written 0600, the temporary file's mode."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow.parquet")
    import os
    old = os.umask(0o022)
    try:
        paths = _export(two_runs, fmt)
    finally:
        os.umask(old)
    assert paths
    assert {oct(p.stat().st_mode & 0o777) for p in paths} == {oct(0o644)}


def test_graphml_opens_in_networkx_with_its_evidence(two_runs: Path) -> None:
    nx = pytest.importorskip("networkx")
    (path,) = _export(two_runs, "graphml")
    graph = nx.read_graphml(path)
    con = sqlite3.connect(two_runs / "marsad.db")
    names = dict(con.execute("SELECT id, name FROM entities"))
    parties = {}
    for eid, etype, place, attrs in con.execute("SELECT id, type, place, attrs FROM events"):
        parties[eid] = (etype, set(json.loads(attrs).get("participants") or []) | {place})
    con.close()
    assert graph.number_of_edges() > 0
    for a, b, data in graph.edges(data=True):
        assert data["weight"] == len(data["events"].split(" ; ")) >= 1
        for eid in data["events"].split(" ; "):  # every tie's evidence joins its two actors
            etype, who = parties[eid]
            assert etype in ("MEET", "CALL", "VISIT", "AGREE") and {a, b} <= who
    for node, data in graph.nodes(data=True):
        if node in names:
            assert data["name"] == names[node]


def test_graphml_is_well_formed_whatever_the_names() -> None:
    nx = pytest.importorskip("networkx")
    import io
    net = ActorNetwork([Actor("a<1>", 'x"&<script>\x01', "PER", None), Actor("b", "ب", "ORG", "Q1")],
                       [Tie("a<1>", "b", ["e1", "e2"], {"MEET": 2}, "2024-01", "2025")])
    graph = nx.read_graphml(io.BytesIO("".join(graphml_chunks(net)).encode("utf-8")))
    assert graph.nodes["a<1>"]["name"] == 'x"&<script>'
    assert graph.edges["a<1>", "b"]["weight"] == 2


@pytest.mark.parametrize("args, message", [
    (["--format", "xlsx"], "--format must be one of"),
    (["--format", "csv", "--table", "nope"], "unknown table"),
    (["--format", "graphml", "--table", "articles"], "does not apply"),
])
def test_mistakes_exit_2_and_write_nothing(two_runs: Path, args: list[str], message: str) -> None:
    before = sorted(p.relative_to(two_runs) for p in two_runs.rglob("*"))
    res = runner.invoke(app, ["export", "--out", str(two_runs), *args])
    assert res.exit_code == 2 and message in res.output
    assert sorted(p.relative_to(two_runs) for p in two_runs.rglob("*")) == before


def test_no_database_or_a_file_as_target_exit_2(two_runs: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["export", "--out", str(tmp_path), "--format", "csv"])
    assert res.exit_code == 2 and "no marsad.db" in res.output and not any(tmp_path.iterdir())
    target = tmp_path / "file.csv"
    target.write_text("x")
    res = runner.invoke(app, ["export", "--out", str(two_runs), "--format", "csv", "--to", str(target)])
    assert res.exit_code == 2 and "is a file" in res.output and target.read_text() == "x"


def test_one_table_only(two_runs: Path, tmp_path: Path) -> None:
    files = _export(two_runs, "jsonl", "--table", "quotes", "--to", str(tmp_path / "q"))
    assert [p.name for p in files] == ["quotes.jsonl"]
    assert sorted(p.name for p in (tmp_path / "q").iterdir()) == ["quotes.jsonl"]
