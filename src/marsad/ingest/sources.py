"""Walk the inputs (files, folders, `-` for stdin) and yield articles or outcomes.

Every input gives either articles or an `Outcome` that says why not: `skipped` (with a
reason: unreadable, binary, empty, truncated, wrongly encoded, oversized, malformed),
`warning` (the article came out, something was repaired or dropped) or `ignored` (a
file of a type marsad does not read, met while walking a folder).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from marsad.ingest.decode import Decoded, DecodeError, decode, repair_misread_utf8
from marsad.ingest.formats import (
    FormatError,
    Record,
    read_html,
    read_json,
    read_jsonl,
    read_txt,
    record_from_line,
    sniff,
)
from marsad.ingest.load import (
    MAX_BYTES,
    InputError,
    check_readable,
    file_lines,
    read_stdin_head,
    read_stdin_whole,
    read_whole,
    split_lines,
)
from marsad.model import Article, Outcome

READERS: dict[str, Callable[[str], Iterable[Any]]] = {
    ".txt": read_txt, ".text": read_txt, ".html": read_html, ".htm": read_html,
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
}
STREAMED = (".jsonl", ".ndjson")
Item = Article | Outcome


def suffix(name: str) -> str:
    """The format suffix of a file name, looking through a final `.gz`."""
    p = Path(name[:-3] if name.lower().endswith(".gz") else name)
    return p.suffix.lower()


def _skip(path: str, reason: str) -> Outcome:
    return Outcome(path, "skipped", "ingest", reason)


def iter_files(inputs: Iterable[str]) -> Iterator[str | Outcome]:
    """Each input file in order (folders walked, sorted); an Outcome for what cannot be."""
    for item in inputs:
        p = Path(item)
        if item == "-" or not p.is_dir():
            yield item
            continue
        found = False
        for f in sorted(p.rglob("*")):
            if f.name.startswith(".") or f.is_dir():
                continue
            if suffix(f.name) not in READERS:
                kind = suffix(f.name) or "no suffix"
                yield Outcome(str(f), "ignored", "ingest", f"not a type marsad reads ({kind})")
                continue
            found = True
            yield str(f)
        if not found:
            yield _skip(item, "folder holds no .txt, .html, .htm, .json or .jsonl files")


def _article(path: str, rec: Record, decoded: Decoded | str) -> Article:
    meta = {k: v for k, v in rec.items() if k != "text"}
    meta["encoding"] = decoded if isinstance(decoded, str) else decoded.encoding
    return Article(
        path=path, text=rec["text"], title=rec.get("title"), url=rec.get("url"),
        source=rec.get("source"), meta=meta,
    )


def _has_meta(rec: Record) -> bool:
    return bool(rec.get("title") or rec.get("url"))


def _empty_note(art: Article) -> str:
    """A record with a title or URL but no text is an article with no text: flagged."""
    if art.text.strip():
        return ""
    art.flag("no_article_text")
    return "empty: the record has a title or URL but no text; flagged no_article_text"


def _records(path: str, kind: str, text: str, decoded: Decoded) -> Iterator[Item]:
    multi = kind in (".json", ".jsonl", ".ndjson")
    n = -1
    for n, rec in enumerate(READERS[kind](text)):
        where = f"{path}#{n}" if multi else path
        if isinstance(rec, FormatError):
            yield _skip(where, str(rec))
        elif not rec["text"].strip() and not _has_meta(rec):
            yield _skip(where, "empty: the record has no text")
        else:
            art = _article(where, rec, decoded)
            yield art
            warning = "; ".join(w for w in (decoded.warning, _empty_note(art)) if w)
            if warning:
                yield Outcome(where, "warning", "ingest", warning, art.id)
    if n < 0:
        yield _skip(path, "empty: no records")


def _whole(path: str, kind: str, data: bytes) -> Iterator[Item]:
    if not data.strip():
        yield _skip(path, "empty file")
        return
    decoded = decode(data)
    if not decoded.text.strip():
        yield _skip(path, "empty file (no text after decoding)")
        return
    yield from _records(path, kind, decoded.text, decoded)


def _line_text(line: bytes) -> tuple[str, str, str]:
    """(text, encoding, warning) of one JSON Lines line: UTF-8 fast, else the cascade."""
    try:
        return line.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        d = decode(line)
        return d.text, d.encoding, d.warning


def _repair_record(rec: Record, warning: str) -> str:
    """Repair a record's text and title when they are UTF-8 misread in a code page."""
    for key in ("text", "title"):
        fixed = repair_misread_utf8(rec[key]) if key in rec else None
        if fixed is not None:
            rec[key] = fixed[0]
            note = f"wrongly encoded {key}: UTF-8 read as {fixed[1]} and saved again; repaired"
            warning = f"{warning}; {note}" if warning else note
    return warning


def stream_jsonl(path: str, lines: Iterator[bytes]) -> Iterator[Item]:
    """Articles of a JSON Lines stream, one record at a time; bad lines are outcomes."""
    k = 0
    lineno = 0
    try:
        for lineno, raw in enumerate(lines, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            where = f"{path}#{k}"
            k += 1
            if len(raw) > MAX_BYTES:
                yield _skip(where, f"oversized: line {lineno} is over the 20 MB limit")
                continue
            try:
                text, enc, warning = _line_text(raw)
                rec = record_from_line(text, lineno)
            except (DecodeError, FormatError) as e:
                reason = str(e) if isinstance(e, FormatError) else f"line {lineno}: {e}"
                yield _skip(where, reason)
                continue
            if not rec["text"].strip() and not _has_meta(rec):
                yield _skip(where, f"empty: line {lineno} has no text")
                continue
            warning = _repair_record(rec, warning)
            art = _article(where, rec, enc)
            yield art
            warning = "; ".join(w for w in (warning, _empty_note(art)) if w)
            if warning:
                yield Outcome(where, "warning", "ingest", f"line {lineno}: {warning}", art.id)
    except InputError as e:
        yield _skip(path, f"{e}; {k} record(s) before line {lineno + 1} were read, the rest is lost")
        return
    if k == 0:
        yield _skip(path, "empty file")


def _read_stdin(stream: BinaryIO | None = None) -> Iterator[Item]:
    head, rest = read_stdin_head(stream)
    kind = sniff(head[:4096].decode("utf-8", errors="ignore"))
    if kind == ".jsonl" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        chunks = itertools.chain([head], iter(lambda: rest.read(1 << 16), b""))
        yield from stream_jsonl("-", split_lines(chunks))
        return
    yield from _whole("-", kind, read_stdin_whole(head, rest))


def read_file(path: str) -> Iterator[Item]:
    """The articles of one input, or one outcome per thing that went wrong."""
    try:
        if path == "-":
            yield from _read_stdin()
            return
        kind = suffix(path)
        if kind not in READERS:
            yield _skip(path, f"unknown file type {kind or '(no suffix)'!r}")
            return
        check_readable(path)
        if kind in STREAMED and not _starts_utf16(path):
            yield from stream_jsonl(path, file_lines(path))
        else:
            yield from _whole(path, kind, read_whole(path))
    except (InputError, DecodeError, FormatError) as e:
        yield _skip(path, str(e))
    except OSError as e:
        yield _skip(path, f"unreadable: {e.strerror or e}")


def _starts_utf16(path: str) -> bool:
    if path.lower().endswith(".gz"):
        return False
    with open(path, "rb") as f:
        return f.read(2) in (b"\xff\xfe", b"\xfe\xff")


def read_inputs(inputs: Iterable[str]) -> Iterator[Item]:
    """Articles and outcomes of every input, in order."""
    for entry in iter_files(inputs):
        if isinstance(entry, Outcome):
            yield entry
        else:
            yield from read_file(entry)
