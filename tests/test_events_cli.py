"""`marsad events` and `marsad quotes --speaker` list what a run found, from its marsad.db only."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.exporting import write_layout
from marsad.model import Corpus, Entity
from marsad.steps.events import events
from marsad.steps.merge_events import merge_events
from marsad.steps.quotes import quotes
from marsad.store.sqlite import connect, save_corpus
from tests.test_events_units import marked

SRC = ("استقبل [الملك سلمان](PER:salman) في [الرياض](LOC:riyadh) الوزير [جون كيري](PER:kerry). "
       "وقال [كيري](PER:kerry) إن “العلاقات متينة”. وأكد [سلمان](PER:salman) أن الحوار مستمر.")


def _run(tmp: Path, with_db: bool) -> Path:
    art = marked(SRC)
    quotes.func(art)
    events.func(art)
    corpus = Corpus(articles=[art])
    for m in art.layer("mentions"):  # an entity record for every id (the database's foreign keys)
        name = art.text[m.start:m.end]
        assert m.attrs.entity is not None
        known = corpus.entities.setdefault(m.attrs.entity, Entity(m.attrs.entity, m.label, name))
        known.name = max(known.name, name, key=len)
    merge_events.func(corpus)
    write_layout(tmp, corpus)
    if with_db:
        con = connect(tmp / "marsad.db")
        save_corpus(con, corpus, [])
        con.close()
    return tmp


def test_events_lists_the_reception(tmp_path: Path) -> None:
    out = _run(tmp_path, with_db=True)
    res = CliRunner().invoke(app, ["events", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "MEET" in res.output and "(host)" in res.output and "الرياض" in res.output


def test_events_json_and_type_filter(tmp_path: Path) -> None:
    out = _run(tmp_path, with_db=True)
    res = CliRunner().invoke(app, ["events", "--out", str(out), "--type", "meet", "--json"])
    rows = [json.loads(ln) for ln in res.output.splitlines()]
    assert rows and all(r["type"] == "MEET" for r in rows)
    assert all(len(r["participant_names"]) == len(r["participants"]) for r in rows)
    names = dict(zip(rows[0]["participants"], rows[0]["participant_names"], strict=True))
    assert names["kerry"].endswith("كيري")
    assert rows[0]["place"] == "riyadh" and rows[0]["place_name"] == "الرياض"
    assert CliRunner().invoke(app, ["events", "--out", str(out), "--type", "CALL"]).output == ""


def test_quotes_by_speaker_any_spelling(tmp_path: Path) -> None:
    out = _run(tmp_path, with_db=True)
    res = CliRunner().invoke(app, ["quotes", "--out", str(out), "--speaker", "كيري"])
    assert res.exit_code == 0, res.output
    assert "العلاقات متينة" in res.output and "الحوار مستمر" not in res.output
    res = CliRunner().invoke(app, ["quotes", "--out", str(out), "--speaker", "كيري", "--json"])
    rows = [json.loads(ln) for ln in res.output.splitlines()]
    assert rows and all(r["speaker"] == "kerry" and r["speaker_name"].endswith("كيري") for r in rows)


def test_the_layout_alone_is_not_read(tmp_path: Path) -> None:
    out = _run(tmp_path, with_db=False)
    for cmd in (["events"], ["quotes", "--speaker", "كيري"], ["timeline"]):
        res = CliRunner().invoke(app, [*cmd, "--out", str(out)])
        assert res.exit_code == 2 and isinstance(res.exception, SystemExit), res.output
        assert res.output == f"{out}: no marsad.db; run `marsad run ... --out {out}` first\n"


def test_a_missing_db_file_says_so(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["events", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2 and "no such database" in res.output and len(res.output.splitlines()) == 1
