"""Walk the inputs (files, folders, `-` for stdin) and yield articles or outcomes.

Every input gives either articles or an `Outcome` that says why not: `skipped` (with a
reason: unreadable, binary, empty, truncated, wrongly encoded, oversized, malformed),
`warning` (the article came out, something was repaired or dropped) or `ignored` (a
file of a type marsad does not read, met while walking a folder).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from marsad.ingest.decode import Decoded, DecodeError, decode, repair_misread_utf8
from marsad.ingest.formats import (
    META_FIELDS,
    NOTES,
    FormatError,
    Record,
    read_html,
    read_json,
    read_jsonl,
    read_txt,
    record_from_line,
    sniff,
    too_many_records,
)
from marsad.ingest.limits import (
    MAX_ARTICLE_CHARS,
    MAX_FIELD_CHARS,
    MAX_LINE_BYTES,
    MAX_RECORDS_PER_FILE,
    mb,
)
from marsad.ingest.load import (
    InputError,
    OversizedLine,
    bounded_chunks,
    check_readable,
    file_lines,
    read_stdin_head,
    read_stdin_whole,
    read_whole,
    split_lines,
)
from marsad.ingest.text_repair import printable, repair_field
from marsad.ingest.walk import iter_files as _walk_inputs
from marsad.ingest.walk import suffix
from marsad.model import Article, Outcome

READERS: dict[str, Callable[[str], Iterable[Any]]] = {
    ".txt": read_txt, ".text": read_txt, ".html": read_html, ".htm": read_html,
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
}
STREAMED = (".jsonl", ".ndjson")
Item = Article | Outcome

__all__ = ["READERS", "iter_files", "read_file", "read_inputs", "stream_jsonl", "suffix"]


def _skip(path: str, reason: str) -> Outcome:
    return Outcome(path, "skipped", "ingest", printable(reason))


def iter_files(inputs: Iterable[str]) -> Iterator[str | Outcome]:
    """Each input file in order (folders walked, sorted); an Outcome for what cannot be."""
    return _walk_inputs(inputs, READERS)


def _repair_record(rec: Record, warning: str) -> str:
    """Repair a record's text and title when they are UTF-8 misread in a code page."""
    for key in ("text", "title"):
        fixed = repair_misread_utf8(rec[key]) if key in rec else None
        if fixed is not None:
            rec[key] = fixed[0]
            note = f"wrongly encoded {key}: UTF-8 read as {fixed[1]} and saved again; repaired"
            warning = f"{warning}; {note}" if warning else note
    return warning


def _made_safe(rec: Record) -> tuple[list[str], list[str]]:
    """Make the record's text fields storable (NULs removed, lone surrogates replaced) and
    leave out over-long metadata; the (flags, notes) of what was done."""
    flags: list[str] = []
    notes: list[str] = list(rec.pop(NOTES, []))
    for key in ("text", *META_FIELDS, "date"):
        value = rec.get(key)
        if not isinstance(value, str):
            continue
        value, repairs = repair_field(value, key)
        rec[key] = value
        for flag, note in repairs:
            flags.append(flag)
            notes.append(note)
        if key != "text" and len(value) > MAX_FIELD_CHARS:
            del rec[key]
            if key == "date":
                rec.pop("date_field", None)
            notes.append(f"the {key} is {len(value):,} characters, over the {MAX_FIELD_CHARS:,}-"
                         "character limit of a title, URL, source, author or date; left out")
    return flags, notes


def _outcomes(where: str, rec: Record, encoding: str, warning: str, line: str = "") -> Iterator[Item]:
    """The article of one record and its warning, or the outcome that says why not.
    `line` ("line N") names the record of a JSON Lines input in the reasons."""
    flags, notes = _made_safe(rec)
    if not rec["text"].strip() and not (rec.get("title") or rec.get("url")):
        yield _skip(where, f"empty: {line} has no text" if line else "empty: the record has no text")
        return
    if len(rec["text"]) > MAX_ARTICLE_CHARS:
        yield _skip(where, f"{line + ': ' if line else ''}too long: the article is {len(rec['text']):,} "
                    f"characters, over the limit of {MAX_ARTICLE_CHARS:,}; not read (split it)")
        return
    meta = {k: v for k, v in rec.items() if k != "text"}
    meta["encoding"] = encoding
    art = Article(path=where, text=rec["text"], title=rec.get("title"), url=rec.get("url"),
                  source=rec.get("source"), meta=meta)
    for flag in flags:
        art.flag(flag)
    if not art.text.strip():
        art.flag("no_article_text")
        notes.append("empty: the record has a title or URL but no text; flagged no_article_text")
    yield art
    warning = "; ".join(w for w in (warning, *notes) if w)
    if warning:
        yield Outcome(where, "warning", "ingest", f"{line}: {warning}" if line else warning, art.id)


def _unexpected(e: Exception) -> str:
    return f"unreadable: internal error while reading ({type(e).__name__}: {e}); please report it"


def _records(path: str, kind: str, text: str, decoded: Decoded) -> Iterator[Item]:
    multi = kind in (".json", ".jsonl", ".ndjson")
    n = -1
    for n, rec in enumerate(READERS[kind](text)):
        where = f"{path}#{n}" if multi else path
        if isinstance(rec, FormatError):
            yield _skip(where, str(rec))
            continue
        try:
            yield from _outcomes(where, rec, decoded.encoding, decoded.warning)
        except Exception as e:  # noqa: BLE001 - one record's fault never stops the batch
            yield _skip(where, _unexpected(e))
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


def _line_outcomes(where: str, raw: bytes, lineno: int) -> Iterator[Item]:
    try:
        text, enc, warning = _line_text(raw)
        rec = record_from_line(text, lineno)
    except (DecodeError, FormatError) as e:
        yield _skip(where, str(e) if isinstance(e, FormatError) else f"line {lineno}: {e}")
        return
    yield from _outcomes(where, rec, enc, _repair_record(rec, warning), f"line {lineno}")


def stream_jsonl(path: str, lines: Iterator[bytes | OversizedLine]) -> Iterator[Item]:
    """Articles of a JSON Lines stream, one record at a time; bad lines are outcomes."""
    k = 0
    lineno = 0
    try:
        for lineno, raw in enumerate(lines, 1):
            if isinstance(raw, bytes):
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
            if k == MAX_RECORDS_PER_FILE:
                yield _skip(path, too_many_records(lineno))
                return
            where = f"{path}#{k}"
            k += 1
            if isinstance(raw, OversizedLine):
                yield _skip(where, f"oversized: line {lineno} is over the {mb(MAX_LINE_BYTES)} limit "
                            "of a line; not read")
                continue
            try:
                yield from _line_outcomes(where, raw, lineno)
            except Exception as e:  # noqa: BLE001 - one record's fault never stops the batch
                yield _skip(where, f"line {lineno}: {_unexpected(e)}")
    except (InputError, OSError) as e:
        reason = str(e) if isinstance(e, InputError) else f"unreadable: {e.strerror or e}"
        yield _skip(path, f"{reason}; {k} record(s) before line {lineno + 1} were read, the rest is lost")
        return
    if k == 0:
        yield _skip(path, "empty file")


def _read_stdin(stream: BinaryIO | None = None) -> Iterator[Item]:
    head, rest, ended = read_stdin_head(stream)
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    shown = head.decode("utf-16", errors="ignore") if utf16 else head.decode("utf-8", errors="ignore")
    cut = not ended and b"\n" not in head.lstrip()
    kind = sniff(shown, cut)
    if kind == ".jsonl" and not utf16:
        chunks = itertools.chain([head], iter(lambda: rest.read(1 << 16), b""))
        yield from stream_jsonl("-", split_lines(bounded_chunks(chunks, "standard input")))
        return
    yield from _whole("-", kind, read_stdin_whole(head, rest, ended))


def read_file(path: str) -> Iterator[Item]:
    """The articles of one input, or one outcome per thing that went wrong; no exception
    from one input ever leaves here."""
    shown = printable(path)  # a file name that is not UTF-8 is reported with \xNN escapes
    try:
        if path == "-":
            yield from _read_stdin()
            return
        kind = suffix(path)
        if kind not in READERS:
            yield _skip(shown, f"unknown file type {kind or '(no suffix)'!r}")
            return
        if kind in STREAMED:
            check_readable(path, streamed=True)
            if not _starts_utf16(path):
                yield from stream_jsonl(shown, file_lines(path))
                return
        check_readable(path)
        yield from _whole(shown, kind, read_whole(path))
    except (InputError, DecodeError, FormatError) as e:
        yield _skip(shown, str(e))
    except OSError as e:
        yield _skip(shown, f"unreadable: {e.strerror or e}")
    except Exception as e:  # noqa: BLE001 - one input's fault never stops the batch
        yield _skip(shown, _unexpected(e))


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
