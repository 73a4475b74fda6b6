"""`marsad run`: the whole pipeline from raw inputs to the output folder and database."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad import app
from marsad.cli import refusal
from marsad.engines import Engine, engine_for
from marsad.model import Corpus, Outcome
from marsad.pipeline import DEFAULT_STEPS, Pipeline, PipelineError
from marsad.steps.base import FLAG_REASONS
from marsad.store.lock import OutputLockError

# A progress bar is shown on a terminal once a run holds this many articles.
LONG_RUN = 200
# The summary lists this many skipped inputs one by one; the database holds them all.
LIST_AT_MOST = 25


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
    engine: str = typer.Option("local", "--engine",
                               help="Where the per-article stages run: local (this machine, --jobs "
                               "processes) or spark (needs the spark extra); the output is the same."),
    master: str | None = typer.Option(None, "--master",
                                      help="Spark master for --engine spark: local[N] (default "
                                      "local[JOBS]), spark://HOST:PORT, yarn, ..."),
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
    names = [n.strip() for n in steps.split(",") if n.strip()]
    try:
        Pipeline.build(names)
    except PipelineError as e:
        refuse(f"--steps: {e}")
    if ner_model is not None:
        try:
            app.check_ner_model(ner_model)
        except (OSError, ValueError) as e:
            refuse(f"--ner-model: {e}")
    check_command(inputs, out, kb)
    chosen = check_engine(engine, master, jobs)
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    show = not quiet and console.is_terminal
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, disable=not show, transient=True) as bar:
            task = bar.add_task("reading inputs", total=None)

            def start(total: int) -> None:
                bar.update(task, description="processing", total=total, completed=0,
                           visible=total >= LONG_RUN)

            try:
                watch = app.RunProgress(read=lambda: bar.advance(task, 1), start=start,
                                        advance=lambda n: bar.advance(task, n))
                result = app.run(inputs, out, steps=names, jobs=jobs, kb=kb, ner_model=ner_model,
                                 engine=chosen, progress=watch)
            finally:
                chosen.close()
    except OutputLockError as e:
        refuse(str(e))
    except app.RunFailed as e:
        typer.echo(f"marsad run: {e}", err=True)
        raise typer.Exit(code=1) from None
    if summarize(console, result.outcomes, result.corpus, result.timings, out):
        raise typer.Exit(code=1)


def check_engine(name: str, master: str | None, jobs: int) -> Engine:
    """The engine the command names; a refusal (exit code 2) for an unknown one, for
    --master without spark, and for spark without PySpark."""
    if name not in ("local", "spark"):
        refuse(f"--engine must be local or spark, not {name!r}")
    if master is not None and name != "spark":
        refuse("--master applies to --engine spark only")
    if name == "spark" and importlib.util.find_spec("pyspark") is None:
        refuse("--engine spark needs PySpark: pip install 'marsad[spark]'")
    return engine_for(name, jobs, master)


def refuse(message: str) -> NoReturn:
    """Stop the run with one line saying what is wrong and what to do, exit code 2."""
    refusal.refuse("run", f"{message} (nothing was written)")


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
        try:
            app.check_kb(kb)
        except ValueError as e:
            refuse(f"--kb {kb}: {e}; give a readable CSV or YAML catalogue")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        refuse(f"cannot create the output folder {out}: {e.strerror or e}; give another --out")


def summarize(console: Console, outcomes: list[Outcome], corpus: Corpus, clock: app.Timings,
              out: Path) -> int:
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
