"""`marsad run`: the whole pipeline from raw inputs to the output folder and database."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.ingest import read_inputs
from marsad.model import Article, Outcome
from marsad.pipeline import Pipeline
from marsad.stages.base import Corpus
from marsad.store.layout import write_layout
from marsad.store.sqlite import connect, save_corpus


def collect(inputs: list[str]) -> tuple[list[Article], list[Outcome]]:
    """Read every input; exact duplicate articles are kept once and reported."""
    articles: dict[str, Article] = {}
    outcomes: list[Outcome] = []
    for item in read_inputs(inputs):
        if isinstance(item, Outcome):
            outcomes.append(item)
        elif item.id in articles:
            first = articles[item.id].path
            outcomes.append(Outcome(item.path, "duplicate", "ingest", f"same content as {first}", item.id))
        else:
            articles[item.id] = item
            outcomes.append(Outcome(item.path, "ok", "ingest", "", item.id))
    return list(articles.values()), outcomes


def run(
    inputs: list[str] = typer.Argument(..., help="Files or folders (recursive) to read; - reads stdin."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if needed)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for per-article stages."),
    kb: Path | None = typer.Option(None, "--kb", help="Entity catalogue (CSV or YAML) to seed entities."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, summary only."),
) -> None:
    """Read articles (.txt, .html, .json, .jsonl, optionally .gz), clean them, find dates,
    entities, events, quotes and stories, and write OUT/articles.jsonl, entities.jsonl,
    events.jsonl, stories.jsonl and OUT/marsad.db."""
    console = Console(stderr=True)
    t0 = time.perf_counter()
    articles, outcomes = collect(inputs)
    pipeline = Pipeline.build()
    corpus = Corpus(articles=[], options={"kb": str(kb) if kb else None})
    show = not quiet and console.is_terminal and len(articles) >= 50
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, disable=not show) as bar:
        task = bar.add_task("articles", total=len(articles) * _per_article_runs(pipeline))
        corpus, rejected = pipeline.run(articles, jobs=jobs, corpus=corpus,
                                        progress=lambda n: bar.advance(task, n))
    by_path = {o.path: o for o in outcomes}
    for r in rejected:
        by_path[r.path] = r
    outcomes = list(by_path.values())
    out.mkdir(parents=True, exist_ok=True)
    write_layout(out, corpus)
    con = connect(out / "marsad.db")
    save_corpus(con, corpus, outcomes)
    con.close()
    skipped = _summary(console, outcomes, corpus, time.perf_counter() - t0, out)
    if skipped:
        raise typer.Exit(code=1)


def _per_article_runs(pipeline: Pipeline) -> int:
    from marsad.stages.base import Stage

    runs, prev = 0, False
    for st in pipeline.steps:
        is_stage = isinstance(st, Stage)
        runs += is_stage and not prev
        prev = is_stage
    return max(runs, 1)


def _summary(console: Console, outcomes: list[Outcome], corpus: Corpus, secs: float, out: Path) -> int:
    status = Counter(o.status for o in outcomes)
    skipped = [o for o in outcomes if o.status == "skipped"]
    console.print(
        f"read {len(outcomes)} input(s): {len(corpus.articles)} article(s) out, "
        f"{len(skipped)} skipped, {status['duplicate']} exact duplicate(s); "
        f"{len(corpus.entities)} entities, {len(corpus.events)} events, "
        f"{len(corpus.stories)} stories; {secs:.1f} s -> {out}"
    )
    no_text = [a.path for a in corpus.articles if "no_article_text" in a.flags]
    if no_text:
        console.print(f"{len(no_text)} article(s) flagged no_article_text (site chrome only)")
    for o in skipped:
        console.print(f"  skipped {o.path} [{o.stage}]: {o.reason}")
    return len(skipped)
