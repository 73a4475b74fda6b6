"""`marsad serve`: mistakes in the command get one line and exit code 2, before any server
starts (the pages and the API are tested in test_web_*.py)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.main import app

runner = CliRunner()


def test_a_folder_without_a_database_is_refused(tmp_path: Path) -> None:
    res = runner.invoke(app, ["serve", "--out", str(tmp_path)])
    assert res.exit_code == 2 and "no marsad.db" in res.output and "marsad run" in res.output
    assert not any(tmp_path.iterdir())


def test_a_port_out_of_range_is_refused(tmp_path: Path) -> None:
    (tmp_path / "marsad.db").write_bytes(b"")
    res = runner.invoke(app, ["serve", "--out", str(tmp_path), "--port", "70000"])
    assert res.exit_code == 2 and "--port" in res.output
