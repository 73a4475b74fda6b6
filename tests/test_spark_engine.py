"""`marsad run --engine spark`: the per-article stages run as a map over partitions on Spark
(`local[2]` here), and every table of the database and every export equals the local
engine's. Skipped without PySpark or Java, except under CI, which installs both."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import marsad
import marsad.pipeline
from marsad.engines import SparkEngine
from tests.conftest import ROOT, SEEDS, need_shared
from tests.test_app import _dump, _exports

if os.environ.get("CI") != "true":
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java", allow_module_level=True)

INPUTS = [SEEDS, ROOT / "examples" / "corpus"]


def test_spark_gives_the_local_engine_s_database_and_exports(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    need_shared("seeds")
    monkeypatch.setattr(marsad.pipeline, "CHUNK", 4)  # several partitions, not one
    local, spark = tmp_path / "local", tmp_path / "spark"
    marsad.run(INPUTS, local)
    engine = SparkEngine("local[2]")
    try:
        result = marsad.run(INPUTS, spark, engine=engine)
        partitions = engine.context().parallelize(range(8), 4).getNumPartitions()
    finally:
        engine.close()
    assert partitions == 4 and result.corpus.articles
    assert _dump(spark / "marsad.db") == _dump(local / "marsad.db")
    assert _exports(spark) == _exports(local)
    con = sqlite3.connect(spark / "marsad.db")
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
    con.close()
