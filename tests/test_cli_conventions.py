"""The command line behaves the same everywhere: `--version` and `-h`; `--out` names the
output folder on every command that has one; `--json` on every read command, with names next
to ids; a missing input, an `--out` that is a file or has no database, a missing or malformed
`--kb` each get one line and exit code 2, and nothing is written; `ner train` needs `--out`;
the NER model is configuration, never read from the environment."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from marsad import __version__
from marsad.cli.main import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "corpus"
runner = CliRunner()


def _commands(group: Any = None, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    """Every command of `marsad` (click commands, as typer builds them), by its words
    (`("ner", "train")`)."""
    group = group or typer.main.get_command(app)
    found: dict[tuple[str, ...], Any] = {}
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            found.update(_commands(cmd, (*prefix, name)))
        else:
            found[(*prefix, name)] = cmd
    return found


def _options(cmd: Any) -> set[str]:
    return {o for p in cmd.params for o in p.opts}


COMMANDS = _commands()
NO_FOLDER = {("version",), ("ner", "eval")}  # print a version or scores; they write nothing
# The commands that read a run's folder, with the arguments they need besides --out.
READERS: dict[str, list[str]] = {
    "entities": [], "entity": ["روسيا"], "events": [], "quotes": [], "timeline": ["--no-html"],
    "stories": [], "story": ["s0"], "index": [], "export": ["--format", "csv"], "serve": [],
}
JSON_READERS = ("entities", "entity", "events", "quotes", "timeline", "stories", "story")


def test_every_command_is_known_here() -> None:
    words = {" ".join(c) for c in COMMANDS}
    assert {"run", "ner train", "ner eval", "ner clusters", "version"} | set(READERS) == words


def test_version_and_short_help_on_every_command() -> None:
    for args in (["--version"], ["-V"], ["version"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and res.output.strip() == __version__, args
    for words in [(), ("ner",), *COMMANDS]:
        res = runner.invoke(app, [*words, "-h"])
        assert res.exit_code == 0 and "Usage" in res.output, words


def test_every_command_that_writes_or_reads_a_folder_takes_out() -> None:
    for words, cmd in COMMANDS.items():
        if words not in NO_FOLDER:
            assert {"--out"} <= _options(cmd), words
            out = next(p for p in cmd.params if "--out" in p.opts)
            assert "-o" in out.opts or words[0] == "ner", words


def test_every_read_command_takes_json() -> None:
    for name in JSON_READERS:
        assert "--json" in _options(COMMANDS[(name,)]), name


def _one_line_refusal(res: Any) -> str:
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output and "╭" not in res.output, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1, res.output
    return lines[0]


@pytest.mark.parametrize("name", sorted(READERS))
def test_an_out_that_is_a_file_is_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine\n", encoding="utf-8")
    line = _one_line_refusal(runner.invoke(app, [name, *READERS[name], "--out", str(target)]))
    assert "is a file, not a folder" in line and str(target) in line
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("name", sorted(READERS))
def test_an_out_without_a_database_is_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    missing = tmp_path / "nowhere"
    line = _one_line_refusal(runner.invoke(app, [name, *READERS[name], "--out", str(missing)]))
    assert "marsad run" in line
    assert not missing.exists() and not list(tmp_path.iterdir())


def test_run_with_an_out_that_is_a_file_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "o"
    target.write_text("mine\n", encoding="utf-8")
    line = _one_line_refusal(runner.invoke(app, ["run", str(SAMPLE / "alwatan"), "--out", str(target)]))
    assert "is a file, not a folder" in line and target.read_text(encoding="utf-8") == "mine\n"


def test_run_with_a_missing_input_writes_nothing(tmp_path: Path) -> None:
    res = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    line = _one_line_refusal(res)
    assert "does not exist" in line and "nope" in line
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("name", "content", "says"), [
    ("missing.csv", None, "no such catalogue file"),
    ("broken.yaml", "- name: [روسيا\n  type: LOC\n", "not YAML"),
    ("planet.yaml", "- id: x\n  type: PLANET\n  name: س\n", "not one of PER"),
    ("nameless.csv", "id,type\nx,LOC\n", "has no name"),
], ids=["missing", "yaml-syntax", "yaml-type", "csv-no-name"])
def test_run_with_a_missing_or_malformed_kb_writes_nothing(tmp_path: Path, name: str, content: str | None,
                                                           says: str) -> None:
    kb = tmp_path / name
    if content is not None:
        kb.write_text(content, encoding="utf-8")
    out = tmp_path / "o"
    res = runner.invoke(app, ["run", str(SAMPLE / "alwatan"), "--out", str(out), "--kb", str(kb)])
    line = _one_line_refusal(res)
    assert line.startswith(f"marsad run: --kb {kb}") and says in line and "nothing was written" in line
    assert not out.exists()


def test_run_with_a_folder_that_is_not_an_ner_model_is_one_line(tmp_path: Path) -> None:
    line = _one_line_refusal(runner.invoke(app, ["run", str(SAMPLE / "alwatan"), "--out", str(tmp_path / "o"),
                                                 "--ner-model", str(tmp_path)]))
    assert "--ner-model" in line and "not an NER model folder" in line
    assert not (tmp_path / "o").exists()


def test_ner_train_without_out_is_refused_and_the_shipped_model_is_untouched() -> None:
    models = ROOT / "src" / "marsad" / "models"
    before = {p.name: p.stat().st_mtime_ns for p in models.iterdir()}
    line = _one_line_refusal(runner.invoke(app, ["ner", "train", "--iterations", "1"]))
    assert "--out" in line
    assert {p.name: p.stat().st_mtime_ns for p in models.iterdir()} == before


def test_the_ner_model_is_configuration_not_the_environment() -> None:
    """No module reads the environment for a setting, save Spark's own bind address."""
    reads = re.compile(r"os\.environ|getenv\(")
    found = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "src" / "marsad").rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if reads.search(line)]
    assert all(f.startswith("src/marsad/engines.py") for f in found), found
    params = __import__("inspect").signature(__import__("marsad").run).parameters
    assert "ner_model" in params


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("conventions") / "out"
    res = runner.invoke(app, ["run", str(SAMPLE / "alwatan"), str(SAMPLE / "alkhabar"), "--out", str(out),
                              "-q"])
    assert res.exit_code == 0, res.output
    return out


def _json_lines(out: Path, *args: str) -> list[dict[str, object]]:
    res = runner.invoke(app, [*args, "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.output.splitlines() if line.strip()]


def test_every_read_command_prints_json_lines_with_names_next_to_ids(run_out: Path) -> None:
    entities = _json_lines(run_out, "entities")
    assert entities and all(e["id"] and e["name"] for e in entities)
    (first,) = _json_lines(run_out, "entity", str(entities[0]["id"]))
    assert first["id"] == entities[0]["id"] and first["name"] == entities[0]["name"]
    events = _json_lines(run_out, "events")
    assert events
    for ev in events:
        assert len(ev["participants"]) == len(ev["participant_names"])  # type: ignore[arg-type]
        assert (ev["place"] is None) == (ev["place_name"] is None)
    for q in _json_lines(run_out, "quotes"):
        assert (q["speaker"] is None) == (q["speaker_name"] is None)
    timeline = _json_lines(run_out, "timeline", "--no-html")
    assert timeline and all(len(t["participants"]) == len(t["participant_names"])  # type: ignore[arg-type]
                            for t in timeline)
    stories = _json_lines(run_out, "stories")
    assert stories and all(s["headline"] for s in stories)
    assert all(e["name"] for s in stories for e in s["entities"])  # type: ignore[attr-defined]
    (story,) = _json_lines(run_out, "story", str(stories[0]["id"]))
    assert story["id"] == stories[0]["id"] and story["headline"] == stories[0]["headline"]
