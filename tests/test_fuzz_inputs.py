"""Fuzzing `marsad run`: mutated articles, random bytes and hostile JSON in every input format.

Each example is a folder of a few generated inputs beside two good articles. Whatever the
inputs hold, the run must end normally (exit 0 or 1, no exception), both good articles must
come out, every input file must have an outcome, and every span must lie inside its text.
Hypothesis is derandomized and bounded (examples and sizes), so the test is repeatable and
takes seconds.
"""

from __future__ import annotations

import gzip
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from marsad.cli.main import app
from tests.broken.make import SENTENCES, article

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".txt.gz", ".jsonl.gz", ".json.gz")
# Pieces that have broken readers and stages before: odd whitespace, NUL, line separators,
# a lone surrogate (only expressible inside JSON), bidi marks, tatweel, digits of both kinds.
TRICKY = (
    "\u2028",
    "\u2029",
    "\x00",
    "\xa0",
    "\t",
    "\r\n",
    "  ",
    "\u200f",
    "\u0640",
    "٣",
    "\ufeff",
    "؟",
    "“",
    "«",
    "}",
    "&",
    "›",
    "۝",
    "النصف\xa0الاول",
    "الربع\tالثاني",
    "سلمان " * 30,
)

runner = CliRunner()


@st.composite
def mutated_article(draw: st.DrawFn) -> bytes:
    data = bytearray(article(draw(st.integers(0, 50))).encode("utf-8"))
    for _ in range(draw(st.integers(0, 8))):
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        op = draw(st.sampled_from(("insert", "delete", "replace")))
        byte = draw(st.integers(0, 255))
        if op == "insert":
            data.insert(pos, byte)
        elif op == "delete" and data:
            del data[pos]
        elif data:
            data[pos] = byte
    return bytes(data)


@st.composite
def tricky_text(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(TRICKY + tuple(SENTENCES)), min_size=1, max_size=12))
    return "".join(parts)


@st.composite
def hostile_json(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(("deep", "bigint", "surrogate", "tricky", "wrong_types", "lines")))
    if kind == "deep":
        depth = draw(st.sampled_from((50, 1_500, 100_000)))
        return ("[" * depth + "]" * depth).encode()
    if kind == "bigint":
        return (
            '{"text": "' + SENTENCES[0] + '", "n": ' + "9" * draw(st.sampled_from((20, 4_301, 6_000))) + "}"
        ).encode()
    if kind == "surrogate":
        field = draw(st.sampled_from(("text", "title", "url")))
        rec = {"text": SENTENCES[1], field: SENTENCES[2] + "\\ud800" + SENTENCES[3]}
        return json.dumps(rec, ensure_ascii=False).replace("\\\\ud800", "\\ud800").encode()
    if kind == "tricky":
        rec = {"text": draw(tricky_text()), "title": draw(tricky_text())}
        return json.dumps(rec, ensure_ascii=draw(st.booleans())).encode()
    if kind == "wrong_types":
        return json.dumps(
            draw(st.sampled_from(([], {}, None, 1, "نص", [1, [2]], {"text": 5}, {"text": None})))
        ).encode()
    rows = [
        json.dumps({"text": draw(tricky_text())}, ensure_ascii=False) for _ in range(draw(st.integers(1, 4)))
    ]
    return "\u2028".join(rows).encode() if draw(st.booleans()) else "\n".join(rows).encode()


@st.composite
def input_file(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(SUFFIXES))
    data = draw(
        st.one_of(
            st.binary(max_size=600),
            mutated_article(),
            hostile_json(),
            tricky_text().map(lambda s: s.encode("utf-8", "surrogatepass")),
        )
    )
    if suffix.endswith(".gz"):
        data = gzip.compress(data) if draw(st.booleans()) else gzip.compress(data)[: draw(st.integers(0, 40))]
    return suffix, data


def _spans_inside(art: dict) -> bool:  # type: ignore[type-arg]
    n = len(art["text"])
    layers = ("mentions", "timexes", "quotes", "events", "segments")
    return all(0 <= x["start"] <= x["end"] <= n for layer in layers for x in art.get(layer) or [])


@pytest.mark.slow
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(files=st.lists(input_file(), min_size=1, max_size=5))
def test_no_input_stops_the_batch_or_escapes_its_text(
    tmp_path_factory: pytest.TempPathFactory, files: list[tuple[str, bytes]]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    good = [folder / "good_a.txt", folder / "good_b.jsonl"]
    good[0].write_text(article(101), encoding="utf-8")
    good[1].write_text(
        json.dumps({"text": article(102), "title": "خبر"}, ensure_ascii=False), encoding="utf-8"
    )
    paths = []
    for k, (suffix, data) in enumerate(files):
        p = folder / f"input_{k}{suffix}"
        p.write_bytes(data)
        paths.append(p)
    out = folder.parent / (folder.name + "_out")
    res = runner.invoke(app, ["run", str(folder), "--out", str(out), "--quiet"])
    assert res.exit_code in (0, 1), (res.exit_code, res.output, res.exception)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        arts = [json.loads(line) for line in f if line.strip()]
    came_out = {a["path"] for a in arts}
    assert str(good[0]) in came_out and f"{good[1]}#0" in came_out, res.output
    assert all(_spans_inside(a) for a in arts)
    con = sqlite3.connect(out / "marsad.db")
    reported = [p for (p,) in con.execute("SELECT path FROM outcomes")]
    con.close()
    for p in paths:
        assert any(r == str(p) or r.startswith(f"{p}#") for r in reported), (p, res.output)
