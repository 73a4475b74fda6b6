"""`marsad entities` and `marsad entity NAME` over a database written by the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.model import Corpus
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import load
from marsad.store.sqlite import connect, save_corpus
from tests.test_resolve import article


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("entities")
    arts = [article("قال الرئيس فلاديمير بوتين في موسكو إن بوتين مستعد.",
                    [("الرئيس فلاديمير بوتين", "PER"), ("موسكو", "LOC"), ("بوتين", "PER")]),
            article("وصرح فلاديمير بوتن بأن الناتو يتوسع.", [("فلاديمير بوتن", "PER"), ("الناتو", "ORG")]),
            article("Vladimir Putin met NATO officials.", [("Vladimir Putin", "PER"), ("NATO", "ORG")])]
    corpus = Corpus(articles=arts)
    corpus.entities = resolve_mentions(arts, load())
    con = connect(out / "marsad.db")
    save_corpus(con, corpus, [])
    con.close()
    return out


def test_entities_lists_the_most_mentioned_first(run_dir: Path) -> None:
    res = CliRunner().invoke(app, ["entities", "--out", str(run_dir), "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows[0]["type"] == "PER" and rows[0]["mentions"] == 4 and rows[0]["articles"] == 3
    assert {r["id"] for r in rows} >= {"nato", "moscow"}


SPELLINGS = ["بوتين", "بوتن", "فلاديمير بوتن", "Vladimir Putin", "الرئيس بوتين", "Putin"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_entity_is_found_by_any_spelling(run_dir: Path, spelling: str) -> None:
    res = CliRunner().invoke(app, ["entity", spelling, "--out", str(run_dir), "--json"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output.splitlines()[0])
    assert rec["name"] == "فلاديمير بوتين"
    assert rec["variants"]["بوتين"] == 1 and "Vladimir Putin" in rec["variants"]
    assert len(rec["articles"]) == 3


def test_an_unknown_name_is_reported(run_dir: Path) -> None:
    res = CliRunner().invoke(app, ["entity", "ماركو روبيو", "--out", str(run_dir)])
    assert res.exit_code == 1
    assert "no entity" in res.output
