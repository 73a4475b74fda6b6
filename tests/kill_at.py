"""Run `marsad` in this process and kill it with SIGKILL at a named point of the run (for
tests/test_kill_rerun.py): as a power cut or the OOM killer would, with no clean-up at all.

    python3 -m tests.kill_at POINT -- run INPUT --out DIR ...

The points, in the order a run reaches them:

- `reading`: every input read, nothing analysed;
- `ner` or `ner:N`: in the per-article pass that holds the tagger, before its Nth chunk of
  200 articles (default 5: the middle of 2,000);
- `resolve_entities`, `dedup`, `stories`, `merge_events`: right after that corpus step did its
  work, its state written into the run's open transaction;
- `writing`: inside the database writes, articles and entities written, events not yet;
- `exports`: after the commit, in the middle of writing the export files.

A point the run never reaches lets it finish (exit code 0), so a caller that expects the
kill sees that it did not happen.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

CORPUS_STEPS = ("resolve_entities", "dedup", "stories", "merge_events")
POINTS = ("reading", "ner", *CORPUS_STEPS, "writing", "exports")
NER_CHUNK = 5  # the chunk of the tagger's pass that the run dies in


RUN = os.getpid()  # the run's process: a point reached in a process it forked kills it too


def die() -> None:
    if os.getpid() != RUN:  # a fork of the run (`engines.side_by_side`: the exports with --jobs 2)
        os.kill(RUN, signal.SIGKILL)
    os.kill(os.getpid(), signal.SIGKILL)


def _before_call(owner: Any, attr: str, nth: int = 1, when: Callable[..., bool] = lambda *a: True) -> None:
    """Replace `owner.attr` so that the process dies on its `nth` call for which `when` holds."""
    real = getattr(owner, attr)
    seen = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if when(*args):
            seen[0] += 1
            if seen[0] == nth:
                die()
        return real(*args, **kwargs)

    setattr(owner, attr, wrapper)


def _after_corpus_step(name: str) -> None:
    from marsad.pipeline import get_step
    from marsad.steps import base

    real = get_step(name)
    assert isinstance(real, base.CorpusStep)

    def then_die(corpus: Any) -> None:
        real.func(corpus)
        die()

    base._REGISTRY[name] = base.CorpusStep(real.name, real.requires, real.provides, then_die)


def arm(point: str) -> None:
    """Set the kill at `point` (one of POINTS, `ner` may say its chunk: `ner:1`)."""
    from marsad import app, pipeline
    from marsad.report import exports
    from marsad.store import sqlite

    point, _, nth = point.partition(":")
    if point == "reading":
        _before_call(app, "split_exact")
    elif point == "ner":
        _before_call(pipeline, "_apply_stages", int(nth or NER_CHUNK),
                     lambda stages, arts: "ner" in [s.name for s in stages])
    elif point in CORPUS_STEPS:
        _after_corpus_step(point)
    elif point == "writing":
        _before_call(sqlite, "_save_events")
    elif point == "exports":
        # events.jsonl: written after articles and entities (in one process, or, with --jobs 2,
        # beside them in a fork of the run: `exporting.EXPORT_SHARES`)
        _before_call(exports, "write_jsonl_atomic", 1, lambda path, *_: path.name == "events.jsonl")
    else:
        raise SystemExit(f"unknown kill point {point!r}; one of {', '.join(POINTS)}")


def main(argv: list[str]) -> None:
    point, sep, *args = argv
    assert sep == "--", "usage: python3 -m tests.kill_at POINT -- MARSAD ARGS..."
    arm(point)
    from marsad.cli.main import app

    app(args, prog_name="marsad")


if __name__ == "__main__":
    main(sys.argv[1:])
