"""Output files written safely: create-then-rename, never through an existing link.

Every output file is first written to a temporary file that is created exclusively
(`tempfile.mkstemp`: O_CREAT|O_EXCL, and O_NOFOLLOW where the OS has it) in the same
folder, then renamed onto its final name with `os.replace`. A rename replaces a link
at the final name by the file itself and never writes into the link's target; a link
planted at an old temporary name (`articles.tmp`) is not touched at all. A run killed
mid-way leaves the previous file whole (and at most a stray `.NAME.*.tmp`).

Text is encoded as UTF-8 with `errors="replace"`: a lone surrogate that reached a field
(a title, a URL) is written as `?`, one code point for one, so offsets still hold,
and writing never fails on it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ENCODE_ERRORS = "replace"
"""How characters UTF-8 cannot encode (lone surrogates) are written: as `?`."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[tuple[int, str]]:
    """Create-then-rename: (descriptor, name) of a temporary file created exclusively beside
    `path`, renamed onto `path` when the block ends, removed when it fails. The file gets the
    mode any new file gets under the process's umask (mkstemp's own is 0600)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        yield fd, tmp
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: Path, chunks: Iterable[str]) -> Path:
    """Write the concatenated `chunks` to `path` by create-then-rename; returns `path`."""
    path = Path(path)
    with replacing(path) as (fd, _), \
            os.fdopen(fd, "w", encoding="utf-8", errors=ENCODE_ERRORS, newline="\n") as f:
        for chunk in chunks:
            f.write(chunk)
        f.flush()
        os.fsync(f.fileno())
    return path


def write_jsonl_atomic(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """One JSON object a line (UTF-8, not ASCII-escaped), by create-then-rename."""
    return write_text_atomic(path, (json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The rows of a JSON Lines output file. Lines end at "\\n" only: U+2028, U+2029,
    U+0085 and the other characters `str.splitlines` splits on stay inside their row."""
    with Path(path).open(encoding="utf-8", errors=ENCODE_ERRORS, newline="\n") as f:
        return [json.loads(line) for line in f if line.strip()]
