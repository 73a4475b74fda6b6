"""How every command refuses a mistake in the command line (a missing input, an --out that
is a file or holds no database, an unreadable --kb, ...): one line on standard error saying
what is wrong and what to do, exit code 2, and nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer


def one_line(message: str) -> str:
    """`message` on one line (a library's multi-line error folded into spaces)."""
    return " ".join(message.split())


def refuse(command: str, message: str) -> NoReturn:
    """Stop `marsad COMMAND` with `marsad COMMAND: MESSAGE` on one line, exit code 2."""
    typer.echo(f"marsad {command}: {one_line(message)}", err=True)
    raise typer.Exit(code=2)


def not_a_run_folder(out: Path) -> str | None:
    """Why `out` cannot be the output folder of a run when it is a file (None otherwise)."""
    if out.exists() and not out.is_dir():
        return f"--out {out} is a file, not a folder; give the output folder of a `marsad run`"
    return None


def run_database(command: str, out: Path) -> Path:
    """OUT/marsad.db; a refusal when `out` is a file or holds no database."""
    if problem := not_a_run_folder(out):
        refuse(command, problem)
    db = out / "marsad.db"
    if not db.is_file():
        refuse(command, f"no marsad.db in {out}; run `marsad run INPUT... --out {out}` first")
    return db
