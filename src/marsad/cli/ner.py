"""`marsad ner train` rebuilds the Arabic NER model; `marsad ner eval FILE` scores it;
`marsad ner clusters` learns word clusters from a corpus of your own to train with."""

from __future__ import annotations

from pathlib import Path

import typer

from marsad import training
from marsad.cli.refusal import refuse

app = typer.Typer(
    help="Named-entity recognition: train and evaluate the Arabic tagger.", no_args_is_help=True
)

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "data"
NEWS = REPO / "data" / "ner_news"
WIKIFANE = SHARED / "wikifane" / "WikiFANE_Gold_2014_500K.txt.gz"


def _said(e: training.TrainingInputError) -> str:
    """The refusal's text, naming the option to fix unless it already does."""
    return str(e) if e.option in str(e) else f"{e.option}: {e}"


@app.command("train")
def train_cmd(
    data: Path = typer.Option(SHARED / "anercorp" / "train.txt", help="ANERcorp-format training file."),
    names: Path = typer.Option(SHARED / "names" / "wikidata_en_ar_tokens.tsv", help="Transliteration pairs."),
    out: Path = typer.Option(
        None, help="Model folder to write (required; src/marsad/models rebuilds the shipped model; "
        "may be left out with --dev, which trains into a temporary folder)."),
    dev: float = typer.Option(0.0, help="Hold out this last fraction of the sentences and score on it."),
    iterations: int = typer.Option(100, help="L-BFGS iterations."),
    c1: float = typer.Option(0.1, help="L1 penalty."),
    c2: float = typer.Option(0.001, help="L2 penalty."),
    clusters: Path = typer.Option(
        None, help="Word clusters from `marsad ner clusters` to train with (kept in the model folder)."
    ),
    wikifane: Path = typer.Option(
        WIKIFANE,
        help="WikiFANE Gold file: its sentences, less the held-out tenth, are added to the training "
        "data; give --wikifane none to train without them.",
    ),
    news: list[Path] = typer.Option(
        [NEWS], help="Annotated sentences of our own in news style (files or folders of .txt, "
        "the format of marsad.ner.authored); give --news none to train without them.",
    ),
    news_weight: int = typer.Option(5, help="How many times each sentence of --news is read."),
) -> None:
    """Train the CRF and the transliteration signal (deterministic for the same data) into --out.
    With no other option, `--out src/marsad/models` rebuilds the shipped model: ANERcorp train,
    WikiFANE Gold less its held-out tenth, and the repository's own news sentences
    (data/ner_news/, each read 5 times)."""
    try:
        res = training.train_ner(
            data, names, out, dev=dev, iterations=iterations, c1=c1, c2=c2, clusters=clusters,
            wikifane=None if str(wikifane) == "none" else wikifane,
            news=[p for p in news if str(p) != "none"], news_weight=news_weight)
    except training.TrainingInputError as e:
        refuse("ner train", _said(e))
    typer.echo(f"trained on {res.sentences} sentences in {res.seconds:.0f} s -> {res.folder}")
    for size, lines in res.dev:
        typer.echo(f"dev, documents of {size} sentences:\n" + "\n".join(lines))


@app.command("eval")
def eval_cmd(
    file: Path = typer.Argument(
        None, help="A file in ANERcorp format (word TAG, blank line between sentences)."
    ),
    wikifane_heldout: Path = typer.Option(
        None,
        help="Score the held-out tenth of this WikiFANE Gold file (the sentences `ner train "
        "--wikifane` leaves out) instead of FILE.",
    ),
    model: Path = typer.Option(None, help="Model folder (default: the shipped model)."),
    document: int = typer.Option(
        0,
        help="Read this many consecutive sentences as one article (gazetteer and document "
        "consistency, as in the pipeline); 0: the CRF sentence by sentence.",
    ),
) -> None:
    """Entity-level precision, recall and F1 per type (conlleval); last line `overall P R F1`."""
    try:
        lines = training.eval_ner(file, wikifane_heldout, model, document)
    except training.TrainingInputError as e:
        refuse("ner eval", str(e))
    typer.echo("\n".join(lines))


@app.command("clusters")
def clusters_cmd(
    inputs: list[str] = typer.Argument(
        ..., help="Files or folders of unlabelled Arabic text (any input `marsad run` reads)."
    ),
    out: Path = typer.Option(..., help="Where to write the cluster table (TSV)."),
    dims: int = typer.Option(100, help="Word vector size."),
    epochs: int = typer.Option(5, help="Passes of word2vec over the corpus."),
    min_count: int = typer.Option(3, help="Cluster only words seen this many times."),
    workers: int = typer.Option(1, help="word2vec threads (1: the same clusters on every run)."),
) -> None:
    """Learn word clusters from your own corpus, for `marsad ner train --clusters`."""
    try:
        res = training.learn_clusters(
            inputs, out, dims=dims, epochs=epochs, min_count=min_count, workers=workers,
            on_skip=lambda path, reason: typer.echo(f"skipped {path}: {reason}", err=True))
    except training.TrainingInputError as e:
        refuse("ner clusters", _said(e))
    typer.echo(f"{res.read} articles read, {res.skipped} skipped; {res.words} words clustered "
               f"in {res.seconds:.0f} s -> {out}")
