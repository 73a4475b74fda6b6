"""The local engine's worker processes (forked from the run's process) leave what they
inherit out of their garbage collections, and run the run's configuration first; its keyed
work on many items runs in forked processes and comes back as in this process."""

from __future__ import annotations

import gc
import os
from functools import partial

from marsad import engines
from marsad.engines import KEYED_MIN, LocalEngine
from marsad.model import Article
from marsad.model.grouping import group_in_process

_CONFIGURED: list[str] = []


def _configure() -> None:
    _CONFIGURED.append("yes")


def _state(names: list[str], part: list[Article]) -> list[tuple[int, int, list[str], int]]:
    return [(os.getpid(), gc.get_freeze_count(), list(_CONFIGURED), len(part))]


def test_workers_freeze_what_they_inherit_and_run_the_setup() -> None:
    parts: list[list[Article]] = [[], [], []]
    got = [r for res in LocalEngine(jobs=2).map_chunks(_state, [], parts, _configure) for r in res]
    assert len(got) == 3
    for pid, frozen, configured, _ in got:
        assert pid != os.getpid()
        assert frozen > 0
        assert configured == ["yes"]
    assert _CONFIGURED == []


def _read_where_they_lie(names: list[str], part: list[Article]) -> list[tuple[str, str, int]]:
    return [(a.text, type(a.prepared["made here"]).__name__, os.getpid()) for a in part]


def test_workers_read_their_chunks_where_they_lie_and_send_back_results_in_order() -> None:
    parts = [[Article(path=f"p{k}-{i}", text=f"نص {k} {i}") for i in range(3)] for k in range(5)]
    for part in parts:
        for a in part:
            a.prepared["made here"] = lambda: None  # a lambda cannot be pickled: the chunk is inherited
    got = [r for res in LocalEngine(jobs=2).map_chunks(_read_where_they_lie, [], parts, None) for r in res]
    assert [text for text, _, _ in got] == [f"نص {k} {i}" for k in range(5) for i in range(3)]
    assert {kind for _, kind, _ in got} == {"function"}
    assert os.getpid() not in {pid for _, _, pid in got}
    assert all(a.text and a.prepared for part in parts for a in part)  # emptied in the workers only


def _where(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def _pairs_of(x: int) -> list[tuple[int, int]]:
    return [(x % 7, x), (x % 3 + 100, -x)]


def _summed(key: int, values: list[int]) -> tuple[int, int, int]:
    return sum(values), len(values), os.getpid()


def test_keyed_work_runs_in_forks_and_comes_back_in_order() -> None:
    items = list(range(KEYED_MIN + 5))
    here = [os.getpid()] * len(items)
    assert [pid for _, pid in LocalEngine(jobs=2).map(_where, items)] == here  # not asked to fork
    forked = engines.forked(LocalEngine(jobs=2))
    assert isinstance(forked, LocalEngine) and forked.forks
    mapped = forked.map(_where, items)
    assert [r for r, _ in mapped] == [x * x for x in items]
    assert {pid for _, pid in mapped} - {os.getpid()}  # not in this process
    grouped = forked.group(items, _pairs_of, _summed)
    alone = group_in_process(items, _pairs_of, _summed)
    assert [(k, r[:2]) for k, r in grouped] == [(k, r[:2]) for k, r in alone]  # same keys, order, values
    assert {r[2] for _, r in grouped} - {os.getpid()}
    assert [pid for _, pid in forked.map(_where, items[:10])] == [os.getpid()] * 10  # few: here


def _pid_and(x: int) -> tuple[int, int]:
    return x, os.getpid()


def test_independent_work_runs_side_by_side_in_forks_with_jobs() -> None:
    calls = [partial(_pid_and, k) for k in range(3)]
    forked = engines.side_by_side(LocalEngine(jobs=2), calls)
    assert [x for x, _ in forked] == [0, 1, 2]  # in order
    assert os.getpid() not in {pid for _, pid in forked}  # forked processes took them
    assert engines.side_by_side(LocalEngine(jobs=1), calls) == [(k, os.getpid()) for k in range(3)]
    assert engines.side_by_side(LocalEngine(jobs=2), calls[:1]) == [(0, os.getpid())]  # one: here


_DIES_IN_A_FORK = """
import os, signal
from marsad import engines
def fn(x):
    if x == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return x
try:
    engines._in_forks(2, fn, list(range(8)))
except Exception as exc:
    print(type(exc).__name__)
"""


def test_a_fork_that_dies_fails_the_call_instead_of_waiting_for_ever() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _DIES_IN_A_FORK], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.stdout.strip() == "BrokenProcessPool"
