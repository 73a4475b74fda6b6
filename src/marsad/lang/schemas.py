"""Schemas of the language tables: which columns each has and what a cell may hold.

Add a table by adding its TSV file under `lang/<code>/` and its schema here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field


class TableError(ValueError):
    """A language table is missing or breaks its schema; the message names the place."""


Check = Callable[[str], bool]


def nonempty(v: str) -> bool:
    return bool(v.strip())


def one_of(*allowed: str) -> Check:
    def check(v: str) -> bool:
        return v in allowed

    check.__name__ = f"one of {', '.join(allowed)}"
    return check


def integer(v: str) -> bool:
    return re.fullmatch(r"-?\d+", v) is not None


def optional(check: Check) -> Check:
    def opt(v: str) -> bool:
        return v == "" or check(v)

    opt.__name__ = f"empty or {getattr(check, '__name__', 'valid')}"
    return opt


def regex_compiles(v: str) -> bool:
    try:
        re.compile(v)
    except re.error:
        return False
    return bool(v)


def codepoints(v: str) -> bool:
    """`U+064B` or a range `U+064B..U+065F`."""
    return re.fullmatch(r"U\+[0-9A-F]{4,5}(\.\.U\+[0-9A-F]{4,5})?", v) is not None


@dataclass(frozen=True)
class Schema:
    columns: tuple[str, ...]
    checks: dict[str, Check] = field(default_factory=dict)

    def check(self, row: dict[str, str], where: str) -> None:
        for col, ok in self.checks.items():
            if not ok(row.get(col, "")):
                name = getattr(ok, "__name__", "valid")
                raise TableError(f"{where}: column {col!r} = {row.get(col)!r} is not {name}")


SCHEMAS: dict[str, Schema] = {
    # Arabic normalisation for matching: each source code point (or range) maps to a target.
    "normalization": Schema(
        ("source", "target", "rule"),
        {"source": codepoints, "rule": nonempty},
    ),
}
