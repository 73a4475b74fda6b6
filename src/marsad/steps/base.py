"""What a stage is: a name, what it requires, what it provides, a function.

A `Stage` works on one article at a time (and may offer a batch form). A
`CorpusStep` works on all articles of a run at once (chrome detection, entity
resolution, clustering, event merging) and is kept separate and explicit.
Requirements and provisions are layer or field names (`segments`, `mentions`,
`published`, `entity_ids`, ...); the pipeline checks the chain when it is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from marsad.model import Article, Corpus


class RejectArticle(Exception):
    """Raised by a stage that cannot go on with an article; it is stored as an outcome."""


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    func: Callable[[Article], None]
    batch: Callable[[list[Article]], None] | None = None

    def run(self, articles: list[Article]) -> None:
        if self.batch is not None:
            self.batch(articles)
        else:
            for art in articles:
                self.func(art)


@dataclass(frozen=True)
class CorpusStep:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    func: Callable[[Corpus], None]


Step = Stage | CorpusStep

_REGISTRY: dict[str, Step] = {}
# Article flags a stage sets when one of its limits is hit -> a sentence for the user saying
# which limit and what to do (stages add theirs with `explain_flag`; the run summary and
# the outcome table can show it).
FLAG_REASONS: dict[str, str] = {}


def explain_flag(flag: str, reason: str) -> None:
    FLAG_REASONS[flag] = reason


def register(step: Step) -> Step:
    if step.name in _REGISTRY and _REGISTRY[step.name] is not step:
        raise ValueError(f"two steps are named {step.name!r}; rename one")
    _REGISTRY[step.name] = step
    return step


def stage(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()) -> Callable[
    [Callable[[Article], None]], Stage
]:
    """Decorator: turn `func(article)` into a registered `Stage`."""

    def wrap(func: Callable[[Article], None]) -> Stage:
        st = Stage(name, tuple(requires), tuple(provides), func)
        register(st)
        return st

    return wrap


def corpus_step(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()) -> Callable[
    [Callable[[Corpus], None]], CorpusStep
]:
    """Decorator: turn `func(corpus)` into a registered `CorpusStep`."""

    def wrap(func: Callable[[Corpus], None]) -> CorpusStep:
        st = CorpusStep(name, tuple(requires), tuple(provides), func)
        register(st)
        return st

    return wrap


def registered() -> dict[str, Step]:
    return dict(_REGISTRY)
