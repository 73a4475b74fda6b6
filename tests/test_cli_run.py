"""`marsad run` end to end: broken inputs reported one by one, good ones out, re-runs stable."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from tests.broken.make import article, build_all

ROOT = Path(__file__).resolve().parents[1]
CLEANING = "segment,language,site_chrome"
runner = CliRunner()


def _run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str]:
    res = runner.invoke(app, ["run", *args], input=stdin)
    return res.exit_code, res.output


def _articles(out: Path) -> list[dict]:  # type: ignore[type-arg]
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _outcomes(out: Path) -> dict[str, tuple[str, str]]:
    con = sqlite3.connect(out / "marsad.db")
    rows = {p: (s, r) for p, s, r in con.execute("SELECT path, status, reason FROM outcomes")}
    con.close()
    return rows


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], list[str], int, str]:
    corpus = tmp_path_factory.mktemp("broken")
    bad, good, noted = build_all(corpus)
    NOTED.update(noted)
    out = corpus.parent / (corpus.name + "_out")
    code, text = _run(str(corpus), "--out", str(out), "--steps", CLEANING)
    return out, bad, good, code, text


NOTED: dict[str, tuple[str, str]] = {}


def test_broken_corpus_runs_to_the_end_with_a_non_zero_exit(broken_run) -> None:  # type: ignore[no-untyped-def]
    out, bad, _good, code, text = broken_run
    assert code == 1
    assert (out / "articles.jsonl").exists() and (out / "marsad.db").exists()
    assert f"{len(bad)} input(s) skipped" in text


def test_each_bad_input_is_reported_with_its_reason_in_summary_and_database(broken_run) -> None:  # type: ignore[no-untyped-def]
    out, bad, _good, _code, text = broken_run
    rows = _outcomes(out)
    for path, reason in bad.items():
        assert path in rows, f"{path} has no outcome"
        status, got = rows[path]
        assert status == "skipped", (path, status, got)
        assert re.match(reason, got), (path, reason, got)
        assert f"{path} [ingest]: {got}" in text


def test_every_good_article_comes_out(broken_run) -> None:  # type: ignore[no-untyped-def]
    out, _bad, good, _code, _text = broken_run
    paths = {a["path"] for a in _articles(out)}
    assert set(good) <= paths
    rows = _outcomes(out)
    assert all(rows[p][0] in ("ok", "warning") for p in good)


def test_repaired_and_ignored_inputs_are_reported_with_their_reason(broken_run) -> None:  # type: ignore[no-untyped-def]
    out, _bad, _good, _code, _text = broken_run
    rows = _outcomes(out)
    assert NOTED
    for path, (status, reason) in NOTED.items():
        assert path in rows, f"{path} has no outcome"
        assert rows[path][0] == status and re.match(reason, rows[path][1]), (path, rows[path])


def test_every_input_file_has_an_outcome(broken_run) -> None:  # type: ignore[no-untyped-def]
    out, bad, good, _code, _text = broken_run
    rows = _outcomes(out)
    files = {p.split("#")[0] for p in [*bad, *good, *NOTED]}
    assert all(any(r == f or r.startswith(f + "#") for r in rows) for f in files)


def test_records_before_a_gzip_cut_still_come_out(broken_run) -> None:  # type: ignore[no-untyped-def]
    out, bad, _good, _code, _text = broken_run
    cut = next(p for p in bad if p.endswith("cut.jsonl.gz"))
    recovered = [a for a in _articles(out) if a["path"].startswith(cut + "#")]
    n = int(re.search(r"(\d+) record\(s\)", _outcomes(out)[cut][1]).group(1))  # type: ignore[union-attr]
    assert len(recovered) == n > 10


def test_truncated_character_and_ignored_files_are_reported_without_failing(broken_run) -> None:  # type: ignore[no-untyped-def]
    out, _bad, good, _code, text = broken_run
    rows = _outcomes(out)
    cut_char = next(p for p in good if p.endswith("cut_char.txt"))
    assert rows[cut_char][0] == "warning" and rows[cut_char][1].startswith("truncated")
    notes = next(p for p in rows if p.endswith("notes.md"))
    assert rows[notes][0] == "ignored"
    assert "3 ignored (hidden, other types, links)" in text


def test_rerun_updates_in_place_with_the_same_ids(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"a{n}.txt").write_text(article(n), encoding="utf-8")
    (corpus / "batch.jsonl").write_text(
        "\n".join(json.dumps({"text": article(n)}, ensure_ascii=False) for n in (5, 6)), encoding="utf-8")
    out = tmp_path / "out"
    counts = []
    ids = []
    for _ in range(2):
        code, _ = _run(str(corpus), "--out", str(out), "--steps", CLEANING)
        assert code == 0
        ids.append(sorted(a["id"] for a in _articles(out)))
        con = sqlite3.connect(out / "marsad.db")
        counts.append({t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                       for t in ("articles", "segments", "outcomes")})
        con.close()
    assert ids[0] == ids[1] and len(ids[0]) == 5
    assert counts[0] == counts[1] and counts[0]["articles"] == 5


def test_exact_duplicates_get_a_row_each_and_are_reported(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "two.txt").write_text(article(1), encoding="utf-8")
    code, text = _run(str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "--out", str(tmp_path / "o"),
                      "--steps", CLEANING)
    assert code == 0
    arts = {Path(a["path"]).name: a for a in _articles(tmp_path / "o")}
    assert len(arts) == 2 and arts["two.txt"]["duplicate_of"] == arts["one.txt"]["id"]
    assert "1 exact duplicate(s)" in text


@pytest.mark.parametrize("payload,n", [
    (article(1), 1),
    ("\n".join(json.dumps({"text": article(n)}, ensure_ascii=False) for n in range(4)), 4),
    (json.dumps([{"text": article(7)}, {"text": article(8)}], ensure_ascii=False), 2),
], ids=["text", "jsonl", "json"])
def test_stdin_is_read_in_the_format_it_holds(tmp_path: Path, payload: str, n: int) -> None:
    code, _ = _run("-", "--out", str(tmp_path), "--steps", CLEANING, stdin=payload.encode("utf-8"))
    assert code == 0
    arts = _articles(tmp_path)
    assert len(arts) == n
    assert all(a["path"].startswith("-") for a in arts)


def test_a_missing_input_is_a_user_mistake_refused_before_anything_is_written(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(article(1), encoding="utf-8")
    missing = str(tmp_path / "nope.txt")
    code, text = _run(str(good), missing, "--out", str(tmp_path / "o"), "--steps", CLEANING)
    assert code == 2
    assert "nope.txt" in text and "does not exist" in text
    assert len(text.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_unknown_step_is_refused_before_reading(tmp_path: Path) -> None:
    code, text = _run(str(tmp_path), "--out", str(tmp_path / "o"), "--steps", "segment,nonsense")
    assert code == 2
    assert "nonsense" in text
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("command", [[], ["run"], ["version"]])
def test_help_says_what_each_command_does(command: list[str]) -> None:
    res = runner.invoke(app, [*command, "--help"])
    assert res.exit_code == 0
    assert len(res.output.split()) > 10


def test_console_script_reads_every_sample_article(tmp_path: Path) -> None:
    """The README's second set-up command, as a user types it (all steps): every sample
    article is read by ingest (a later stage may still reject one; that stage's tests own it)."""
    res = subprocess.run([sys.executable, "-m", "marsad.cli.main", "run", str(ROOT / "examples" / "corpus"),
                          "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in res.stderr
    rows = _outcomes(tmp_path)
    con = sqlite3.connect(tmp_path / "marsad.db")
    stages = {p: st for p, st in con.execute("SELECT path, stage FROM outcomes")}
    con.close()
    assert len(rows) == 10
    assert all(stages[p] != "ingest" or s in ("ok", "warning") for p, (s, _r) in rows.items())
    assert (res.returncode == 0) == all(s != "skipped" for s, _r in rows.values())


def test_version_and_short_help_work_everywhere() -> None:
    from typer.testing import CliRunner

    from marsad import __version__
    from marsad.cli.main import app

    runner = CliRunner()
    for args in (["--version"], ["-V"], ["version"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and res.output.strip() == __version__, args
    for args in (["-h"], ["run", "-h"], ["stories", "-h"], ["ner", "train", "-h"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and "Usage" in res.output, args
