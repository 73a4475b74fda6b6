"""The entity catalogue: known entities with their names in any script.

The shipped catalogue (`lang/kb/*.yaml`: countries, capitals, major international
organisations) is always read; a user catalogue (`marsad run --kb FILE`, CSV or YAML) adds
entries and overrides shipped ones with the same id.

YAML: a list of mappings `{id, type, name, names: [...], aliases: [...], qid}` (`names`
and `aliases` in any script; `name` is the canonical name, else the first Arabic name).
CSV: a header row with `id,type,name,names,aliases,qid`; several names in one cell are
separated by `|`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from marsad.lang import kb_documents, load_yaml
from marsad.resolve.names import is_latin, name_form

TYPES = ("PER", "ORG", "LOC", "MISC")


class CatalogueError(ValueError):
    """A catalogue file cannot be read; the message names the file and the entry."""


@dataclass
class Entry:
    id: str
    type: str
    name: str
    names: list[str] = field(default_factory=list)  # every spelling, canonical name included
    qid: str | None = None

    def forms(self) -> set[str]:
        return {f for f in (name_form(n, self.type) for n in self.names) if f}


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _entry(raw: dict[str, Any], where: str) -> Entry:
    eid = str(raw.get("id") or "").strip()
    etype = str(raw.get("type") or "").strip().upper()
    if not eid:
        raise CatalogueError(f"{where}: an entry has no id")
    if etype not in TYPES:
        raise CatalogueError(f"{where}: entry {eid!r} has type {etype!r}, not one of {', '.join(TYPES)}")
    names = _listed(raw.get("name")) + _listed(raw.get("names")) + _listed(raw.get("aliases"))
    if not names:
        raise CatalogueError(f"{where}: entry {eid!r} has no name")
    arabic = [n for n in names if not is_latin(n)]
    name = str(raw.get("name") or (arabic or names)[0]).strip()
    qid = str(raw["qid"]).strip() if raw.get("qid") else None
    return Entry(eid, etype, name, list(dict.fromkeys(names)), qid)


def parse(text: str, fmt: str, where: str) -> list[Entry]:
    """Entries of a catalogue given as text in `fmt` ("yaml" or "csv")."""
    if fmt == "csv":
        rows: list[dict[str, Any]] = list(csv.DictReader(text.splitlines()))
        return [_entry(r, f"{where} entry {n}") for n, r in enumerate(rows, 1)]
    try:
        data = load_yaml(text)
    except yaml.YAMLError as e:
        raise CatalogueError(f"{where}: not YAML: {e}") from e
    return entries(data, where)


def entries(data: object, where: str) -> list[Entry]:
    """Entries of a parsed YAML catalogue: a list of mappings, or `{entities: [...]}`."""
    if isinstance(data, dict):
        data = data.get("entities", [])
    data = data or []
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise CatalogueError(f"{where}: expected a list of entries")
    return [_entry(r, f"{where} entry {n}") for n, r in enumerate(data, 1)]


def read_file(path: str | Path) -> list[Entry]:
    p = Path(path)
    if not p.exists():
        raise CatalogueError(f"{p}: no such catalogue file")
    fmt = "csv" if p.suffix.lower() in (".csv", ".tsv") else "yaml"
    return parse(p.read_text(encoding="utf-8"), fmt, str(p))


@cache
def shipped() -> tuple[Entry, ...]:
    """The catalogue that comes with marsad (lang/kb/*.yaml)."""
    out: list[Entry] = []
    for name, data in kb_documents():
        out.extend(entries(data, f"lang/kb/{name}"))
    return tuple(out)


def load(user: str | Path | None = None) -> list[Entry]:
    """The shipped catalogue plus the user's (whose entries win on a shared id)."""
    entries = {e.id: e for e in shipped()}
    if user:
        entries.update({e.id: e for e in read_file(user)})
    return list(entries.values())
