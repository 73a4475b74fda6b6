"""One reader per input format: each turns decoded text into article records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

TEXT_FIELDS = ("text", "content", "body")
DATE_FIELDS = ("date", "published", "date_extracted")


class FormatError(ValueError):
    """The input is not well-formed for its format; the message says where."""


Record = dict[str, Any]


def read_txt(text: str) -> Iterator[Record]:
    yield {"text": text}


def _record_from_obj(obj: Any, where: str) -> Record:
    if not isinstance(obj, dict):
        raise FormatError(f"{where}: expected a JSON object, found {type(obj).__name__}")
    body = next((obj[f] for f in TEXT_FIELDS if isinstance(obj.get(f), str)), None)
    if body is None:
        raise FormatError(f"{where}: no text field (one of {', '.join(TEXT_FIELDS)})")
    rec: Record = {"text": body}
    for key in ("title", "url", "source", "author"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            rec[key] = obj[key].strip()
    for key in DATE_FIELDS:
        if isinstance(obj.get(key), str) and obj[key].strip():
            rec["date"] = obj[key].strip()
            rec["date_field"] = key
            break
    return rec


def read_json(text: str) -> Iterator[Record | FormatError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FormatError(f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}") from e
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items):
        try:
            yield _record_from_obj(obj, f"item {n}")
        except FormatError as e:
            yield e


def read_jsonl(text: str) -> Iterator[Record | FormatError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield FormatError(f"line {n}: malformed JSON: {e.msg}")
            continue
        try:
            yield _record_from_obj(obj, f"line {n}")
        except FormatError as e:
            yield e


def read_html(text: str) -> Iterator[Record]:
    import trafilatura  # imported here: only HTML inputs pay for it

    doc = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False,
        favor_recall=True,
    )
    if doc is None:
        raise FormatError("HTML with no extractable text (malformed or empty page)")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        raise FormatError("HTML with no extractable text (malformed or empty page)")
    rec: Record = {"text": body}
    for key in ("title", "url", "date", "sitename"):
        if data.get(key):
            rec["source" if key == "sitename" else key] = str(data[key])
    if "date" in rec:
        rec["date_field"] = "html_meta"
    yield rec
