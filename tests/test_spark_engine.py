"""`marsad run --engine spark`: the per-article stages run as a map over partitions on Spark
(`local[2]` here), the corpus steps' keyed work as Spark jobs (`keyed_min=0`: all of it: site
chrome by site, dedup by LSH band, entity resolution by blocking key, event merging by
block), and every table of the database and every export equals the local engine's, in one
run and in a run into a folder that holds an earlier run (stored sketches, mentions and
events taken in again). Skipped without PySpark or Java, except under CI, which installs both."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import marsad
import marsad.pipeline
from marsad.engines import SparkEngine
from tests.conftest import ROOT, SEEDS, need_shared
from tests.test_app import _dump, _exports
from tests.test_dates_neighbours import _records

if os.environ.get("CI") != "true":
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java", allow_module_level=True)

INPUTS = [SEEDS, ROOT / "examples" / "corpus"]


@pytest.fixture(scope="module")
def engine() -> Iterator[SparkEngine]:
    spark = SparkEngine("local[2]", keyed_min=0)
    try:
        yield spark
    finally:
        spark.close()


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(marsad.pipeline, "CHUNK", 4)  # several partitions, not one


def _repost(folder: Path) -> Path:
    """A folder with one seed reposted, cut short under another title: a near-duplicate."""
    seed = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8").splitlines()
    folder.mkdir()
    (folder / "repost.txt").write_text("\n".join(["نقلا عن وكالة", *seed[1:-1]]), encoding="utf-8")
    return folder


def test_spark_gives_the_local_engine_s_database_and_exports(tmp_path: Path, engine: SparkEngine) -> None:
    need_shared("seeds")
    local, spark = tmp_path / "local", tmp_path / "spark"
    inputs = [*INPUTS, _repost(tmp_path / "reposts")]
    marsad.run(inputs, local)
    result = marsad.run(inputs, spark, engine=engine)
    partitions = engine.context().parallelize(range(8), 4).getNumPartitions()
    assert partitions == 4 and result.corpus.articles
    assert _dump(spark / "marsad.db") == _dump(local / "marsad.db")
    assert _exports(spark) == _exports(local)
    con = sqlite3.connect(spark / "marsad.db")
    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("mentions", "entities", "events", "stories")]
    groups = con.execute("SELECT count(*) FROM articles WHERE duplicate_group IN (SELECT duplicate_group"
                         " FROM articles GROUP BY duplicate_group HAVING count(*) > 1)").fetchone()[0]
    con.close()
    assert min(counts) > 0 and groups >= 2  # every keyed step had work to do


def test_a_second_run_into_the_folder_gives_the_local_engine_s_too(tmp_path: Path,
                                                                   engine: SparkEngine) -> None:
    need_shared("seeds")
    local, spark = tmp_path / "local", tmp_path / "spark"
    for out, eng in ((local, None), (spark, engine)):
        marsad.run([INPUTS[1]], out, engine=eng)
        marsad.run([INPUTS[0]], out, engine=eng)
    assert _dump(spark / "marsad.db") == _dump(local / "marsad.db")
    assert _exports(spark) == _exports(local)


def test_spark_gives_the_local_engine_s_days_of_writing_from_neighbours(tmp_path: Path,
                                                                       engine: SparkEngine) -> None:
    """The corpus step `writing_days` (numbered pages of one outlet) moves a page's day of
    writing and resolves its dates again alike on both engines."""
    records = _records(tmp_path / "in.jsonl")
    local, spark = tmp_path / "local", tmp_path / "spark"
    marsad.run([records], local)
    marsad.run([records], spark, engine=engine)
    assert _dump(spark / "marsad.db") == _dump(local / "marsad.db")
    assert _exports(spark) == _exports(local)
    con = sqlite3.connect(local / "marsad.db")
    moved = con.execute("SELECT count(*) FROM articles WHERE published_json LIKE '%neighbours%'")\
        .fetchone()[0]
    con.close()
    assert moved == 1
