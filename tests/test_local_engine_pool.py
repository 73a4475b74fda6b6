"""The local engine with `jobs` > 1 runs the corpus steps' keyed work of `keyed_min` items
or more on worker processes, and gives back what one process gives, in the same order;
smaller work stays in this process."""

from __future__ import annotations

import os

from marsad.engines import LocalEngine, engine_for
from marsad.model.grouping import group_in_process, map_in_process


def _pid(_: object) -> int:
    return os.getpid()


def _square(n: int) -> int:
    return n * n


def _pairs(n: int) -> list[tuple[str, int]]:
    return [(f"k{n % 7}", n), (f"m{n % 3}", -n)]


def _where(key: str, values: list[int]) -> tuple[str, list[int], int]:
    return key, values, os.getpid()


def test_pooled_map_gives_the_in_process_results_in_order() -> None:
    engine = LocalEngine(jobs=2, keyed_min=10)
    items = list(range(500))
    assert engine.map(_square, items) == map_in_process(_square, items)
    assert os.getpid() not in set(engine.map(_pid, items))  # the workers did it


def test_pooled_group_gives_the_in_process_groups_in_order() -> None:
    engine = LocalEngine(jobs=2, keyed_min=10)
    items = list(range(300))
    got = engine.group(items, _pairs, _where)
    want = group_in_process(items, _pairs, _where)
    assert [(k, r[:2]) for k, r in got] == [(k, r[:2]) for k, r in want]
    assert [k for k, _ in got][:3] == ["k0", "m0", "k1"]  # first appearance, not hashed
    assert os.getpid() not in {r[2] for _, r in got}


def test_small_work_and_one_job_stay_in_this_process() -> None:
    items = list(range(20))
    assert set(LocalEngine(jobs=2, keyed_min=100).map(_pid, items)) == {os.getpid()}
    assert set(LocalEngine(jobs=1, keyed_min=0).map(_pid, items)) == {os.getpid()}
    assert engine_for("local", 2, keyed_min=5) == LocalEngine(2, keyed_min=5)
