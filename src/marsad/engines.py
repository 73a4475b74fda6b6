"""Where the per-article stages run: in this process or a pool of processes (`local`, the
default), or as a map over partitions on a Spark cluster (`spark`, the `spark` extra).

The pipeline cuts the articles into chunks of CHUNK and hands them to the engine with the
names of the stages to run; the engine gives back each chunk's results **in order**, so the
run's output does not depend on the engine. Corpus steps (site chrome, entity resolution,
dedup, stories, event merging) run on the driver, between the maps, over the collected
articles: they need every article's results at once, their state is read from and written
to the run's one SQLite transaction, and what they work on (mentions, sketches, events) is
small next to the per-article work. Moving them onto Spark by blocking key is the next step
for corpora that do not fit on one machine.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol

from marsad.model import Article, Outcome

Results = list[Article | Outcome]
ChunkWork = Callable[[list[str], list[Article]], Results]
Setup = Callable[[], None] | None


class Engine(Protocol):
    name: str

    def map_chunks(self, work: ChunkWork, names: list[str], parts: Sequence[list[Article]],
                   setup: Setup) -> Iterator[Results]:
        """`work(names, part)` for every part, results in the parts' order."""

    def close(self) -> None:
        """Release what the engine holds (worker processes, a Spark context)."""


@dataclass
class LocalEngine:
    """This process (`jobs` = 1) or a pool of `jobs` worker processes."""

    jobs: int = 1
    name: str = "local"

    def map_chunks(self, work: ChunkWork, names: list[str], parts: Sequence[list[Article]],
                   setup: Setup) -> Iterator[Results]:
        if self.jobs > 1 and len(parts) > 1:
            with ProcessPoolExecutor(max_workers=self.jobs, initializer=setup) as pool:
                yield from pool.map(work, [names] * len(parts), parts)
        else:
            for part in parts:
                yield work(names, part)

    def close(self) -> None:
        return None


class EngineUnavailable(RuntimeError):
    """The engine's library is not installed (Spark without pyspark)."""


def _on_worker(work: ChunkWork, names: list[str], setup: Setup, part: list[Article]) -> Results:
    if setup is not None:  # the run's configuration (its NER model), once per task
        setup()
    return work(names, part)


@dataclass
class SparkEngine:
    """A Spark cluster (`master`: local[N], spark://HOST:PORT, yarn, ...). Each chunk is one
    partition; workers need marsad installed (or shipped with `spark-submit --py-files`)."""

    master: str = "local[2]"
    name: str = "spark"
    conf: dict[str, str] = field(default_factory=dict)
    _context: Any = None

    def context(self) -> Any:
        if self._context is None:
            try:
                from pyspark import SparkConf, SparkContext
            except ModuleNotFoundError as e:
                raise EngineUnavailable("--engine spark needs PySpark: pip install 'marsad[spark]'") from e
            conf = (SparkConf().setMaster(self.master).setAppName("marsad")
                    .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
                    .set("spark.python.worker.reuse", "true"))
            if self.master.startswith("local"):
                os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # no guessing at interfaces
                conf = conf.set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1")
            for key, value in self.conf.items():
                conf = conf.set(key, value)
            self._context = SparkContext.getOrCreate(conf)
            self._context.setLogLevel("ERROR")
        return self._context

    def map_chunks(self, work: ChunkWork, names: list[str], parts: Sequence[list[Article]],
                   setup: Setup) -> Iterator[Results]:
        if not parts:
            return
        rdd = self.context().parallelize(list(parts), len(parts))
        yield from rdd.map(partial(_on_worker, work, names, setup)).collect()

    def close(self) -> None:
        if self._context is not None:
            self._context.stop()
            self._context = None


def engine_for(name: str, jobs: int = 1, master: str | None = None) -> Engine:
    """The engine called `name` ("local" or "spark")."""
    if name == "local":
        return LocalEngine(jobs)
    if name == "spark":
        return SparkEngine(master or f"local[{max(jobs, 1)}]")
    raise ValueError(f"unknown engine {name!r}: local or spark")
