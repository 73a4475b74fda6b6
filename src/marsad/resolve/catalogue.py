"""The entity catalogue: known entities with their names in any script.

The shipped catalogue (`lang/kb/*.yaml`: countries, capitals, major international
organisations) is always read; a user catalogue (`marsad run --kb FILE`, CSV or YAML) adds
entries and overrides shipped ones with the same id.

YAML: a list of mappings `{id, type, name, names: [...], aliases: [...], qid}` (`names`
and `aliases` in any script; `name` is the canonical name, else the first Arabic name).
Optional: `shared` (names another entry bears too, عمان for Amman and for Oman: context
chooses, `resolve/context.py`), `cues` (words of an article that point to this entry),
`roles` (`dateline`, `outlet`: how its shared name is used), `titled` (a title with a
name that is this person's alone, «الملك سلمان»), for a state `demonyms` (its adjective,
masculine and definite: السعودي; the feminine and plurals follow from it, `resolve/bodies.py`)
and `capital` (its capital's id: riyadh, which stands for the state where it is an event's
party, `events/capital_parties.py`), for a place `country` (the id of the state it is in:
الرياض is in saudi_arabia) and for a person `state` (the id of the state whose adjective names
him: «الرئيس المصري» may be السيسي, as `lang/person_states.py` reads it for the events and the
quotes) and `holds` (the unique offices he held, each «OFFICE STATE FROM..UNTIL», UNTIL empty
while he holds it: «head saudi_arabia 2015-01-23..», as `lang/office_holders.py` reads them for the events).
CSV: a header row with `id,type,name,names,aliases,qid`; several names in one cell are
separated by `|`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from marsad.lang import kb_documents, load_yaml
from marsad.lang.schema_checks import CATALOGUE_ID, UNIQUE_OFFICES
from marsad.model import Entity
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
    # names other entries may bear too (عمان: Amman and Oman), given to this one by context
    shared: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)  # words in an article that point to this one
    roles: list[str] = field(default_factory=list)  # how a shared name is used for it (ROLES)
    titled: list[str] = field(default_factory=list)  # a title and a name (الملك سلمان)
    demonyms: list[str] = field(default_factory=list)  # a state's adjective (السعودي, الأمريكي)
    country: str | None = None  # the state a place is in (an entry's id)
    state: str | None = None  # the state a person serves or stands for (an entry's id)
    holds: list[str] = field(default_factory=list)  # unique offices held: «head saudi_arabia 2015-01-23..»
    capital: str | None = None  # a state's capital (an entry's id)
    user: bool = False  # from the user's catalogue (`--kb`), which wins over the shipped one

    def forms(self) -> set[str]:
        return {f for f in (name_form(n, self.type) for n in self.names) if f}

    def shared_forms(self) -> set[str]:
        return {f for f in (name_form(n, self.type) for n in self.shared) if f}


# One office a person held (`holds`): the office (lang/ar/event_unique_offices.tsv), the state's
# id, the first day and the day after the last (none while he holds it).
_DAY = r"\d{4}-\d\d-\d\d"
HOLDS = re.compile(rf"({'|'.join(UNIQUE_OFFICES)}) ({CATALOGUE_ID}) ({_DAY})\.\.({_DAY})?")


# How a shared name is used: `dateline` (the place an article is filed from: «عمان - بترا»),
# `outlet` (a medium quoted or cited: «قال لـ"الشرق الأوسط"»).
ROLES = ("dateline", "outlet")


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
    roles = _listed(raw.get("roles"))
    wrong = [r for r in roles if r not in ROLES]
    if wrong:
        raise CatalogueError(f"{where}: entry {eid!r} has role {wrong[0]!r}, not one of {', '.join(ROLES)}")
    holds = _listed(raw.get("holds"))
    bad = [h for h in holds if HOLDS.fullmatch(h) is None]
    if bad:
        raise CatalogueError(f"{where}: entry {eid!r} holds {bad[0]!r}, not «OFFICE STATE FROM..UNTIL»")
    return Entry(eid, etype, name, list(dict.fromkeys(names)), qid, _listed(raw.get("shared")),
                 _listed(raw.get("cues")), roles, _listed(raw.get("titled")), _listed(raw.get("demonyms")),
                 str(raw["country"]).strip() if raw.get("country") else None,
                 str(raw["state"]).strip() if raw.get("state") else None, holds,
                 str(raw["capital"]).strip() if raw.get("capital") else None)


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
    """The shipped catalogue plus the user's, which wins: a user entry replaces a shipped one
    with its id, and a name the user gives to an entry is taken from every shipped one (so
    a user's «عمان» for Amman is Amman's alone)."""
    entries = {e.id: e for e in shipped()}
    if not user:
        return list(entries.values())
    mine = [replace(e, user=True) for e in read_file(user)]
    taken = {(e.type, f) for e in mine for f in e.forms() | e.shared_forms()}
    for eid, e in list(entries.items()):
        names = [n for n in e.names if (e.type, name_form(n, e.type)) not in taken]
        shared = [n for n in e.shared if (e.type, name_form(n, e.type)) not in taken]
        if not names and not shared:
            del entries[eid]
        elif (names, shared) != (e.names, e.shared):
            entries[eid] = replace(e, names=names, shared=shared)
    entries.update({e.id: e for e in mine})
    return list(entries.values())


def state_entities(entries: list[Entry]) -> dict[str, Entity]:
    """The catalogue's states (entries with `demonyms`) as entities, by id: for a state an event names
    only by a side of it («الحكومة الأفغانية», `events/state_sides.py`) where resolution met no name of it."""
    return {e.id: Entity(e.id, e.type, e.name, qid=e.qid, catalogue=True) for e in entries if e.demonyms}


def listed_entities(entries: list[Entry], ids: set[str]) -> dict[str, Entity]:
    """The catalogue's entries of `ids` as entities, by id: for a group an event names only by its
    number formula («دول 5+1», `events/formula_groups.py`) where resolution met no name of it."""
    return {e.id: Entity(e.id, e.type, e.name, qid=e.qid, catalogue=True) for e in entries if e.id in ids}
