"""What resolving an expression gives (its TIMEX3 type, value and mod), shared by the resolvers of
each kind of expression (`resolve.py`, `deictic.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.dates.lexicon import lexicon


@dataclass(frozen=True)
class Resolved:
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    mod: str | None = None


def mod_of(parts: dict[str, str]) -> int | None:
    """The shift a last/next word of the expression says (الماضي -1, المقبل +1), None without one."""
    m = parts.get("mod")
    return lexicon().modifiers.get(m) if m else None
