"""Walk the inputs (files, folders, `-` for stdin) and yield articles or outcomes."""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.ingest.decode import DecodeError, decode
from marsad.ingest.formats import FormatError, Record, read_html, read_json, read_jsonl, read_txt
from marsad.model import Article, Outcome

MAX_BYTES = 20 * 1024 * 1024
READERS: dict[str, Callable[[str], Iterable[Any]]] = {
    ".txt": read_txt, ".text": read_txt, ".html": read_html, ".htm": read_html,
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
}


def _suffix(name: str) -> str:
    p = Path(name[:-3] if name.endswith(".gz") else name)
    return p.suffix.lower()


def iter_files(inputs: Iterable[str]) -> Iterator[str]:
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and _suffix(f.name) in READERS:
                    yield str(f)
        else:
            yield item


def _load_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"no such file: {path}")
    if p.stat().st_size > MAX_BYTES and not path.endswith(".gz"):
        raise ValueError(f"file is {p.stat().st_size / 2**20:.1f} MB, over the 20 MB limit")
    data = p.read_bytes()
    if path.endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as gz:
                data = gz.read(MAX_BYTES + 1)
        except (OSError, EOFError, zlib.error) as e:
            raise ValueError(f"broken gzip data: {e}") from e
    if len(data) > MAX_BYTES:
        raise ValueError("content is over the 20 MB limit")
    return data


def _article(path: str, rec: Record, encoding: str) -> Article:
    meta = {k: v for k, v in rec.items() if k != "text"}
    meta["encoding"] = encoding
    return Article(
        path=path, text=rec["text"], title=rec.get("title"), url=rec.get("url"),
        source=rec.get("source"), meta=meta,
    )


def read_file(path: str) -> Iterator[Article | Outcome]:
    """The articles of one input, or one outcome per thing that went wrong."""
    reader = read_txt if path == "-" else READERS.get(_suffix(path))
    if reader is None:
        yield Outcome(path, "skipped", "ingest", f"unknown file type {_suffix(path)!r}")
        return
    try:
        data = _load_bytes(path)
        if not data.strip():
            yield Outcome(path, "skipped", "ingest", "empty file")
            return
        text, encoding = decode(data)
        multi = reader in (read_json, read_jsonl)
        n = 0
        for n, rec in enumerate(reader(text)):
            where = f"{path}#{n}" if multi else path
            if isinstance(rec, FormatError):
                yield Outcome(where, "skipped", "ingest", str(rec))
            elif not rec["text"].strip():
                yield Outcome(where, "skipped", "ingest", "record with empty text")
            else:
                yield _article(where, rec, encoding)
    except (OSError, ValueError, DecodeError, FormatError) as e:
        yield Outcome(path, "skipped", "ingest", str(e))


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Outcome]:
    for path in iter_files(inputs):
        yield from read_file(path)
