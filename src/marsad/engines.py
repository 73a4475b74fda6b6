"""Where the work of a run runs: in this process or a pool of processes (`local`, the
default), or as jobs on a Spark cluster (`spark`, the `spark` extra).

Per-article stages: the pipeline cuts the articles into chunks of CHUNK and hands them to
`map_chunks` with the names of the stages to run; the engine gives back each chunk's results
**in order**, so the run's output does not depend on the engine.

Corpus steps (they need every article's results at once) run on the driver, between the
maps, inside the run's one SQLite transaction, and hand their keyed work to the engine
through two calls (`Keyed`):

* `map(fn, items)`: `fn` on every item, the results in the items' order;
* `group(items, pairs, fn)`: each item turned into (key, value) pairs (`pairs(item)`), the
  values gathered by key and `fn(key, values)` on every group; the groups come back in the
  order their keys first appear (item by item, pair by pair), each group's values in that
  order too. `pairs` gives its pairs in an order that does not depend on the process (not
  a set of strings: their order follows the process's hash seed).

The local engine runs both in this process, or, for a step that asks for it (`forked`), with
`jobs` > 1 and at least `KEYED_MIN` items, in `jobs` processes forked for the call
(`_in_forks`: they read the items where they lie, only the results are pickled; the
per-article workers are gone by then, so without them one core works and the others wait);
Spark runs them as RDD jobs (`map` over
partitions; `group` as a `groupByKey`, its results sorted back into the local order), unless
the input has fewer than `keyed_min` items: a job's scheduling and the shipping of its
input cost more than small work. Because the order is the local one, what a step does with the results
on the driver is what it does on the local engine, and the output is the same.

What each corpus step hands out (the rest of it runs on the driver):

* site chrome: the articles grouped by site; per site, the lines that recur and each
  article's stretches to relabel (the driver relabels them);
* days of writing from numbered neighbours (`writing_days`): on the driver, a sort of each
  outlet's article numbers; the few articles it moves have their timexes resolved again there;
* dedup: each article's MinHash sketches (`map`), the candidate pairs of each LSH band
  bucket (`group` by band), each article checked against its candidates (`map`); the driver
  joins the pairs into groups (union-find) and names them;
* entity resolution: the candidate pairs of each blocking key scored (`group` by type and
  blocking key); the driver replays the merges in the local order (a merge checks the
  clusters' names as they stand, so the order counts) and does the rest: the per-article
  pass reads corpus-wide counts and the catalogue, and clustering is a union-find;
* event merging: the mentions grouped by type and participant component (mentions that
  share no participant, directly or through others, never merge), each group merged
  greedily in date order; the driver makes the records;
* stories: on the driver. Each article is assigned to the stories formed by the ones before
  it (an online clustering): no key splits it.

After the commit, the exports are independent files read from the database: the local engine
with `jobs` > 1 writes them in two forked processes at once (`side_by_side`).
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Protocol

from marsad.model import Article, Corpus, Outcome
from marsad.model.grouping import K, Pairs, R, T, V, group_in_process, grouped, map_in_process

Results = list[Article | Outcome]
ChunkWork = Callable[[list[str], list[Article]], Results]
Setup = Callable[[], None] | None
# Below this many items a Spark engine does keyed work on the driver (a job's scheduling
# costs more than the work); `SparkEngine(keyed_min=0)` sends all of it to the executors.
KEYED_MIN = 1000


class Keyed(Protocol):
    """What an engine offers corpus steps (see the module docstring)."""

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """`fn` on every item, the results in the items' order."""

    def group(self, items: Sequence[T], pairs: Pairs[T, K, V], fn: Callable[[K, list[V]], R]
              ) -> list[tuple[K, R]]:
        """`fn(key, values)` per key of the items' (key, value) `pairs`, in the order the keys
        first appear, the values in order."""


class Engine(Keyed, Protocol):
    name: str

    def map_chunks(self, work: ChunkWork, names: list[str], parts: Sequence[list[Article]],
                   setup: Setup) -> Iterator[Results]:
        """`work(names, part)` for every part, results in the parts' order."""

    def close(self) -> None:
        """Release what the engine holds (worker processes, a Spark context)."""


@dataclass
class LocalEngine:
    """This process (`jobs` = 1) or a pool of `jobs` worker processes. Where this process
    may fork (`_may_fork`), the workers are forked after the chunks are cut and read each
    chunk where it lies (`_inherited_chunks`); elsewhere each chunk is pickled to them."""

    jobs: int = 1
    name: str = "local"
    forks: bool = False  # keyed work in forked processes (`forked`)

    def map_chunks(self, work: ChunkWork, names: list[str], parts: Sequence[list[Article]],
                   setup: Setup) -> Iterator[Results]:
        if self.jobs > 1 and len(parts) > 1:
            start = partial(_start_worker, setup)
            if _may_fork(self):
                yield from _inherited_chunks(self.jobs, start, work, names, parts)
                return
            with ProcessPoolExecutor(max_workers=self.jobs, initializer=start) as pool:
                yield from pool.map(work, [names] * len(parts), parts)
        else:
            for part in parts:
                yield work(names, part)

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        if not self._shares(len(items)):
            return map_in_process(fn, items)
        return _in_forks(self.jobs, fn, list(items))

    def group(self, items: Sequence[T], pairs: Pairs[T, K, V], fn: Callable[[K, list[V]], R]
              ) -> list[tuple[K, R]]:
        if not self._shares(len(items)):
            return group_in_process(items, pairs, fn)
        groups = grouped(items, pairs)
        return list(zip(groups, _in_forks(self.jobs, lambda kv: fn(*kv), list(groups.items())), strict=True))

    def _shares(self, n: int) -> bool:
        """Whether keyed work on `n` items runs in `jobs` forked processes (see `_in_forks`)."""
        return self.forks and n >= KEYED_MIN and _may_fork(self)

    def close(self) -> None:
        return None


def _may_fork(engine: object) -> bool:
    """Whether `engine` is the local engine with `jobs` > 1 in a process that may fork helpers."""
    return (isinstance(engine, LocalEngine) and engine.jobs > 1 and "fork" in mp.get_all_start_methods()
            and not mp.current_process().daemon)  # a daemon process may not fork helpers


def side_by_side(engine: object, calls: Sequence[Callable[[], R]]) -> list[R]:
    """Independent pieces of work (`calls`, each made from what this process holds), their
    results in order: on the local engine with `jobs` > 1, at once in processes forked for
    the call (`_in_forks`: the calls are inherited, not pickled; only results are), else one
    after the other here. For work at the end of a run, when the per-article workers are
    gone and one core would work while the others wait (the exports)."""
    if len(calls) > 1 and _may_fork(engine):
        assert isinstance(engine, LocalEngine)
        return _in_forks(min(engine.jobs, len(calls)), _call, list(calls))
    return [call() for call in calls]


def _call(call: Callable[[], R]) -> R:
    return call()


# What the processes forked by `_in_forks` read: (fn, items, shares). Set just before they
# fork, so they inherit it with the rest of the run's memory: nothing of it is pickled.
_FORKED: tuple[Callable[..., Any], list[Any], int] | None = None


def _share(k: int) -> list[Any]:
    assert _FORKED is not None
    fn, items, n = _FORKED
    return [fn(x) for x in items[k::n]]


def _in_forks(jobs: int, fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """`fn` on every item, in `jobs` processes forked from this one (so `fn` may be any
    callable: it is inherited, not pickled), each taking every `jobs`-th item, the results
    in the items' order. The corpus steps'
    keyed work runs while the per-article workers are gone: without this, one core of the
    run's `jobs` works and the others wait. Only the results are pickled; the forks leave
    what they inherit out of their garbage collections and end without running any exit
    handler (this process's open database is left as it is). A fork that dies (killed, out of
    memory) raises `BrokenProcessPool` here: a `multiprocessing.Pool` would wait for its share
    for ever."""
    global _FORKED
    _FORKED = (fn, items, jobs)
    try:
        with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork"), initializer=gc.freeze) as pool:
            shares = list(pool.map(_share, range(jobs)))
    finally:
        _FORKED = None
    out: list[Any] = [None] * len(items)
    for k, done in enumerate(shares):
        out[k::jobs] = done
    return out


# What the workers forked by `_inherited_chunks` read: (work, names, parts). Set just before
# they fork, so they inherit the chunks with the rest of the run's memory.
_CHUNKS: tuple[ChunkWork, list[str], Sequence[list[Article]]] | None = None


def _inherited_chunks(jobs: int, start: Callable[[], None], work: ChunkWork, names: list[str],
                      parts: Sequence[list[Article]]) -> Iterator[Results]:
    """`map_chunks` in `jobs` worker processes forked from this one, which read each chunk
    where it lies (inherited with the run's memory) instead of having it pickled here and
    unpickled there: only the chunk's number is sent, and its results come back pickled by
    the worker (`_inherited_chunk`). The workers fork at the pool's first task, after
    `_CHUNKS` is set."""
    global _CHUNKS
    _CHUNKS = (work, names, parts)
    try:
        fork = mp.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=fork, initializer=start) as pool:
            for done in pool.map(_inherited_chunk, range(len(parts))):
                yield pickle.loads(done)  # noqa: S301 - our own worker's results
    finally:
        _CHUNKS = None


def _inherited_chunk(k: int) -> bytes:
    """A worker's run of chunk `k` (see `_inherited_chunks`): its results, pickled here so
    that the chunk's articles (this process's copies, which the run's memory it inherited
    still holds) can be emptied before the next chunk: their text and layers would
    otherwise stay for the worker's life."""
    assert _CHUNKS is not None
    work, names, parts = _CHUNKS
    part = parts[k]
    done = pickle.dumps(work(names, part), pickle.HIGHEST_PROTOCOL)
    for a in part:
        a.text, a.layers, a.prepared = "", {}, {}
    return done


def _start_worker(setup: Setup) -> None:
    """A worker's start: what it inherits from this process (forked, with every article
    read so far) is left out of its garbage collections (a collection walks every object,
    and writing to a page shared with this process copies it: the run's heap, copied once
    per worker), then the run's configuration (`setup`)."""
    gc.freeze()
    if setup is not None:
        setup()


def keyed(corpus: Corpus) -> Keyed:
    """The engine a corpus step hands its keyed work to (the run's, else this process)."""
    engine = corpus.options.get("engine")
    return engine if engine is not None else LocalEngine()


def forked(engine: Keyed) -> Keyed:
    """The engine for keyed work that costs more than shipping its results back (resolution's
    blocks and first pass, site chrome's sites): the local engine then runs it in forked
    processes (`_in_forks`), any other engine as it is. Cheap keyed work (dedup's band
    buckets, event merging's blocks) stays in the local engine's process: forking and
    unpickling its many small results cost more than its work (dedup at 10,000 records:
    3.0 s of this process's CPU in process, 4.0 s plus 1.3 s in forks)."""
    return replace(engine, forks=True) if isinstance(engine, LocalEngine) else engine


class EngineUnavailable(RuntimeError):
    """The engine's library is not installed (Spark without pyspark)."""


def _on_worker(work: ChunkWork, names: list[str], setup: Setup, part: list[Article]) -> Results:
    if setup is not None:  # the run's configuration (its NER model), once per task
        setup()
    return work(names, part)


Place = tuple[int, int]  # (item, pair of the item): where a pair stands in the local order


def _placed_pairs(pairs: Pairs[Any, Any, Any], numbered: tuple[int, Any]
                  ) -> list[tuple[Any, tuple[Place, Any]]]:
    n, item = numbered
    return [(key, ((n, k), value)) for k, (key, value) in enumerate(pairs(item))]


def _apply_group(fn: Callable[[Any, list[Any]], Any], grouped: tuple[Any, Iterable[tuple[Place, Any]]]
                 ) -> tuple[Place, Any, Any]:
    """(where the group's first pair stands, key, fn(key, its values in the local order))."""
    key, placed = grouped
    ordered = sorted(placed, key=lambda x: x[0])
    return ordered[0][0], key, fn(key, [value for _, value in ordered])


@dataclass
class SparkEngine:
    """A Spark cluster (`master`: local[N], spark://HOST:PORT, yarn, ...). Each chunk is one
    partition; keyed work is cut into four partitions per core (`defaultParallelism`).
    Workers need marsad installed (or shipped with `spark-submit --py-files`)."""

    master: str = "local[2]"
    name: str = "spark"
    conf: dict[str, str] = field(default_factory=dict)
    keyed_min: int = KEYED_MIN  # smaller keyed work runs on the driver
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

    def _slices(self, n: int) -> int:
        return max(1, min(n, 4 * int(self.context().defaultParallelism)))

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        items = list(items)
        if len(items) < max(self.keyed_min, 1):
            return map_in_process(fn, items)
        return list(self.context().parallelize(items, self._slices(len(items))).map(fn).collect())

    def group(self, items: Sequence[T], pairs: Pairs[T, K, V], fn: Callable[[K, list[V]], R]
              ) -> list[tuple[K, R]]:
        items = list(items)
        if len(items) < max(self.keyed_min, 1):
            return group_in_process(items, pairs, fn)
        slices = self._slices(len(items))
        done = (self.context().parallelize(list(enumerate(items)), slices)
                .flatMap(partial(_placed_pairs, pairs))
                .groupByKey(numPartitions=slices).map(partial(_apply_group, fn)).collect())
        done.sort(key=lambda x: x[0])
        return [(key, result) for _, key, result in done]

    def close(self) -> None:
        if self._context is not None:
            self._context.stop()
            self._context = None


def engine_for(name: str, jobs: int = 1, master: str | None = None, keyed_min: int = KEYED_MIN) -> Engine:
    """The engine called `name` ("local" or "spark")."""
    if name == "local":
        return LocalEngine(jobs)
    if name == "spark":
        return SparkEngine(master or f"local[{max(jobs, 1)}]", keyed_min=keyed_min)
    raise ValueError(f"unknown engine {name!r}: local or spark")
