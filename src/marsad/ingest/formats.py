"""One reader per input format: each turns decoded text into article records.

A reader yields records (dicts with `text` and optional `title`, `url`, `date`,
`source`, `author`) or, for a multi-record input, a `FormatError` per bad record so
that the other records still come out. A reader raises `FormatError` when the whole
input is unusable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

TEXT_FIELDS = ("text", "content", "body")
DATE_FIELDS = ("date", "published", "date_extracted")
META_FIELDS = ("title", "url", "source", "author")


class FormatError(ValueError):
    """The input is not well-formed for its format; the message says where."""


Record = dict[str, Any]


def read_txt(text: str) -> Iterator[Record]:
    yield {"text": text}


def record_from_obj(obj: Any, where: str) -> Record:
    """The record of one JSON object; FormatError when it is not an article."""
    if not isinstance(obj, dict):
        raise FormatError(f"{where}: not an article: expected a JSON object, found {type(obj).__name__}")
    body = next((obj[f] for f in TEXT_FIELDS if isinstance(obj.get(f), str)), None)
    if body is None:
        raise FormatError(f"{where}: not an article: no text field (one of {', '.join(TEXT_FIELDS)})")
    rec: Record = {"text": body}
    for key in META_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            rec[key] = value.strip()
    for key in DATE_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            rec["date"] = value.strip()
            rec["date_field"] = key
            break
    return rec


def _json_error(e: json.JSONDecodeError, text: str) -> str:
    if e.pos >= len(text.rstrip()) - 1 or "Unterminated" in e.msg:
        return f"truncated JSON: the document ends early (line {e.lineno}, column {e.colno}: {e.msg})"
    return f"malformed JSON: {e.msg} at line {e.lineno}, column {e.colno}"


def read_json(text: str) -> Iterator[Record | FormatError]:
    try:
        data = json.loads(text)
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
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise FormatError(f"line {lineno}: malformed JSON (column {e.colno}: {e.msg})") from e
    return record_from_obj(obj, f"line {lineno}")


def read_jsonl(text: str) -> Iterator[Record | FormatError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
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


def sniff(head: str) -> str:
    """The format of text read without a file name (stdin): json, jsonl, html or txt."""
    start = head.lstrip("\ufeff \t\r\n")[:1]
    if start == "[":
        return ".json"
    if start == "{":
        first = head.lstrip().split("\n", 1)[0].strip()
        try:
            json.loads(first)
        except json.JSONDecodeError:
            return ".json"
        return ".jsonl"
    if start == "<" and re.search(r"<(html|body|head|div|p|article)\b", head[:5000], re.I):
        return ".html"
    return ".txt"
