"""One run at a time into an output folder.

`marsad run` holds an exclusive `flock` on `OUT/.marsad.lock` from before it reads its
inputs until it has written everything, because a run loads the story state of the
folder's database and saves it back: two runs at once would each save over the other.
A second run waits up to `LOCK_WAIT_SECONDS` for the first to finish, then refuses
(`OutputFolderBusy`) without writing anything. Commands that only read need no lock.

The lock is released by the OS when the process ends, however it ends, so a killed run
never leaves the folder locked; the lock file itself stays (it holds the last run's pid).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_NAME = ".marsad.lock"
"""The lock file inside the output folder."""

LOCK_WAIT_SECONDS = 10.0
"""How long a run waits for another run into the same output folder to finish before
it refuses to start."""

LOCK_POLL_SECONDS = 0.1
"""How often a waiting run tries the lock again."""


class OutputLockError(Exception):
    """The output folder's lock cannot be taken (the message says why and what to do)."""


class OutputFolderBusy(OutputLockError):
    """Another run holds the output folder's lock."""


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).decode("ascii").strip() or "0")
        if pid > 0:
            return f" (process {pid})"
    return ""


@contextlib.contextmanager
def output_lock(out: Path, wait: float | None = None) -> Iterator[Path]:
    """Hold the exclusive lock of the output folder `out` (which must exist) for the
    duration of the block; waits up to `wait` seconds (default `LOCK_WAIT_SECONDS`).

    Raises `OutputFolderBusy` when another run still holds it after the wait, and
    `OutputLockError` when the lock file cannot be opened (a symbolic link, no permission)."""
    path = Path(out) / LOCK_NAME
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as e:
        raise OutputLockError(f"cannot open the lock file {path}: {e.strerror or e}; "
                              "remove it if it is a link, or give another --out folder") from None
    try:
        limit = LOCK_WAIT_SECONDS if wait is None else wait
        deadline = time.monotonic() + limit
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise OutputFolderBusy(
                        f"{out} is in use by another marsad run{_holder(fd)}; waited {limit:g} s. "
                        "Let that run finish and run again, or give another --out folder"
                    ) from None
                time.sleep(LOCK_POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        os.close(fd)
