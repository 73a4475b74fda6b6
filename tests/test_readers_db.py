"""The database is the only source of `marsad timeline`, `events` and `quotes`: after two runs
into one folder (the seeds, then examples/corpus) they show the events of both runs, the
JSON Lines files do not matter, and a folder without marsad.db is told to run first."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from marsad.cli.main import app

runner = CliRunner()
RUBIO = "ماركو روبيو"  # as the seeds spell him (one article; no other run names him)
COMMANDS = [["timeline", "--no-html"], ["timeline", "--no-html", "--json"], ["events"], ["events", "--json"],
            ["quotes"], ["quotes", "--json"], ["timeline", "--no-html", "--json", "--entity", RUBIO],
            ["events", "--json", "--entity", RUBIO]]


def _json(out: Path, *args: str) -> list[dict[str, Any]]:
    res = runner.invoke(app, [*args, "--out", str(out)])
    assert res.exit_code == 0, res.output
    return [json.loads(ln) for ln in res.output.splitlines()]


def test_the_timeline_shows_the_events_of_every_run(two_runs: Path) -> None:
    con = sqlite3.connect(two_runs / "marsad.db")
    stored = {eid for (eid,) in con.execute("SELECT id FROM events")}
    con.close()
    last_run = (two_runs / "events.jsonl").read_text(encoding="utf-8").splitlines()
    shown = [r["id"] for r in _json(two_runs, "timeline", "--no-html", "--json")]
    assert len(shown) == len(stored) and set(shown) == stored
    # events of earlier runs are merged again with each run's: the export holds them all too
    assert {json.loads(line)["id"] for line in last_run} == stored
    (two_runs / "timeline.html").unlink()
    assert runner.invoke(app, ["timeline", "--out", str(two_runs)]).exit_code == 0
    assert (two_runs / "timeline.html").exists()


def test_an_entity_of_the_first_run_is_found(two_runs: Path) -> None:
    (ev,) = _json(two_runs, "events", "--json", "--entity", RUBIO)
    assert RUBIO in ev["participant_names"]
    (entry,) = _json(two_runs, "timeline", "--no-html", "--json", "--entity", RUBIO)
    assert entry["id"] == ev["id"] and RUBIO in entry["participant_names"]
    res = runner.invoke(app, ["timeline", "--no-html", "--out", str(two_runs), "--entity", RUBIO])
    assert res.exit_code == 0 and RUBIO in res.output.splitlines()[0] and "no events match" not in res.output


def test_names_come_next_to_ids(two_runs: Path) -> None:
    quotes = _json(two_runs, "quotes", "--json")
    assert quotes and all((q["speaker"] is None) == (q["speaker_name"] is None) for q in quotes)
    for e in _json(two_runs, "timeline", "--no-html", "--json"):
        assert len(e["participants"]) == len(e["participant_names"])
        assert (e["place"] is None) == (e["place_name"] is None)


def test_the_json_lines_files_are_not_read(two_runs: Path, tmp_path: Path) -> None:
    before = {tuple(c): runner.invoke(app, [*c, "--out", str(two_runs)]).output for c in COMMANDS}
    copy = tmp_path / "out"
    shutil.copytree(two_runs, copy)
    for f in copy.glob("*.jsonl"):
        f.unlink()
    for c in COMMANDS:
        res = runner.invoke(app, [*c, "--out", str(copy)])
        assert res.exit_code == 0 and res.output == before[tuple(c)], c
    for f in copy.glob("marsad.db*"):
        f.unlink()
    for f in two_runs.glob("*.jsonl"):
        shutil.copy(f, copy / f.name)
    for c in COMMANDS:
        res = runner.invoke(app, [*c, "--out", str(copy)])
        assert res.exit_code == 2 and isinstance(res.exception, SystemExit), c
        assert res.output == f"{copy}: no marsad.db; run `marsad run ... --out {copy}` first\n"


def test_a_folder_without_a_readable_database_is_told_to_run_first(tmp_path: Path) -> None:
    for c in COMMANDS:
        res = runner.invoke(app, [*c, "--out", str(tmp_path)])
        assert res.exit_code == 2 and len(res.output.splitlines()) == 1 and "marsad run" in res.output, c
    (tmp_path / "marsad.db").write_text("not a database", encoding="utf-8")
    for c in COMMANDS:
        res = runner.invoke(app, [*c, "--out", str(tmp_path)])
        assert res.exit_code == 2 and isinstance(res.exception, SystemExit), c
        assert len(res.output.splitlines()) == 1 and "cannot be read" in res.output, c

