"""Reporting: what a run publishes, written from records handed in.

`layout` shapes the records of articles.jsonl and entities.jsonl and writes the layout of a
corpus in memory; `exports` writes the four JSON Lines files and timeline.html from the
records the shell reads out of marsad.db; `timeline` orders merged events and `html` and
`publish` make `timeline.html` of them; `tables` writes the table formats of `marsad export`
(CSV, JSON Lines, Parquet, GraphML); `files` writes every file by create-then-rename.

This package runs no SQL and imports only `marsad.model` and `marsad.lang`: the shell
(`marsad.app`, `marsad.exporting`, `marsad.reading`, `marsad.cli`) reads the store and
passes the rows in (tests/test_architecture.py checks it)."""
