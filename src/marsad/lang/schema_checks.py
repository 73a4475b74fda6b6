"""The checks a language table's cells pass and the `Schema` that names a table's columns and
checks (`schemas.SCHEMAS` lists every table's).
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


def arabic_word(v: str) -> bool:
    """One word of Arabic letters, no marks, digits or spaces."""
    return re.fullmatch(r"[\u0621-\u063A\u0641-\u064A]+", v) is not None


def two_arabic_words(v: str) -> bool:
    """Two words of Arabic letters separated by one space («مجلس إدارة»)."""
    parts = v.split(" ")
    return len(parts) == 2 and all(arabic_word(w) for w in parts)


def latin_word(v: str) -> bool:
    """One lower-case word of Latin letters (accents, a hyphen or an apostrophe allowed)."""
    bare = v.replace("-", "").replace("'", "")
    return v == v.lower() and bare.isalpha() and all(ord(c) < 0x370 for c in bare)


def arabic_phrase(v: str) -> bool:
    """Words of Arabic letters separated by one space each («خادم الحرمين الشريفين»)."""
    return all(arabic_word(w) for w in v.split(" "))


CATALOGUE_ID = r"[a-z][a-z0-9_]*"  # a catalogue entry's id
# Offices one person holds at a time: event_unique_offices.tsv's and the catalogue's `holds`.
UNIQUE_OFFICES = ("head", "government", "heir", "deputy_heir")


def catalogue_id(v: str) -> bool:
    """A catalogue entry's id: lower-case Latin letters, digits and underscores («saudi_arabia»)."""
    return re.fullmatch(CATALOGUE_ID, v) is not None


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
