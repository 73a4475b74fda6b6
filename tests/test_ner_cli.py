"""`marsad ner eval FILE`: per-type lines, then `overall P R F1` last."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.main import app

# Invented sentences in ANERcorp format (PERS is read as PER).
CONLL = """زار O
وزير O
الخارجية O
دمشق B-LOC
أمس O
. O

والتقى O
الرئيس O
جون B-PERS
سميث I-PERS
. O
"""


def test_eval_prints_types_then_overall(tmp_path: Path) -> None:
    f = tmp_path / "mini.txt"
    f.write_text(CONLL, encoding="utf-8")
    res = CliRunner().invoke(app, ["ner", "eval", str(f)])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert re.fullmatch(r"overall \d\.\d{4} \d\.\d{4} \d\.\d{4}", lines[-1])
    assert lines[0].startswith("LOC") and any(ln.startswith("PER ") for ln in lines)
