"""Walking folders: every entry is read or gets an outcome; nothing vanishes unreported.

Entries are visited depth first, sorted by name at each level (the order of the sorted
paths), so a walk is deterministic. In a walk:

- a hidden entry (its name starts with a dot) is `ignored`, with the reason;
- a symbolic link to a folder outside the walked folder is followed, and each real folder
  is walked once, so a link cycle ends; a link to a folder inside the walked folder (its
  files are read there) or to one already walked is `ignored`, with the reason;
- a folder that cannot be listed is `skipped`, with the reason;
- a file of a type marsad does not read is `ignored`, with the reason.

A path named on the command line is read as given, hidden or not.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from marsad.ingest.text_repair import printable
from marsad.model import Outcome


def suffix(name: str) -> str:
    """The format suffix of a file name, looking through a final `.gz`."""
    p = Path(name[:-3] if name.lower().endswith(".gz") else name)
    return p.suffix.lower()


def _ignored(path: str, reason: str) -> Outcome:
    return Outcome(printable(path), "ignored", "ingest", reason)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a symbolic link
    except OSError:
        return False  # a link loop or a vanished entry: read_file reports it


def _listed(folder: str) -> list[os.DirEntry[str]] | str:
    """The entries of `folder` sorted by name, or why it cannot be listed."""
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda e: e.name)
    except PermissionError:
        return "permission denied"
    except OSError as e:
        return e.strerror or str(e)


def _folder_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _not_walked(entry: os.DirEntry[str], top_real: str, seen: set[tuple[int, int]]) -> str:
    """Why the folder `entry` is not walked (a link into the walk, a folder seen), or ""."""
    real = os.path.realpath(entry.path)
    if entry.is_symlink() and (real == top_real or real.startswith(top_real.rstrip(os.sep) + os.sep)):
        return (f"symbolic link to a folder inside the walked folder ({printable(real)}); "
                "not followed, the files there are read once")
    key = _folder_key(entry.path)
    if key in seen:
        what = "symbolic link to a folder" if entry.is_symlink() else "folder"
        return f"{what} already walked ({printable(real)}); not walked again"
    if key:
        seen.add(key)
    return ""


def walk_folder(top: str, readable: Collection[str]) -> Iterator[str | Outcome]:
    """The files to read under `top` and an outcome for everything else found."""
    seen: set[tuple[int, int]] = set()
    top_real = os.path.realpath(top)
    key = _folder_key(top)
    if key:
        seen.add(key)
    found = False
    # A stack of folders' remaining entries, reversed so that pop() gives the next one.
    listed = _listed(top)
    if isinstance(listed, str):
        yield Outcome(printable(top), "skipped", "ingest",
                      f"unreadable folder: {listed}; the files in it were not read")
        return
    stack = [listed[::-1]]
    while stack:
        if not stack[-1]:
            stack.pop()
            continue
        entry = stack[-1].pop()
        is_dir = _is_dir(entry)
        if entry.name.startswith("."):
            kind = "folder" if is_dir else "file"
            yield _ignored(entry.path, f"hidden {kind} (the name starts with a dot); not read")
            continue
        if is_dir:
            why = _not_walked(entry, top_real, seen)
            if why:
                yield _ignored(entry.path, why)
                continue
            listed = _listed(entry.path)
            if isinstance(listed, str):
                yield Outcome(printable(entry.path), "skipped", "ingest",
                              f"unreadable folder: {listed}; the files in it were not read")
                continue
            stack.append(listed[::-1])
            continue
        kind = suffix(entry.name)
        if kind not in readable:
            yield _ignored(entry.path, f"not a type marsad reads ({kind or 'no suffix'})")
            continue
        found = True
        yield entry.path
    if not found:
        yield Outcome(printable(top), "skipped", "ingest",
                      "folder holds no .txt, .html, .htm, .json or .jsonl files")


def iter_files(inputs: Iterable[str], readable: Collection[str]) -> Iterator[str | Outcome]:
    """Each input file in order (folders walked); an Outcome for what cannot be read."""
    for item in inputs:
        if item == "-" or not Path(item).is_dir():
            yield item
        else:
            yield from walk_folder(item, readable)
