"""Text as it comes, made safe to hash and store, each repair named.

Any Unicode whitespace, CRLF, NBSP and line separators are kept as they are. Two things
cannot be kept: a lone surrogate (a JSON escape such as "\\ud800" with no pair; it cannot be
written as UTF-8) is replaced by U+FFFD, and a NUL character is removed. Each repair is
named in a note, so that the article's outcome is a warning that says so.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
# The article flag of each repair, beside the warning.
SURROGATES_REPLACED = "lone_surrogates_replaced"
NULS_REMOVED = "nul_removed"


def repair_field(value: str, field: str) -> tuple[str, list[tuple[str, str]]]:
    """`value` without NULs and with lone surrogates replaced, and a (flag, note) per repair."""
    notes: list[tuple[str, str]] = []
    if "\x00" in value:
        n = value.count("\x00")
        value = value.replace("\x00", "")
        notes.append((NULS_REMOVED, f"{n:,} NUL character(s) removed from the {field}"))
    value, n = _SURROGATE.subn("\ufffd", value)
    if n:
        notes.append((SURROGATES_REPLACED, f"{n:,} lone surrogate(s) in the {field} replaced by U+FFFD"))
    return value, notes


def printable(text: str) -> str:
    """`text` (a path or a reason) that can be written as UTF-8: bytes of a file name that
    are not UTF-8 (held as surrogates by Python) are shown as \\xNN escapes."""
    if not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
