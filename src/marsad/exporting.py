"""`marsad export`: a run's tables in the formats people already use.

- `csv`: one file per table, UTF-8 with a byte-order mark (so spreadsheet programs read the
  Arabic right), comma-separated, RFC 4180 quoting;
- `jsonl`: one file per table, one JSON object per row;
- `parquet`: one file per table (needs pyarrow: the `export` extra), integers typed;
- `graphml`: the actor network (who met, called, visited or agreed with whom), one file
  Gephi, networkx and yEd open: actors with name, type and Wikidata id; ties with weight,
  event types, first and last date and the ids of the events that are its evidence.

The rows are `store.tables`' (names next to ids); every file is written create-then-rename,
so an interrupted export leaves the previous file whole."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from marsad.store.files import write_text_atomic
from marsad.store.network import ActorNetwork, actor_network
from marsad.store.tables import TABLES, table_rows

FORMATS = ("csv", "jsonl", "parquet", "graphml")
TABLE_NAMES = tuple(t.name for t in TABLES)
INTEGER_COLUMNS = frozenset({"start", "end", "n_mentions", "n_quotes", "n_events", "mentions", "articles",
                             "round", "story_size", "position"})
GRAPHML_KEYS = (("n_name", "string"), ("n_type", "string"), ("n_qid", "string"), ("e_weight", "int"),
                ("e_types", "string"), ("e_first", "string"), ("e_last", "string"), ("e_events", "string"))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class ExportUnavailable(Exception):
    """A format whose library is not installed (parquet without pyarrow)."""


def _csv_chunks(columns: list[str], rows: Iterable[tuple]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    yield "\ufeff" + buf.getvalue()
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow(["" if v is None else v for v in row])
        yield buf.getvalue()


def _jsonl_chunks(columns: list[str], rows: Iterable[tuple]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n"


def _write_parquet(path: Path, columns: list[str], rows: Iterable[tuple], batch: int = 5000) -> None:
    import pyarrow as pa  # `export` checked it is there before anything was written
    import pyarrow.parquet as pq
    schema = pa.schema([(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in columns])
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            chunk: list[tuple] = []
            for row in [*rows, None]:
                if row is not None:
                    chunk.append(row)
                if chunk and (row is None or len(chunk) >= batch):
                    data = [[r[i] if c in INTEGER_COLUMNS or r[i] is None else str(r[i]) for r in chunk]
                            for i, c in enumerate(columns)]
                    writer.write_table(pa.table(data, schema=schema))
                    chunk = []
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _xml(value: Any) -> str:
    return _NOT_XML.sub("", str(value))


def graphml_chunks(net: ActorNetwork) -> Iterator[str]:
    """The network as GraphML (undirected; one <data> per attribute, declared by <key>)."""
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for kid, kind in GRAPHML_KEYS:
        where, name = ("node" if kid.startswith("n_") else "edge"), kid[2:]
        yield f'  <key id="{kid}" for="{where}" attr.name="{name}" attr.type="{kind}"/>\n'
    yield '  <graph id="actors" edgedefault="undirected">\n'
    for a in net.actors:
        yield f"    <node id={quoteattr(_xml(a.id))}>\n"
        for key, value in (("n_name", a.name), ("n_type", a.type), ("n_qid", a.qid)):
            if value:
                yield f'      <data key="{key}">{escape(_xml(value))}</data>\n'
        yield "    </node>\n"
    for i, t in enumerate(net.ties):
        yield f'    <edge id="t{i}" source={quoteattr(_xml(t.source))} target={quoteattr(_xml(t.target))}>\n'
        types = " ; ".join(f"{k}:{v}" for k, v in sorted(t.types.items()))
        edge: list[tuple[str, object]] = [("e_weight", t.weight), ("e_types", types), ("e_first", t.first),
                                          ("e_last", t.last), ("e_events", " ; ".join(t.events))]
        for key, datum in edge:
            if datum is not None:
                yield f'      <data key="{key}">{escape(_xml(datum))}</data>\n'
        yield "    </edge>\n"
    yield "  </graph>\n</graphml>\n"


def export(con: sqlite3.Connection, fmt: str, to: Path, tables: Iterable[str] = TABLE_NAMES) -> list[Path]:
    """Write the run's `tables` (or, for graphml, its actor network) in `fmt` into folder
    `to` (created); returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "parquet" and not _has_pyarrow():
        raise ExportUnavailable("parquet needs pyarrow: pip install 'marsad[export]'")
    to.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        return [write_text_atomic(to / "network.graphml", graphml_chunks(actor_network(con)))]
    written = []
    for name in tables:
        columns, rows = table_rows(con, name)
        path = to / f"{name}.{fmt}"
        if fmt == "parquet":
            _write_parquet(path, columns, rows)
        else:
            write_text_atomic(path, (_csv_chunks if fmt == "csv" else _jsonl_chunks)(columns, rows))
        written.append(path)
    return written


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True
