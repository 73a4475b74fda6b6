"""Every shipped language table loads and passes its schema, row by row."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

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


def test_a_row_by_row_test_over_a_kind_with_no_rows_fails(tmp_path: Path) -> None:
    # pyproject's empty_parameter_set_mark: a kind's rows deleted make its row-by-row tests fail at
    # collection («7 passed, 2 skipped» hid it before)
    test = tmp_path / "test_rows.py"
    test.write_text(textwrap.dedent('''
        import pytest

        ROWS = [{"kind": "verb", "form": "قال"}]

        @pytest.mark.parametrize("form", [r["form"] for r in ROWS if r["kind"] == "no_such_kind"])
        def test_every_row(form):
            assert form
    '''))
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c",
                           str(root / "pyproject.toml"), "--rootdir", str(tmp_path), str(test)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode != 0 and "Empty parameter set" in done.stdout + done.stderr, done.stdout
