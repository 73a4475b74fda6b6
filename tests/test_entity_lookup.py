"""One name lookup (`resolve/lookup.py`) for `marsad entity`, `events --entity`, `quotes --speaker`
and `timeline --entity`: each try of `find`, `suggest`, strangers, and the commands on a run of
examples/corpus (no match: exit code 1 and a "did you mean" line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.resolve.lookup import EntityRecord, NameIndex

ROOT = Path(__file__).resolve().parents[1]

RECORDS = [
    EntityRecord("hakan_fidan", "PER", "هاكان فيدان", {"هاكان فيدان": 3, "هاكان فيدن": 1}, None, 4),
    EntityRecord("putin", "PER", "فلاديمير بوتين", {"بوتين": 3, "Vladimir Putin": 1}, "Q7747", 4),
    EntityRecord("salman", "PER", "سلمان بن عبدالعزيز", {"الملك سلمان": 5}, None, 5),
    EntityRecord("erdogan", "PER", "رجب طيب أردوغان", {"أردوغان": 2}, "Q39259", 2),
    EntityRecord("shoigu", "PER", "سيرغي شويغو", {"سيرغي شويغو": 2}, None, 2),
    EntityRecord("lavrov", "PER", "سيرغي لافروف", {"سيرغي لافروف": 6}, None, 6),
    EntityRecord("cairo", "LOC", "القاهرة", {"القاهرة": 9, "Cairo": 1}, "Q85", 10),
    EntityRecord("abdullah_a", "PER", "عبدالله", {"عبدالله": 2}, None, 2),
    EntityRecord("abdullah_b", "PER", "عبد الله", {"عبد الله": 9}, None, 9),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(RECORDS)


@pytest.mark.parametrize(("query", "expected"), [
    ("putin", ["putin"]),  # the id
    ("Q39259", ["erdogan"]),  # the QID
    ("q85", ["cairo"]),
    ("الملك سلمان", ["salman"]),  # a variant
    ("هاكان فيدن", ["hakan_fidan"]),
    ("الرئيس فلاديمير بوتين", ["putin"]),  # titles stripped
    ("اردوغان", ["erdogan"]),  # hamza / alef
    ("القاهره", ["cairo"]),  # ta marbuta
    ("وبوتين", ["putin"]),  # a proclitic
    ("وأردوغان", ["erdogan"]),
    ("Vladimir Putin", ["putin"]),  # a Latin variant
    ("cairo", ["cairo"]),
    ("Hakan Fidan", ["hakan_fidan"]),  # Latin against Arabic spellings only
    ("hakan fidan", ["hakan_fidan"]),
    ("Putin", ["putin"]),
    ("فلاديمير بوتن", ["putin"]),  # a close misspelling
    ("هاكن فيدان", ["hakan_fidan"]),
    ("فيدان", ["hakan_fidan"]),  # one word: a person's first or last name
    ("شويغو", ["shoigu"]),
    ("لافروف", ["lavrov"]),
    ("شويجو", ["shoigu"]),  # ... or a close spelling of it
    ("Shoigu", ["shoigu"]),
])
def test_find_tries_each_kind_of_spelling(index: NameIndex, query: str, expected: list[str]) -> None:
    assert index.find(query) == expected


@pytest.mark.parametrize("query", ["سلطان", "ماركو روبيو", "عبد", "بن", "سيرغي شويغي لافروف", "", "  ",
                                   "Marco Rubio"])
def test_strangers_do_not_match(index: NameIndex, query: str) -> None:
    assert index.find(query) == []


def test_several_matches_come_most_mentioned_first(index: NameIndex) -> None:
    assert index.find("عبد الله") == ["abdullah_b"]  # an exact spelling wins over a close one
    assert index.find("عبدالله") == ["abdullah_a"]
    assert index.find("سيرغي") == ["lavrov", "shoigu"]


def test_an_exact_form_stops_before_close_spellings() -> None:
    bouten = EntityRecord("bouten", "PER", "بوتن", {"بوتن": 1}, None, 1)
    assert NameIndex([*RECORDS, bouten]).find("بوتن") == ["bouten"]


def test_suggest_offers_the_nearest_names_or_nothing(index: NameIndex) -> None:
    assert index.find("لافرو") == []
    assert index.suggest("لافرو")[0] == ("lavrov", "سيرغي لافروف")
    assert ("erdogan", "رجب طيب أردوغان") in index.suggest("أردوغانو")
    assert len(index.suggest("سيرغي", k=1)) == 1
    assert index.suggest("ماركو روبيو") == []


runner = CliRunner()


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lookup") / "out"
    res = runner.invoke(app, ["run", str(ROOT / "examples" / "corpus"), "--out", str(out)])
    assert (out / "marsad.db").exists(), res.output
    return out


def test_entity_finds_a_latin_spelling(run_out: Path) -> None:
    res = runner.invoke(app, ["entity", "Hakan Fidan", "--out", str(run_out), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output.splitlines()[0])["name"] == "هاكان فيدان"
    res = runner.invoke(app, ["entity", "عبد العاطى", "--out", str(run_out), "--json"])
    assert res.exit_code == 0 and json.loads(res.output.splitlines()[0])["name"] == "بدر عبد العاطي"


def test_quotes_by_surname(run_out: Path) -> None:
    res = runner.invoke(app, ["quotes", "--out", str(run_out), "--speaker", "فيدان"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines and all(ln.startswith("هاكان فيدان: «") for ln in lines)
    latin = runner.invoke(app, ["quotes", "--out", str(run_out), "--speaker", "Hakan Fidan"])
    assert latin.output == res.output


def test_events_filter_on_the_found_entity(run_out: Path) -> None:
    res = runner.invoke(app, ["events", "--out", str(run_out), "--entity", "Hakan Fidan"])
    lines = res.output.splitlines()
    assert res.exit_code == 0 and lines and all("هاكان فيدان" in ln for ln in lines)


@pytest.mark.parametrize("command", [["timeline", "--no-html", "--entity"], ["events", "--entity"],
                                     ["quotes", "--speaker"], ["entity"]])
def test_no_match_exits_1_with_the_nearest_names(run_out: Path, command: list[str]) -> None:
    res = runner.invoke(app, [*command, "لافرو", "--out", str(run_out)])
    assert res.exit_code == 1
    assert res.output.startswith("no entity matches 'لافرو'; did you mean: سيرغي لافروف")
    res = runner.invoke(app, [*command, "ماركو روبيو", "--out", str(run_out)])
    assert res.exit_code == 1 and res.output.strip() == "no entity matches 'ماركو روبيو'"


def test_a_bad_date_is_still_a_usage_error(run_out: Path) -> None:
    res = runner.invoke(app, ["timeline", "-o", str(run_out), "--entity", "ماركو", "--from", "soon"])
    assert res.exit_code == 2


def test_amman_and_oman_are_two_entities_and_amman_finds_amman(run_out: Path) -> None:
    res = runner.invoke(app, ["entity", "Amman", "--out", str(run_out), "--json"])
    assert res.exit_code == 0, res.output
    found = [json.loads(ln) for ln in res.output.splitlines()]
    assert [e["id"] for e in found] == ["amman"]
    oman = runner.invoke(app, ["entity", "Oman", "--out", str(run_out), "--json"])
    assert [json.loads(ln)["id"] for ln in oman.output.splitlines()] == ["oman"]
    reasons = [json.loads(ln)["mentions"] for ln in (run_out / "articles.jsonl").read_text().splitlines()]
    amman = [m for ms in reasons for m in ms if m.get("entity") == "amman"]
    assert amman and all(m["resolved_by"].startswith("context: ") for m in amman)
