"""`marsad run`: the whole pipeline from raw inputs to the output folder and database."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.ingest import read_inputs
from marsad.ingest.duplicates import Batch, attach_duplicates, split_exact
from marsad.model import Article, Outcome
from marsad.pipeline import DEFAULT_STEPS, Pipeline, PipelineError
from marsad.stages.base import FLAG_REASONS, Corpus, Stage
from marsad.store.layout import write_layout, write_timeline
from marsad.store.lock import OutputLockError, output_lock
from marsad.store.sqlite import StoredArticle, connect, save_corpus, stored_articles

# A progress bar is shown on a terminal once a run holds this many articles.
LONG_RUN = 200
# The summary lists this many skipped inputs one by one; the database holds them all.
LIST_AT_MOST = 25


def read_batch(inputs: Iterable[str], tick: Callable[[], None] | None = None,
               db: Path | None = None) -> Batch:
    """Read every input; an exact duplicate gets a row of its own pointing to its original
    (`marsad.ingest.duplicates`), matched against the articles already in `db` too."""
    read: list[Article | Outcome] = []
    for item in read_inputs(inputs):
        if tick and isinstance(item, Article):
            tick()
        read.append(item)
    stored: dict[str, StoredArticle] = {}
    if db is not None and db.exists():
        con = connect(db)
        try:
            stored = stored_articles(con, (a.id for a in read if isinstance(a, Article)))
        finally:
            con.close()
    return split_exact(read, stored)


def collect(
    inputs: Iterable[str], tick: Callable[[], None] | None = None
) -> tuple[list[Article], list[Outcome]]:
    """Read every input: the articles to analyse (an exact duplicate is left to its original)
    and every input's outcome."""
    batch = read_batch(inputs, tick)
    return batch.articles, batch.outcomes


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


def run(
    inputs: list[str] = typer.Argument(
        ..., help="Files or folders (walked recursively) to read; - reads standard input."
    ),
    out: Path = typer.Option(
        ..., "--out", "-o", help="Output folder (created if needed; re-runs update it in place)."
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the per-article stages."),
    kb: Path | None = typer.Option(None, "--kb", help="Entity catalogue (CSV or YAML) to seed entities."),
    ner_model: Path | None = typer.Option(
        None, "--ner-model",
        help="NER model folder from `marsad ner train --out` (e.g. one trained with your own word "
        "clusters); default: the shipped model.",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, summary only."),
    steps: str = typer.Option(
        ",".join(DEFAULT_STEPS), "--steps",
        help="The steps to run, comma-separated, in order (default: all; e.g. segment,language,site_chrome "
        "for cleaning only).",
    ),
) -> None:
    """Read scraped articles (.txt, .html/.htm, .json, .jsonl, any of them .gz; UTF-8, UTF-16,
    Windows-1256 or ISO-8859-6), clean them, find dates, entities, events, quotes and stories,
    and write OUT/articles.jsonl, entities.jsonl, events.jsonl, stories.jsonl and OUT/marsad.db.

    Ends with a summary: articles read, inputs skipped and why, time taken. Every input's
    outcome is also in the `outcomes` table of marsad.db. The exit code is 1 when any input
    was skipped, 0 otherwise.

    An input with the same text and URL as an earlier one (an exact duplicate) gets a row of
    its own, flagged exact_duplicate, whose duplicate_of names the article it duplicates; it
    is not analysed again, so it adds no entities, events or story members.

    Only one run at a time writes into an output folder: a second one waits up to
    10 s (LOCK_WAIT_SECONDS) for it, then stops with exit code 2 and writes nothing. A mistake in
    the command (a missing input, an --out that is a file) also stops it with exit code 2
    before anything is written.
    """
    try:
        pipeline = Pipeline.build([n.strip() for n in steps.split(",") if n.strip()])
    except PipelineError as e:
        raise typer.BadParameter(str(e), param_hint="--steps") from e
    if ner_model is not None:
        from marsad.ner.crf import use_ner_model

        try:
            use_ner_model(ner_model)
        except (OSError, ValueError) as e:
            raise typer.BadParameter(str(e), param_hint="--ner-model") from e
    check_command(inputs, out, kb)
    try:
        with output_lock(out):
            _run_locked(inputs, out, pipeline, jobs, kb, quiet)
    except OutputLockError as e:
        refuse(str(e))


def refuse(message: str) -> NoReturn:
    """Stop the run with one line saying what is wrong and what to do, exit code 2."""
    typer.echo(f"marsad run: {message} (nothing was written)", err=True)
    raise typer.Exit(code=2)


def check_command(inputs: list[str], out: Path, kb: Path | None) -> None:
    """Refuse (exit 2, nothing written) a command that cannot do what it says: an input
    path that does not exist, an --out that is not a folder, a --kb that cannot be read.
    Creates the output folder when it is missing."""
    missing = [i for i in inputs if i != "-" and not Path(i).exists()]
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        refuse(f"input {missing[0]!r}{more} does not exist; check the path")
    if out.exists() and not out.is_dir():
        refuse(f"--out {out} is a file, not a folder; give a folder (it is created if missing)")
    if kb is not None:
        from marsad.resolve.catalogue import CatalogueError, read_file

        try:
            read_file(kb)
        except (CatalogueError, OSError, UnicodeDecodeError) as e:
            refuse(f"--kb {kb}: {e}; give a readable CSV or YAML catalogue")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        refuse(f"cannot create the output folder {out}: {e.strerror or e}; give another --out")


def write_outputs(out: Path, corpus: Corpus, outcomes: list[Outcome]) -> None:
    """The writing step of a run: the JSON Lines files and timeline.html (each by
    create-then-rename), then the database in one transaction."""
    write_layout(out, corpus)
    write_timeline(out, corpus)
    con = connect(out / "marsad.db")
    try:
        save_corpus(con, corpus, outcomes)
    finally:
        con.close()


def _run_locked(inputs: list[str], out: Path, pipeline: Pipeline, jobs: int, kb: Path | None,
                quiet: bool) -> None:
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    clock = Timings()
    show = not quiet and console.is_terminal
    with Progress(TextColumn("reading inputs: {task.completed} article(s)"), TimeElapsedColumn(),
                  console=console, disable=not show, transient=True) as bar:
        task = bar.add_task("read", total=None)
        batch = read_batch(inputs, tick=lambda: bar.advance(task, 1), db=out / "marsad.db")
    articles = batch.articles
    clock.mark("reading")
    # Story state lives in the database, so a later run into the same folder assigns its
    # new articles to the stories already there instead of recomputing them.
    corpus = Corpus(articles=[], options={"kb": str(kb) if kb else None, "db": str(out / "marsad.db")})
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console,
                  disable=not (show and len(articles) >= LONG_RUN)) as bar:
        task = bar.add_task("processing", total=len(articles) * _per_article_runs(pipeline))
        corpus, rejected = pipeline.run(articles, jobs=jobs, corpus=corpus,
                                        progress=lambda n: bar.advance(task, n))
    clock.mark("processing")
    lost = attach_duplicates(corpus.articles, batch, rejected)
    by_path = {o.path: o for o in batch.outcomes}
    for r in [*rejected, *lost]:
        by_path[r.path] = r
    outcomes = list(by_path.values())
    write_outputs(out, corpus, outcomes)
    clock.mark("writing")
    skipped = summarize(console, outcomes, corpus, clock, out)
    if skipped:
        raise typer.Exit(code=1)


def _per_article_runs(pipeline: Pipeline) -> int:
    runs, prev = 0, False
    for st in pipeline.steps:
        is_stage = isinstance(st, Stage)
        runs += is_stage and not prev
        prev = is_stage
    return max(runs, 1)


def summarize(console: Console, outcomes: list[Outcome], corpus: Corpus, clock: Timings, out: Path) -> int:
    """Print the end summary; returns the number of skipped inputs."""
    status = Counter(o.status for o in outcomes)
    skipped = [o for o in outcomes if o.status == "skipped"]
    warned = [o for o in outcomes if o.status == "warning"]
    say = console.print
    times = ", ".join(f"{k} {v:.1f} s" for k, v in clock.marks.items())
    say(f"marsad run: {len(corpus.articles)} article(s) out, {len(skipped)} input(s) skipped, "
        f"{status['duplicate']} exact duplicate(s), {status['ignored']} ignored (hidden, other types, links);"
        " "
        f"{clock.total:.1f} s ({times})", markup=False)
    if corpus.articles:
        rate = len(corpus.articles) / clock.total if clock.total else 0.0
        say(f"  {rate:,.0f} articles/s; found {len(corpus.entities)} entities, {len(corpus.events)} "
            f"events, {len(corpus.stories)} stories", markup=False)
    no_text = sum("no_article_text" in a.flags for a in corpus.articles)
    if no_text:
        say(f"  {no_text} article(s) flagged no_article_text (no text of their own)", markup=False)
    limited = Counter(f for a in corpus.articles for f in a.flags if f in FLAG_REASONS)
    for flag, n in sorted(limited.items()):
        say(f"  {n} article(s) flagged {flag}: {FLAG_REASONS[flag]}", markup=False)
    if skipped:
        kinds = Counter(_skip_kind(o) for o in skipped)
        say("skipped, and why: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()), markup=False)
        for o in skipped[:LIST_AT_MOST]:
            say(f"  {o.path} [{o.stage}]: {o.reason}", markup=False)
        if len(skipped) > LIST_AT_MOST:
            say(f"  ... and {len(skipped) - LIST_AT_MOST} more (table `outcomes` in {out / 'marsad.db'})",
                markup=False)
    if warned:
        say(f"read with a warning: {len(warned)}", markup=False)
        for o in warned[:LIST_AT_MOST]:
            say(f"  {o.path}: {o.reason}", markup=False)
        if len(warned) > LIST_AT_MOST:
            say(f"  ... and {len(warned) - LIST_AT_MOST} more (table `outcomes`)", markup=False)
    say(f"output: {out}/articles.jsonl, entities.jsonl, events.jsonl, stories.jsonl, marsad.db",
        markup=False)
    return len(skipped)


def _skip_kind(o: Outcome) -> str:
    if o.stage != "ingest":
        return f"rejected by {o.stage}"
    reason = o.reason
    if reason.startswith("line ") and ":" in reason:
        reason = reason.split(":", 1)[1].strip()
    return reason.split(":", 1)[0].split(" (")[0].strip() or "other"
