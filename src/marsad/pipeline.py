"""Build a chain of steps, check it, and run it over a batch of articles.

Per-article stages that follow each other run together, chunk by chunk, on an engine
(`engines.py`): this process, worker processes when `jobs > 1`, or Spark. A stage that
fails on one article rejects that article (stored as an outcome with the stage and the
reason); the others go on. Corpus steps run here, between the maps, and find the engine in
`corpus.options["engine"]` (`engines.keyed`) for their keyed work.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from marsad.engines import Engine, LocalEngine
from marsad.model import Article, Corpus, Outcome
from marsad.steps.base import CorpusStep, RejectArticle, Stage, Step, registered

# The modules that define the default steps, in the order the steps run.
STEP_MODULES: dict[str, str] = {
    "segment": "marsad.steps.segment",
    "language": "marsad.steps.language",
    "site_chrome": "marsad.steps.site_chrome",
    "published": "marsad.steps.published",
    "timex": "marsad.steps.timex",
    "ner": "marsad.steps.ner",
    "writing_days": "marsad.steps.writing_days",
    "resolve_entities": "marsad.steps.resolve",
    "quotes": "marsad.steps.quotes",
    "events": "marsad.steps.events",
    "dedup": "marsad.steps.dedup",
    "stories": "marsad.steps.stories",
    "merge_events": "marsad.steps.merge_events",
}
DEFAULT_STEPS: tuple[str, ...] = tuple(STEP_MODULES)
# What ingest provides before any step runs.
INGESTED: frozenset[str] = frozenset({"text", "meta"})


class PipelineError(ValueError):
    """The chain of steps cannot work as built; the message says which step lacks what."""


class StepFailed(RuntimeError):
    """A corpus step raised: the run cannot go on (its cause is `__cause__`)."""

    def __init__(self, step: str) -> None:
        super().__init__(f"corpus step {step!r} failed")
        self.step = step


def get_step(name: str) -> Step:
    module = STEP_MODULES.get(name)
    if module is not None:
        importlib.import_module(module)
    steps = registered()
    if name not in steps:
        known = ", ".join(sorted(set(steps) | set(STEP_MODULES)))
        raise PipelineError(f"no step named {name!r}; known steps: {known}")
    return steps[name]


Progress = Callable[[int], None]
Finish = Callable[[list[Article]], None]
"""Work on the articles that pass the last per-article stage, done where those stages ran
(in a worker): what the writing step would otherwise do alone at the end of the run."""
Collected = Callable[[list[Article]], None]
"""Work on each chunk's articles that pass the last per-article stage, done here (the
driver) as the chunk comes back, while the workers process the next chunks. With it, the
versions of those articles sent to the workers are let go as their chunk comes back
(`_let_go`): the caller keeps what it needs of the chunk's articles as they come back."""
CHUNK = 200  # articles a worker takes at a time


@dataclass
class Pipeline:
    steps: list[Step]

    @classmethod
    def build(cls, names: Iterable[str] = DEFAULT_STEPS) -> Pipeline:
        steps = [get_step(n) for n in names]
        have = set(INGESTED)
        for st in steps:
            lacking = [r for r in st.requires if r not in have]
            if lacking:
                raise PipelineError(
                    f"step {st.name!r} requires {', '.join(lacking)}, which no earlier step "
                    "provides; put a step that provides it before this one"
                )
            have.update(st.provides)
        return cls(steps)

    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def run(
        self,
        articles: list[Article] | None,
        jobs: int = 1,
        progress: Progress | None = None,
        corpus: Corpus | None = None,
        setup: Callable[[], None] | None = None,
        engine: Engine | None = None,
        finish: Finish | None = None,
        collected: Collected | None = None,
    ) -> tuple[Corpus, list[Outcome]]:
        """Run every step; returns the corpus of surviving articles and the rejections.
        `setup` (a picklable callable: the run's configuration, e.g. its NER model) runs
        here first and in every worker before it takes work. `engine` runs the per-article
        stages and the corpus steps' keyed work (default: `LocalEngine(jobs)`); the results do
        not depend on it. `finish` (picklable) runs in the worker on each chunk's articles
        that pass the last run of per-article stages; `collected` here, on each chunk's
        articles that pass it, as the chunk comes back. `articles` None: those of `corpus`,
        taken as they are (the run then holds no other list of them: each version of them
        is let go once the next map has made the next)."""
        engine = engine or LocalEngine(jobs)
        if setup is not None:
            setup()
        corpus = corpus or Corpus(articles=[])
        if articles is not None:
            corpus.articles = list(articles)
        corpus.options["engine"] = engine  # the corpus steps' keyed work runs on it too
        rejected: list[Outcome] = []
        i = 0
        while i < len(self.steps):
            st = self.steps[i]
            if isinstance(st, CorpusStep):
                try:
                    st.func(corpus)
                except Exception as e:
                    raise StepFailed(st.name) from e
                i += 1
                continue
            run: list[Stage] = []
            while i < len(self.steps) and isinstance(self.steps[i], Stage):
                run.append(self.steps[i])  # type: ignore[arg-type]
                i += 1
            last = not any(isinstance(s, Stage) for s in self.steps[i:])
            kept, out = _run_stages(run, corpus.articles, engine, progress, setup,
                                    finish if last else None, collected if last else None)
            corpus.articles = kept
            rejected.extend(out)
        return corpus, rejected


def _reject(st: Stage, art: Article, e: Exception) -> Outcome:
    reason = str(e) if isinstance(e, RejectArticle) else f"{type(e).__name__}: {e}"
    return Outcome(art.path, "skipped", st.name, reason, art.id)


def _apply_stages(stages: Sequence[Stage], arts: list[Article]) -> list[Article | Outcome]:
    """Each stage in turn over the articles still alive; a failure rejects one article."""
    done: list[Article | Outcome] = []
    alive = list(arts)
    for st in stages:
        if st.batch is not None:
            try:
                st.batch(alive)
                continue
            except Exception:  # noqa: BLE001 - fall back to one article at a time
                pass
        survivors = []
        for art in alive:
            try:
                st.func(art)
                survivors.append(art)
            except Exception as e:  # noqa: BLE001 - a stage bug must not lose the batch
                done.append(_reject(st, art, e))
        alive = survivors
    return [*alive, *done]


def _apply_chunk(names: list[str], arts: list[Article]) -> list[Article | Outcome]:
    return _apply_stages([get_step(n) for n in names], arts)  # type: ignore[misc]


def _apply_chunk_then(finish: Finish, names: list[str], arts: list[Article]) -> list[Article | Outcome]:
    return _finished(finish, _apply_chunk(names, arts))


def _finished(finish: Finish | None, results: list[Article | Outcome]) -> list[Article | Outcome]:
    if finish is not None:
        finish([r for r in results if isinstance(r, Article)])
    return results


def _let_go(sent: list[Article], back: list[Article | Outcome]) -> None:
    """Empty the articles of a chunk that came back as other objects (from a worker): the
    versions sent, which the driver would otherwise hold, text and layers, until every
    chunk is back. Those that came back as themselves (run in this process) are kept."""
    came = {id(r) for r in back}
    for a in sent:
        if id(a) not in came:
            a.text, a.layers, a.prepared = "", {}, {}


def _run_stages(
    stages: list[Stage], articles: list[Article], engine: Engine, progress: Progress | None,
    setup: Callable[[], None] | None = None, finish: Finish | None = None,
    collected: Collected | None = None,
) -> tuple[list[Article], list[Outcome]]:
    parts = [articles[k : k + CHUNK] for k in range(0, len(articles), CHUNK)]
    results: list[Article | Outcome] = []
    if isinstance(engine, LocalEngine) and (engine.jobs <= 1 or len(parts) <= 1):
        done: Iterable[list[Article | Outcome]] = (_finished(finish, _apply_stages(stages, part))
                                                   for part in parts)
    else:
        work = _apply_chunk if finish is None else partial(_apply_chunk_then, finish)
        done = engine.map_chunks(work, [s.name for s in stages], parts, setup)
    for k, res in enumerate(done):
        results.extend(res)
        if collected is not None:
            collected([r for r in res if isinstance(r, Article)])
            _let_go(parts[k], res)
        if progress:
            progress(len(res))
    kept = [r for r in results if isinstance(r, Article)]
    return kept, [r for r in results if isinstance(r, Outcome)]
