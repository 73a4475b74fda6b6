"""The application: one library call per run, one transaction per run.

    import marsad
    result = marsad.run(["articles/"], "out/")      # the CLI's `marsad run` is this call
    art = marsad.process("نص الخبر ...", title="...")  # one text in memory, nothing written

`run` reads the inputs, loads the corpus state of earlier runs from `OUT/marsad.db`, runs
the chain of steps, and saves articles, entities, events, stories, corpus state and every
input's outcome **in one transaction** on one connection: the corpus steps that keep state
across runs (dedup, stories) write through the same connection and never commit. When any
step fails the run fails (`RunFailed`, naming the step) with the transaction rolled back:
the database is as it was before the run and no export file is touched. The JSON Lines
files and `timeline.html` are exports, written only after the commit.
"""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from marsad.engines import Engine, LocalEngine, side_by_side
from marsad.exporting import write_exports as export_database
from marsad.ingest import read_inputs
from marsad.ingest.duplicates import Batch, attach_duplicates, split_exact
from marsad.model import Article, Corpus, Outcome, StoredArticle
from marsad.ner.crf import CRF_FILE, TRANSLIT_FILE, use_ner_model
from marsad.pipeline import DEFAULT_STEPS, Pipeline, StepFailed
from marsad.search_index import index_ahead, prepare, prepared_documents, update_index
from marsad.steps.base import Stage
from marsad.store.layers_ahead import ahead_origins, prepare_rows, save_ahead, save_late
from marsad.store.lock import output_lock
from marsad.store.sqlite import connect, stored_articles, write_corpus
from marsad.stories.duplicates import prepare_sketches
from marsad.stories.items import prepare_items, share_item_keys
from marsad.stories.scan import article_words
from marsad.stories.summary import PackedTerms, packed_lead_terms

DB_NAME = "marsad.db"
LEAD_TERMS = "lead_terms"
"""The key of an article's lead terms made in a worker (`prepare_writing`) in `Article.prepared`."""


def prepare_writing(arts: list[Article], sketches: bool = False, items: bool = False,
                    rows: bool = False) -> None:
    """What the workers make of the articles that pass the last per-article stage, for the
    writing step to use as made (the pipeline's `finish`): the search document
    (`search_index.prepare`) and the lead terms stories.jsonl picks headlines by
    (`summary.packed_lead_terms`, checked against the stored text when used); with
    `sketches`, the dedup step's sketches too (`duplicates.prepare_sketches`); with `items`,
    the story step's items (`items.prepare_items`); with `rows` (the run saves its articles
    as they come back, `layers_ahead.save_ahead`), their rows (`layers_ahead.prepare_rows`),
    and then each article is sent back as the driver keeps it (`drop_written`): neither its
    text nor the layers its rows hold are sent back and decoded there."""
    prepare(arts)
    scans = [article_words(a) for a in arts]  # one scan of each article's text for the three
    if sketches:
        prepare_sketches(arts, items=items, scans=scans)  # an article's item from the same words
    elif items:
        prepare_items(arts, scans)
    for a, scan in zip(arts, scans, strict=True):
        a.prepared[LEAD_TERMS] = packed_lead_terms(a, scan.lead)
    if rows:
        prepare_rows(arts)
        for a in arts:
            drop_written(a)


def prepared_leads(arts: Iterable[Article]) -> dict[str, PackedTerms]:
    """The lead terms made by `prepare_writing`, by article id, taken off the articles."""
    return {a.id: found for a in arts if (found := a.prepared.pop(LEAD_TERMS, None)) is not None}


class RunFailed(RuntimeError):
    """A step failed: nothing of the run was written."""

    def __init__(self, step: str, cause: BaseException) -> None:
        super().__init__(f"step {step!r} failed ({type(cause).__name__}: {cause}); nothing was written")
        self.step = step


@dataclass
class Timings:
    marks: dict[str, float] = field(default_factory=dict)
    t0: float = field(default_factory=time.perf_counter)

    def mark(self, name: str) -> None:
        now = time.perf_counter()
        self.marks[name] = now - self.t0 - sum(self.marks.values())

    @property
    def total(self) -> float:
        return sum(self.marks.values())


@dataclass
class RunResult:
    """What a run did: its corpus (articles, entities, events, stories), every input's
    outcome, and where the time went. The articles of a fresh run are kept compact once their
    rows are written (`keep_for_corpus_steps`): empty text, only the events layer. Their full
    text and layers are in `out` (the database and `articles.jsonl`); `process` gives one
    article whole in memory."""

    out: Path
    corpus: Corpus
    outcomes: list[Outcome]
    timings: Timings

    @property
    def skipped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "skipped"]


@dataclass
class RunProgress:
    """Callbacks a front end may give to show progress (all optional)."""

    read: Callable[[], None] | None = None  # one article read
    start: Callable[[int], None] | None = None  # the per-article work to do, in article-steps
    advance: Callable[[int], None] | None = None  # that many done


def read_batch(inputs: Iterable[str], tick: Callable[[], None] | None = None,
               con: sqlite3.Connection | None = None) -> Batch:
    """Read every input; an exact duplicate gets a row of its own pointing to its original
    (`marsad.ingest.duplicates`), matched against the articles already stored in `con` too."""
    read: list[Article | Outcome] = []
    for item in read_inputs(inputs):
        if tick and isinstance(item, Article):
            tick()
        read.append(item)
    stored: dict[str, StoredArticle] = {}
    if con is not None:
        stored = stored_articles(con, (a.id for a in read if isinstance(a, Article)))
    return split_exact(read, stored)


def collect(inputs: Iterable[str], tick: Callable[[], None] | None = None
            ) -> tuple[list[Article], list[Outcome]]:
    """Read every input: the articles to analyse (an exact duplicate is left to its original)
    and every input's outcome."""
    batch = read_batch(inputs, tick)
    return batch.articles, batch.outcomes


def check_ner_model(folder: Path) -> None:
    """Raise ValueError saying what is missing when `folder` is not an NER model folder."""
    missing = [f for f in (CRF_FILE, TRANSLIT_FILE) if not (folder / f).is_file()]
    if missing:
        raise ValueError(f"{folder} is not an NER model folder (no {', '.join(missing)}); "
                         "make one with `marsad ner train --out FOLDER`")


def check_kb(kb: str | Path) -> None:
    """Raise ValueError saying what is wrong when the catalogue file `kb` cannot be read."""
    from marsad.resolve.catalogue import CatalogueError, read_file

    try:
        read_file(Path(kb))
    except (CatalogueError, OSError, UnicodeDecodeError) as e:
        raise ValueError(str(e)) from e


def run(inputs: Sequence[str | Path], out: str | Path, *, steps: Sequence[str] = DEFAULT_STEPS,
        jobs: int = 1, kb: str | Path | None = None, ner_model: str | Path | None = None,
        progress: RunProgress | None = None, engine: Engine | None = None) -> RunResult:
    """Run the pipeline over `inputs` into the folder `out` (created if needed); see the
    module docstring. `ner_model`: a folder from `marsad ner train --out` (default: the
    shipped model). `engine`: where the per-article stages run (default: this process, or
    `jobs` worker processes; `engines.SparkEngine` for Spark); the output does not depend on
    it. Raises `RunFailed` (nothing written) when a step fails, and
    `store.lock.OutputLockError` when another run holds the folder."""
    pipeline = Pipeline.build(steps)
    model = Path(ner_model) if ner_model is not None else None
    use_ner_model(model)  # checked here, before anything is read or written
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    progress = progress or RunProgress()
    with output_lock(out), fewer_collections():
        return _run_locked([str(i) for i in inputs], out, pipeline, engine or LocalEngine(jobs), kb,
                           progress, partial(use_ner_model, model))


GC_YOUNG_THRESHOLD = 100_000
"""Allocations between two collections of the youngest generation during a run (Python's
default is 700). A run holds millions of objects that live until it ends (the articles and
their spans); with the default, temporaries that happen to be alive at a collection are
promoted and push full collections, each of which walks the whole heap: on 1,200 records
17 full collections took 4.7 of 43 CPU seconds. Cyclic garbage is still collected, later."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run with the youngest generation collected every GC_YOUNG_THRESHOLD allocations (the
    worker processes of the run inherit it), the previous thresholds restored after."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_YOUNG_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _run_locked(inputs: list[str], out: Path, pipeline: Pipeline, engine: Engine,
                kb: str | Path | None, progress: RunProgress, setup: Callable[[], None]) -> RunResult:
    clock = Timings()
    db = out / DB_NAME
    con = connect(db)
    try:
        batch = read_batch(inputs, tick=progress.read, con=con)
        clock.mark("reading")
        corpus = Corpus(articles=batch.articles, options={"kb": str(kb) if kb else None, "db": str(db),
                                                          "con": con, "steps": pipeline.names()})
        if progress.start:
            progress.start(len(batch.articles) * per_article_runs(pipeline))
        saved: set[str] = set()

        def saved_ahead(arts: list[Article]) -> None:  # while the workers process the next chunk
            save_ahead(con, arts, origins)
            index_ahead(con, arts)  # their search index rows, from the documents the workers made
            saved.update(a.id for a in arts)
            for a in arts:
                keep_for_corpus_steps(a)

        origins = ahead_origins(con, batch.articles, batch.duplicates)  # None: not saved ahead
        ahead = origins is not None
        try:
            batch.articles = []  # the pipeline's from here (`corpus.articles`): let go as it goes
            corpus, rejected = pipeline.run(None, corpus=corpus, engine=engine,
                                            progress=progress.advance, setup=setup,
                                            finish=partial(prepare_writing,
                                                           sketches="dedup" in pipeline.names(),
                                                           items="stories" in pipeline.names(), rows=ahead),
                                            collected=saved_ahead if ahead else None)
            clock.mark("processing")
            lost = attach_duplicates(corpus.articles, batch, rejected)
            by_path = {o.path: o for o in batch.outcomes}
            for r in [*rejected, *lost]:
                by_path[r.path] = r
            outcomes = list(by_path.values())
            documents = prepared_documents(corpus.articles)  # made in the workers
            leads = prepared_leads(corpus.articles)  # likewise
            write_corpus(con, corpus, outcomes, frozenset(saved))
            save_late(con, [a for a in corpus.articles if a.id in saved])
            update_index(con, documents)  # the search index of `marsad serve`, in the same transaction
            con.commit()
        except StepFailed as e:
            con.rollback()
            raise RunFailed(e.step, e.__cause__ or e) from e
        except BaseException:
            con.rollback()
            raise
    finally:
        con.close()
    write_exports(out, leads, engine)
    clock.mark("writing")
    return RunResult(out, corpus, outcomes, clock)


def keep_for_corpus_steps(art: Article) -> None:
    """Drop from an article saved ahead (`layers_ahead.save_ahead`) what the corpus steps
    after the per-article stages do not read: its text and every layer but its events. They
    read its id, path, title, publication, flags, its events (event merging) and what its
    worker prepared (dedup's sketches, the story item, the search document, the lead terms);
    what they set (story, near-duplicate group, merged events) is saved at the end. The story
    item's words are shared with the other items'. A worker that made the article's rows has
    dropped them already (`prepare_writing`); an article that came without its rows has not."""
    drop_written(art)
    share_item_keys(art)


def drop_written(art: Article) -> None:
    """Drop an article's text and every layer but its events: what is written once its rows
    are made and what the corpus steps do not read."""
    art.text = ""
    art.layers = {"events": art.layers["events"]} if "events" in art.layers else {}


def write_exports(out: Path, leads: Mapping[str, PackedTerms] | None = None,
                  engine: Engine | None = None) -> None:
    """The JSON Lines files and timeline.html of the folder (each by create-then-rename),
    written from its database after the run's commit (`report/exports.py`): they hold what
    every run into `out` found, not only the last run's articles. `leads`: the run's lead
    terms made in its workers (`prepared_leads`). `engine`: the run's; the local engine with
    `jobs` > 1 writes them in forked processes, two shares at once (`engines.side_by_side`)."""
    export_database(out, out / DB_NAME, leads,
                    None if engine is None else partial(side_by_side, engine))


def per_article_runs(pipeline: Pipeline) -> int:
    """How many passes over the articles the per-article stages make (for progress)."""
    runs, prev = 0, False
    for st in pipeline.steps:
        is_stage = isinstance(st, Stage)
        runs += is_stage and not prev
        prev = is_stage
    return max(runs, 1)


PER_ARTICLE_STEPS = ("segment", "language", "published", "timex", "ner", "resolve_entities",
                     "quotes", "events")


def write_outputs(out: Path, corpus: Corpus, outcomes: list[Outcome]) -> None:
    """The writing step of a run on its own: the database (one transaction), then the exports."""
    con = connect(out / DB_NAME)
    try:
        write_corpus(con, corpus, outcomes)
        con.commit()
    finally:
        con.close()
    write_exports(out)


def process(text: str, **meta: Any) -> Article:
    """Run the per-article chain (and entity resolution within the one article) on `text`
    in memory; `meta` may give `title`, `url`, `source`, `published` (a date) and `path`.
    Nothing is read from or written to disk."""
    path = str(meta.pop("path", "<text>"))
    art = Article(path=path, text=text, title=meta.pop("title", None), url=meta.pop("url", None),
                  source=meta.pop("source", None))
    if "published" in meta:
        art.meta["date"] = str(meta.pop("published"))
    art.meta.update(meta)
    corpus, rejected = Pipeline.build(PER_ARTICLE_STEPS).run([art])
    if rejected:
        raise ValueError(f"the text was rejected by step {rejected[0].stage!r}: {rejected[0].reason}")
    return corpus.articles[0]
