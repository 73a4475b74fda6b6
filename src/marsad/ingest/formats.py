"""One reader per input format: each turns decoded text into article records.

A reader yields records (dicts with `text` and optional `title`, `url`, `date`,
`source`, `author`, and `NOTES`: what was repaired or left out) or, for a multi-record
input, a `FormatError` per bad record so that the other records still come out. A reader
raises `FormatError` when the whole input is unusable. JSON is parsed within the limits of
`ingest/json_bounds.py`; JSON Lines are split on "\n" only (U+2028 and other line
separators are text inside a record).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from marsad.ingest.json_bounds import (
    HugeNumber,
    huge_number_note,
    largest_huge_number,
    loads,
    shape_refusal,
)
from marsad.ingest.limits import MAX_RECORDS_PER_FILE

TEXT_FIELDS = ("text", "content", "body")
DATE_FIELDS = ("date", "published", "date_extracted")
META_FIELDS = ("title", "url", "source", "author")
# The key of a record's list of notes (repairs, parts left out): they make its outcome a warning.
NOTES = "_notes"


_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


# The fields written for a reader, where a scraper's HTML escapes are noise (a url's are not touched).
READER_FIELDS = frozenset({"title", "author"})


def meta_value(key: str, value: str) -> str:
    """A metadata field, trimmed; a title or author as a reader sees it: its well-formed HTML
    character references decoded (a scraper's «&quot;الريثي&quot;», «&nbsp;»)."""
    if key in READER_FIELDS and "&" in value:
        value = _ENTITY.sub(lambda m: html.unescape(m[0]), value)
    return value.strip()


class FormatError(ValueError):
    """The input is not well-formed for its format; the message says where."""


Record = dict[str, Any]


def read_txt(text: str) -> Iterator[Record]:
    yield {"text": text}


def record_from_obj(obj: Any, where: str) -> Record:
    """The record of one JSON object; FormatError when it is not an article."""
    if not isinstance(obj, dict):
        found = f"a number of {obj.chars:,} characters" if isinstance(obj, HugeNumber) else type(obj).__name__
        raise FormatError(f"{where}: not an article: expected a JSON object, found {found}")
    body = next((obj[f] for f in TEXT_FIELDS if isinstance(obj.get(f), str)), None)
    if body is None:
        raise FormatError(f"{where}: not an article: no text field (one of {', '.join(TEXT_FIELDS)})")
    rec: Record = {"text": body}
    for key in META_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and (value := meta_value(key, value)):
            rec[key] = value
    for key in DATE_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            rec["date"] = value.strip()
            rec["date_field"] = key
            break
    huge = largest_huge_number(obj)
    if huge:
        rec[NOTES] = [huge_number_note(huge)]
    return rec


def _json_error(e: json.JSONDecodeError, text: str) -> str:
    if e.pos >= len(text.rstrip()) - 1 or "Unterminated" in e.msg:
        return f"truncated JSON: the document ends early (line {e.lineno}, column {e.colno}: {e.msg})"
    return f"malformed JSON: {e.msg} at line {e.lineno}, column {e.colno}"


def _parse(text: str, count_records: bool) -> Any:
    """The JSON value of `text`; FormatError when it is malformed or over a limit."""
    refusal = shape_refusal(text, count_records)
    if refusal:
        raise FormatError(refusal)
    try:
        return loads(text)
    except RecursionError as e:  # the scan above should make this unreachable
        raise FormatError("too deep: JSON nested too deeply to read; not read") from e


def read_json(text: str) -> Iterator[Record | FormatError]:
    try:
        data = _parse(text, count_records=True)
    except json.JSONDecodeError as e:
        raise FormatError(_json_error(e, text)) from e
    items = data if isinstance(data, list) else [data]
    if not items:
        raise FormatError("empty: a JSON list with no articles")
    for n, obj in enumerate(items):
        try:
            yield record_from_obj(obj, f"item {n}")
        except FormatError as e:
            yield e


def record_from_line(line: str, lineno: int) -> Record:
    """The record of one JSON Lines line; FormatError names the line and the fault."""
    try:
        obj = _parse(line, count_records=False)
    except json.JSONDecodeError as e:
        raise FormatError(f"line {lineno}: malformed JSON (column {e.colno}: {e.msg})") from e
    except FormatError as e:
        raise FormatError(f"line {lineno}: {e}") from e
    return record_from_obj(obj, f"line {lineno}")


def too_many_records(lineno: int) -> str:
    return (f"too many records: over the limit of {MAX_RECORDS_PER_FILE:,} per file; line "
            f"{lineno} and the lines after it were not read (split the file)")


def read_jsonl(text: str) -> Iterator[Record | FormatError]:
    records = 0
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        records += 1
        if records > MAX_RECORDS_PER_FILE:
            raise FormatError(too_many_records(n))
        try:
            yield record_from_line(line, n)
        except FormatError as e:
            yield e


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")


def read_html(text: str) -> Iterator[Record]:
    import trafilatura  # imported here: only HTML inputs pay for it

    if not _TAG.search(text[:100_000]):
        raise FormatError("malformed HTML: no tags at all (is it a plain text file?)")
    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True,
        )
    except Exception as e:  # noqa: BLE001 - any parser failure is this input's fault
        raise FormatError(f"malformed HTML: the parser failed ({type(e).__name__}: {e})") from e
    data = {} if doc is None else doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not any(c.isalpha() for c in body):
        raise FormatError("malformed or empty HTML: no main text could be extracted")
    rec: Record = {"text": body}
    for key in ("title", "url", "date", "sitename", "author"):
        if data.get(key):
            rec["source" if key == "sitename" else key] = str(data[key])
    if "date" in rec:
        rec["date_field"] = "html_meta"
    yield rec


def sniff(head: str, cut: bool = False) -> str:
    """The format of text read without a file name (stdin): json, jsonl, html or txt.

    `head` should hold the first non-blank line whole: JSON Lines when that line is one
    JSON value. `cut` says the head ends inside that line because the line is longer than
    MAX_LINE_BYTES: JSON Lines too (streamed, that line is then refused as oversized).
    """
    start = head.lstrip("\ufeff \t\r\n")[:1]
    if start == "[":
        return ".json"
    if start == "{":
        first, *rest = head.lstrip("\ufeff \t\r\n").split("\n", 1)
        if cut and not rest:
            return ".jsonl"
        try:
            _parse(first.strip(), count_records=False)
        except (json.JSONDecodeError, FormatError):
            return ".json"
        return ".jsonl"
    if start == "<" and re.search(r"<(html|body|head|div|p|article)\b", head[:5000], re.I):
        return ".html"
    return ".txt"
