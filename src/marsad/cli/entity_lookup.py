"""The one name lookup of the command line: `marsad entity NAME`, `marsad events --entity`,
`marsad quotes --speaker` and `marsad timeline --entity` resolve NAME to entity ids here.
When nothing matches, one line on stderr offers the nearest names and the exit code is 1."""

from __future__ import annotations

import sqlite3

import typer

from marsad import reading


def no_match_line(name: str, suggestions: list[tuple[str, str]]) -> str:
    """`no entity matches 'X'; did you mean: A, B?` (without the question when none is close)."""
    names = ", ".join(dict.fromkeys(n for _, n in suggestions))
    return f"no entity matches {name!r}" + (f"; did you mean: {names}?" if names else "")


def ids_or_exit(con: sqlite3.Connection, name: str) -> list[str]:
    """The ids of the entities `name` names, best first; exits with code 1 when none."""
    found = reading.entity_ids(con, name)
    if not found.ids:
        typer.echo(no_match_line(name, found.suggestions), err=True)
        raise typer.Exit(code=1)
    return found.ids
