"""The table formats of `marsad export`, written from rows handed in (`store.tables`' rows,
names next to ids; `store.network`'s actor network):

- `csv`: UTF-8 with a byte-order mark (so spreadsheet programs read the Arabic right),
  comma-separated, RFC 4180 quoting;
- `jsonl`: one JSON object per row;
- `parquet`: integers typed (needs pyarrow: the `export` extra);
- `graphml`: the actor network, one file Gephi, networkx and yEd open: actors with name,
  type and Wikidata id; ties with weight, event types, first and last date and the ids of
  the events that are its evidence.

Every file is written create-then-rename (`report/files.py`), so an interrupted export
leaves the previous file whole."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape, quoteattr

from marsad.report.files import replacing

INTEGER_COLUMNS = frozenset({"start", "end", "n_mentions", "n_quotes", "n_events", "mentions", "articles",
                             "round", "story_size", "position"})
GRAPHML_KEYS = (("n_name", "string"), ("n_type", "string"), ("n_qid", "string"), ("e_weight", "int"),
                ("e_types", "string"), ("e_first", "string"), ("e_last", "string"), ("e_events", "string"))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Actor(Protocol):
    """A node of the network (`store.network.Actor`)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def qid(self) -> str | None: ...


class Tie(Protocol):
    """An edge of the network (`store.network.Tie`)."""

    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def events(self) -> list[str]: ...
    @property
    def types(self) -> dict[str, int]: ...
    @property
    def first(self) -> str | None: ...
    @property
    def last(self) -> str | None: ...
    @property
    def weight(self) -> int: ...


class Network(Protocol):
    """The actor network (`store.network.ActorNetwork`)."""

    @property
    def actors(self) -> Sequence[Actor]: ...
    @property
    def ties(self) -> Sequence[Tie]: ...


def csv_chunks(columns: list[str], rows: Iterable[tuple]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    yield "\ufeff" + buf.getvalue()
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow(["" if v is None else v for v in row])
        yield buf.getvalue()


def jsonl_chunks(columns: list[str], rows: Iterable[tuple]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n"


def write_parquet(path: Path, columns: list[str], rows: Iterable[tuple], batch: int = 5000) -> None:
    import pyarrow as pa  # `export` checked it is there before anything was written
    import pyarrow.parquet as pq
    schema = pa.schema([(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in columns])
    with replacing(path) as (fd, tmp):
        os.close(fd)
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


def _xml(value: Any) -> str:
    return _NOT_XML.sub("", str(value))


def graphml_chunks(net: Network) -> Iterator[str]:
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


def has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True
