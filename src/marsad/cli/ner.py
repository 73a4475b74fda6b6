"""`marsad ner train` rebuilds the Arabic NER model; `marsad ner eval FILE` scores it;
`marsad ner clusters` learns word clusters from a corpus of your own to train with."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import typer

app = typer.Typer(
    help="Named-entity recognition: train and evaluate the Arabic tagger.", no_args_is_help=True
)

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "data"
NEWS = REPO / "data" / "ner_news"
WIKIFANE = SHARED / "wikifane" / "WikiFANE_Gold_2014_500K.txt.gz"


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
    from marsad.ner.clusters import WordClusters
    from marsad.ner.conll import read_conll, score
    from marsad.ner.crf import NerModel, train

    if out is None and dev <= 0:
        raise typer.BadParameter(
            "give --out FOLDER for the model (to rebuild the shipped one: --out src/marsad/models)",
            param_hint="--out",
        )
    table = WordClusters.read(clusters) if clusters is not None else None

    sents = read_conll(data)
    held: list[tuple[list[str], list[str]]] = []
    if dev > 0:
        cut = int(len(sents) * (1 - dev))
        sents, held = sents[:cut], sents[cut:]
    if str(wikifane) != "none":
        from marsad.ner.wikifane import read_wikifane, split

        if not wikifane.exists():
            raise typer.BadParameter(
                f"{wikifane}: no such file (give the WikiFANE Gold file, or none)", param_hint="--wikifane"
            )

        extra, _ = split(read_wikifane(wikifane))
        sents = [*sents, *extra]
    own = [p for p in news if str(p) != "none"]
    if own:
        from marsad.ner.authored import AuthoredError, read_authored

        missing = [p for p in own if not p.exists()]
        if missing:
            raise typer.BadParameter(f"{missing[0]}: no such file or folder", param_hint="--news")
        try:
            written = read_authored(own)
        except AuthoredError as e:
            raise typer.BadParameter(str(e), param_hint="--news") from e
        sents = [*sents, *(written * max(news_weight, 0))]
    folder = out or Path(tempfile.mkdtemp(prefix="marsad-ner-"))
    t0 = time.perf_counter()
    params = {"max_iterations": iterations, "c1": c1, "c2": c2}
    train(sents, names, folder, params, clusters=table)
    typer.echo(f"trained on {len(sents)} sentences in {time.perf_counter() - t0:.0f} s -> {folder}")
    if held:
        from marsad.ner.article import tag_documents

        model = NerModel.load(folder)
        for size in (0, 10, 25):
            sc = score([t for _, t in held], tag_documents(model, [w for w, _ in held], size))
            typer.echo(f"dev, documents of {size} sentences:\n" + "\n".join(sc.lines()))


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
    from marsad.ner.article import tag_documents
    from marsad.ner.conll import read_conll, score
    from marsad.ner.crf import NerModel

    if (file is None) == (wikifane_heldout is None):
        raise typer.BadParameter("give FILE or --wikifane-heldout PATH (one of them)")
    tagger = NerModel.load(model) if model else NerModel.default()
    if wikifane_heldout is not None:
        from marsad.ner.wikifane import read_wikifane, split

        _, sents = split(read_wikifane(wikifane_heldout))
    else:
        sents = read_conll(file)
    sc = score([t for _, t in sents], tag_documents(tagger, [w for w, _ in sents], document))
    typer.echo("\n".join(sc.lines()))


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
    from marsad.ingest import read_inputs
    from marsad.model import Article
    from marsad.ner.clusters import build

    t0 = time.perf_counter()
    read = skipped = 0

    def texts() -> Iterator[str]:
        nonlocal read, skipped
        for item in read_inputs(inputs):
            if isinstance(item, Article):
                read += 1
                yield "\n".join(x for x in (item.title, item.text) if x)
            elif item.status == "skipped":
                skipped += 1
                typer.echo(f"skipped {item.path}: {item.reason}", err=True)

    try:
        table = build(texts(), dims=dims, epochs=epochs, min_count=min_count, workers=workers)
    except (RuntimeError, ValueError) as e:
        raise typer.BadParameter(str(e), param_hint="INPUTS") from e
    out.parent.mkdir(parents=True, exist_ok=True)
    table.write(out)
    typer.echo(
        f"{read} articles read, {skipped} skipped; {len(table)} words clustered "
        f"in {time.perf_counter() - t0:.0f} s -> {out}"
    )
