"""Bytes from one input: size limits, gzip (truncation reported), stdin, line streams.

Single-article inputs (and JSON documents) are read whole, up to `MAX_BYTES` after
decompression. JSON Lines are streamed line by line, so a large `.jsonl.gz` holds any
number of records; the limit then applies to each line.
"""

from __future__ import annotations

import errno
import gzip
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 1 << 16


class InputError(ValueError):
    """The input cannot be read as a whole; the message says why."""


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def is_gzip(path: str) -> bool:
    return path.lower().endswith(".gz")


def check_readable(path: str) -> None:
    """Raise InputError unless `path` is an existing regular file (no reading yet)."""
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
    if not is_gzip(path) and st.st_size > MAX_BYTES:
        raise InputError(f"oversized: the file is {_mb(st.st_size)}, over the {_mb(MAX_BYTES)} limit")


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
        raise InputError(f"oversized: the content is over the {_mb(MAX_BYTES)} limit")
    return data


def read_stdin_head(stream: BinaryIO | None = None) -> tuple[bytes, BinaryIO]:
    """The first chunk of stdin (to sniff its format) and the stream for the rest."""
    stream = stream or sys.stdin.buffer
    return stream.read(_CHUNK), stream


def read_stdin_whole(head: bytes, stream: BinaryIO) -> bytes:
    rest = stream.read(MAX_BYTES + 1 - len(head)) if len(head) == _CHUNK else b""
    data = head + rest
    if len(data) > MAX_BYTES:
        raise InputError(f"oversized: standard input is over the {_mb(MAX_BYTES)} limit")
    return data


def split_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines (without their newline) of a stream given in chunks."""
    carry = b""
    for chunk in chunks:
        if not chunk:
            continue
        parts = (carry + chunk).split(b"\n")
        carry = parts.pop()
        yield from parts
    if carry:
        yield carry


def file_lines(path: str) -> Iterator[bytes]:
    """The lines of a (gzipped) file as bytes, streamed; InputError after the last good
    line when the file is cut short or corrupt."""
    check_readable(path)
    with _open(path) as raw:
        if not is_gzip(path):
            yield from split_lines(iter(lambda: raw.read(_CHUNK), b""))
            return
        gz = gzip.GzipFile(fileobj=raw)
        carry = b""
        try:
            while chunk := gz.read(_CHUNK):
                parts = (carry + chunk).split(b"\n")
                carry = parts.pop()
                yield from parts
        except _GZIP_ERRORS as e:
            raise _gzip_error(e) from e
        if carry:
            yield carry
