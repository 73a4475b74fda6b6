"""JSON parsed within stated limits: nesting depth, number size and records per document.

`json.loads` recurses once per level of nesting (a RecursionError deep down) and `int()`
refuses numbers over 4,300 digits (a ValueError). Here the shape of a document is scanned
before it is parsed (`shape_refusal`), and numbers over `MAX_NUMBER_CHARS` are kept as a
`HugeNumber` instead of being converted, so a hostile value gives a reason, never an
exception. Limits are in `ingest/limits.py`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from marsad.ingest.limits import MAX_JSON_DEPTH, MAX_NUMBER_CHARS, MAX_RECORDS_PER_FILE

# A JSON string, escapes included (unrolled, so matching is linear).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_STRUCTURE = re.compile(r"[^\[\]{},]+")


@dataclass(frozen=True, slots=True)
class HugeNumber:
    """A JSON number over MAX_NUMBER_CHARS, left unparsed: only its length is kept."""

    chars: int


def _number(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float | HugeNumber:
        return HugeNumber(len(text)) if len(text) > MAX_NUMBER_CHARS else kind(text)

    return parse


_DECODER = json.JSONDecoder(parse_int=_number(int), parse_float=_number(float), strict=False)


def loads(text: str) -> Any:
    """`json.loads` with big numbers kept as HugeNumber and control characters accepted
    inside strings. Call `shape_refusal` first: this one does not bound the depth."""
    return _DECODER.decode(text)


def shape_refusal(text: str, count_records: bool = False) -> str | None:
    """Why `text` must not be parsed: nested deeper than MAX_JSON_DEPTH, or (with
    `count_records`) a top-level list of more than MAX_RECORDS_PER_FILE items; else None.

    Cheap for ordinary input: the brackets are scanned only when there are more of them
    (or of commas) than the limits. Brackets inside strings do not count.
    """
    deep = text.count("[") + text.count("{") > MAX_JSON_DEPTH
    many = count_records and text.count(",") >= MAX_RECORDS_PER_FILE
    if not (deep or many):
        return None
    structure = _NOT_STRUCTURE.sub("", _STRING.sub("", text))
    depth = 0
    top_commas = 0
    for ch in structure:
        if ch == ",":
            top_commas += depth == 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return (f"too deep: JSON nested more than {MAX_JSON_DEPTH} levels (the limit); "
                        "not read")
        else:
            depth -= 1
    if count_records and structure[:1] == "[" and top_commas >= MAX_RECORDS_PER_FILE:
        return (f"too many records: {top_commas + 1:,} in one JSON document, over the limit of "
                f"{MAX_RECORDS_PER_FILE:,} per file; not read (split the file)")
    return None


def largest_huge_number(value: Any, depth: int = 0) -> int:
    """The length of the longest HugeNumber in `value` (0 when none)."""
    if isinstance(value, HugeNumber):
        return value.chars
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    best = 0
    for item in items:
        if isinstance(item, (dict, list, HugeNumber)) and depth <= MAX_JSON_DEPTH:
            best = max(best, largest_huge_number(item, depth + 1))
    return best


def huge_number_note(chars: int) -> str:
    return (f"a number of {chars:,} characters, over the {MAX_NUMBER_CHARS}-character limit, "
            "was left unread (marsad reads no numbers from a record)")
