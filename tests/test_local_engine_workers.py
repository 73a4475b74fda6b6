"""The local engine's worker processes (forked from the run's process) leave what they
inherit out of their garbage collections, and run the run's configuration first."""

from __future__ import annotations

import gc
import os

from marsad.engines import LocalEngine
from marsad.model import Article

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
