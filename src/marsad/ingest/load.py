"""Bytes from one input: size limits, gzip (truncation reported), stdin, line streams.

Single-article inputs (and JSON documents) are read whole, up to `MAX_BYTES` after
decompression. JSON Lines are streamed line by line, so a large `.jsonl` or `.jsonl.gz`
holds many records; then `MAX_LINE_BYTES` applies to each line, checked while reading, and
`MAX_STREAM_BYTES` to the whole stream (limits in `ingest/limits.py`).
"""

from __future__ import annotations

import errno
import gzip
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from marsad.ingest.limits import MAX_BYTES, MAX_LINE_BYTES, MAX_STREAM_BYTES, mb

__all__ = ["MAX_BYTES", "InputError", "OversizedLine", "check_readable", "file_lines",
           "read_stdin_head", "read_stdin_whole", "read_whole", "split_lines"]

_CHUNK = 1 << 16


class InputError(ValueError):
    """The input cannot be read as a whole; the message says why."""


def is_gzip(path: str) -> bool:
    return path.lower().endswith(".gz")


def check_readable(path: str, streamed: bool = False) -> None:
    """Raise InputError unless `path` is an existing regular file (no reading yet) that is
    not over MAX_BYTES (a streamed input is bounded while it is read instead)."""
    p = Path(path)
    if p.is_symlink() and not p.exists():
        raise InputError(f"unreadable: broken symbolic link (points to {os.readlink(p)})")
    try:
        st = p.stat()
    except FileNotFoundError as e:
        raise InputError("unreadable: no such file") from e
    except OSError as e:
        raise InputError(f"unreadable: {e.strerror or e}") from e
    if stat.S_ISDIR(st.st_mode):
        raise InputError("unreadable: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError("unreadable: not a regular file (device, pipe or socket)")
    if not streamed and not is_gzip(path) and st.st_size > MAX_BYTES:
        raise InputError(f"oversized: the file is {mb(st.st_size)}, over the {mb(MAX_BYTES)} limit")


def _open(path: str) -> BinaryIO:
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except PermissionError as e:
        raise InputError("unreadable: permission denied") from e
    except OSError as e:
        if e.errno == errno.EISDIR:
            raise InputError("unreadable: is a folder, not a file") from e
        raise InputError(f"unreadable: {e.strerror or e}") from e


def _gzip_error(e: Exception) -> InputError:
    if isinstance(e, EOFError):
        return InputError("truncated gzip: the data ends before the end-of-stream marker")
    if isinstance(e, gzip.BadGzipFile) and "Not a gzipped file" in str(e):
        return InputError("not gzip data although the name ends in .gz")
    return InputError(f"corrupt gzip data: {e}")


_GZIP_ERRORS = (EOFError, OSError, zlib.error)


def read_whole(path: str) -> bytes:
    """The (decompressed) bytes of a file, at most MAX_BYTES."""
    check_readable(path)
    with _open(path) as raw:
        if not is_gzip(path):
            data = raw.read(MAX_BYTES + 1)
        else:
            try:
                with gzip.GzipFile(fileobj=raw) as gz:
                    data = gz.read(MAX_BYTES + 1)
            except _GZIP_ERRORS as e:
                raise _gzip_error(e) from e
    if len(data) > MAX_BYTES:
        raise InputError(f"oversized: the content is over the {mb(MAX_BYTES)} limit")
    return data


@dataclass(frozen=True, slots=True)
class OversizedLine:
    """A line over MAX_LINE_BYTES, refused as soon as that much of it was held; the stream
    goes on after its newline without keeping the rest of it."""

    held: int


def read_stdin_head(stream: BinaryIO | None = None) -> tuple[bytes, BinaryIO, bool]:
    """The start of stdin, to sniff its format: up to the end of its first non-blank line
    (at most MAX_LINE_BYTES and one chunk), the stream for the rest, and whether stdin
    ended within it."""
    stream = stream or sys.stdin.buffer
    pieces: list[bytes] = []
    held = 0
    started = False
    while held <= MAX_LINE_BYTES:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(pieces), stream, True
        pieces.append(chunk)
        held += len(chunk)
        content = chunk if started else chunk.lstrip()
        started = started or bool(content)
        if started and b"\n" in content:
            break
    return b"".join(pieces), stream, False


def read_stdin_whole(head: bytes, stream: BinaryIO, ended: bool) -> bytes:
    rest = b"" if ended or len(head) > MAX_BYTES else stream.read(MAX_BYTES + 1 - len(head))
    data = head + rest
    if len(data) > MAX_BYTES:
        raise InputError(f"oversized: standard input is over the {mb(MAX_BYTES)} limit")
    return data


def bounded_chunks(chunks: Iterable[bytes], what: str) -> Iterator[bytes]:
    """`chunks`, raising InputError once they pass MAX_STREAM_BYTES in all."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > MAX_STREAM_BYTES:
            raise InputError(f"oversized: {what} is over the {mb(MAX_STREAM_BYTES)} limit of a "
                             "streamed input (split it)")
        yield chunk


def split_lines(chunks: Iterable[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[bytes | OversizedLine]:
    """Lines (without their newline) of a stream given in chunks. A line longer than
    `limit` gives one OversizedLine as soon as more than `limit` bytes of it were seen;
    what follows of it is read past, not kept, so memory stays within `limit`."""
    pieces: list[bytes] = []  # the start of the current line, not joined until it ends
    held = 0
    skipping = False  # inside a line already refused
    for chunk in chunks:
        parts = chunk.split(b"\n")
        for n, part in enumerate(parts):
            ends = n < len(parts) - 1
            if skipping:
                skipping = not ends
                continue
            if held + len(part) > limit:
                yield OversizedLine(held + len(part))
                pieces.clear()
                held = 0
                skipping = not ends
                continue
            if part:
                pieces.append(part)
                held += len(part)
            if ends:
                yield b"".join(pieces)
                pieces.clear()
                held = 0
    if held:
        yield b"".join(pieces)


def file_lines(path: str) -> Iterator[bytes | OversizedLine]:
    """The lines of a (gzipped) file as bytes, streamed; InputError after the last good
    line when the file is cut short or corrupt, or passes MAX_STREAM_BYTES."""
    check_readable(path, streamed=True)
    with _open(path) as raw:
        if not is_gzip(path):
            yield from split_lines(bounded_chunks(iter(lambda: raw.read(_CHUNK), b""), "the file"))
            return
        gz = gzip.GzipFile(fileobj=raw)
        try:
            yield from split_lines(bounded_chunks(iter(lambda: gz.read(_CHUNK), b""),
                                                  "the decompressed content"))
        except _GZIP_ERRORS as e:
            raise _gzip_error(e) from e
