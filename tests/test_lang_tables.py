"""Every shipped language table loads and passes its schema, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import TableError, load_table, table_names
from marsad.lang.schemas import SCHEMAS


@pytest.mark.parametrize("name", table_names("ar"))
def test_table_loads_against_its_schema(name: str) -> None:
    rows = load_table(name, "ar")
    assert rows, f"{name} has no rows"
    for row in rows:
        SCHEMAS[name].check(row, name)


def test_every_schema_has_a_table() -> None:
    assert set(SCHEMAS) <= set(table_names("ar"))


def test_missing_table_says_so() -> None:
    with pytest.raises(TableError, match="no schema"):
        load_table("no_such_table")


@pytest.mark.parametrize("name", table_names("ar"))
def test_no_table_holds_a_row_twice(name: str) -> None:
    seen: set[tuple[tuple[str, str], ...]] = set()
    twice = []
    for row in load_table(name, "ar"):
        key = tuple(sorted((k, str(v)) for k, v in row.items()))
        if key in seen:
            twice.append(dict(key))
        seen.add(key)
    assert not twice, f"{name} repeats {twice}"
