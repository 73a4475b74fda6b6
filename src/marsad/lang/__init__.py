"""Language knowledge as data: tables under `lang/<code>/`, loaded lazily and checked.

A table is a UTF-8 TSV file with a header row. Its schema (`lang/schemas.py`) names the
columns it must have and a check for each; `load_table` raises `TableError`, naming
the file, line and column, when a row breaks it. Lines starting with `#` are comments.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

import yaml

from marsad.lang.schema_checks import TableError
from marsad.lang.schemas import SCHEMAS

# libyaml's loader when PyYAML was built with it: the shipped catalogue parses in 0.16 s
# with it, 0.93 s without.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Row = dict[str, str]

__all__ = ["Row", "TableError", "kb_documents", "kb_files", "load_table", "load_yaml", "table_names"]


def _read(lang: str, name: str) -> str:
    ref = resources.files("marsad.lang").joinpath(lang, f"{name}.tsv")
    try:
        return ref.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise TableError(f"no table {lang}/{name}.tsv in marsad/lang") from e


@cache
def load_table(name: str, lang: str = "ar") -> tuple[Row, ...]:
    """The rows of `lang/<lang>/<name>.tsv`, checked against its schema."""
    schema = SCHEMAS.get(name)
    if schema is None:
        raise TableError(f"table {name!r} has no schema in marsad/lang/schemas.py")
    lines = _read(lang, name).splitlines()
    body = [(n, ln) for n, ln in enumerate(lines, 1) if ln.strip() and not ln.startswith("#")]
    if not body:
        raise TableError(f"{lang}/{name}.tsv is empty")
    header = body[0][1].split("\t")
    missing = [c for c in schema.columns if c not in header]
    if missing:
        raise TableError(f"{lang}/{name}.tsv: header lacks column(s) {', '.join(missing)}")
    rows: list[Row] = []
    for n, ln in body[1:]:
        cells = ln.split("\t")
        if len(cells) > len(header):
            raise TableError(f"{lang}/{name}.tsv:{n}: {len(cells)} cells for {len(header)} columns")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        schema.check(row, f"{lang}/{name}.tsv:{n}")
        rows.append(row)
    return tuple(rows)


@cache
def interface_labels(lang: str = "ar") -> dict[str, str]:
    """What people read for a code (an event type, status or role, an entity type) and the
    words of the pages that show them: `lang/<lang>/timeline_labels.tsv`, key -> label."""
    return {r["key"]: r["label"] for r in load_table("timeline_labels", lang)}


def table_names(lang: str = "ar") -> list[str]:
    """The names of the tables shipped for a language."""
    folder = resources.files("marsad.lang").joinpath(lang)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv"))


def load_yaml(text: str) -> object:
    """`text` parsed as YAML (safe loading); raises `yaml.YAMLError`."""
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


@cache
def kb_documents() -> tuple[tuple[str, object], ...]:
    """The shipped entity catalogue parsed once per process, as (file name, YAML document):
    read by resolution (`resolve/catalogue.py`, which checks each entry) and by the tagger's
    lexicon (their names)."""
    return tuple((name, load_yaml(text)) for name, text in kb_files())


def kb_entries(file: str | None = None) -> Iterator[dict]:
    """Each entry (a mapping) of the catalogue's lists (`kb_documents`), of the file named `file`
    only when given."""
    for name, doc in kb_documents():
        if (file is None or name == file) and isinstance(doc, list):
            yield from (raw for raw in doc if isinstance(raw, dict))


@cache
def kb_files() -> tuple[tuple[str, str], ...]:
    """The shipped entity catalogue (`lang/kb/*.yaml`) as (file name, text), by name."""
    folder = resources.files("marsad.lang").joinpath("kb")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    return tuple((f.name, f.read_text(encoding="utf-8")) for f in files)
