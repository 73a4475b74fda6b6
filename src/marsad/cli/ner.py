"""`marsad ner train` rebuilds the Arabic NER model; `marsad ner eval FILE` scores it."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import typer

app = typer.Typer(
    help="Named-entity recognition: train and evaluate the Arabic tagger.", no_args_is_help=True
)

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data"


@app.command("train")
def train_cmd(
    data: Path = typer.Option(SHARED / "anercorp" / "train.txt", help="ANERcorp-format training file."),
    names: Path = typer.Option(SHARED / "names" / "wikidata_en_ar_tokens.tsv", help="Transliteration pairs."),
    out: Path = typer.Option(None, help="Model folder (default: the package's models/)."),
    dev: float = typer.Option(0.0, help="Hold out this last fraction of the sentences and score on it."),
    iterations: int = typer.Option(200, help="L-BFGS iterations."),
    c1: float = typer.Option(0.1, help="L1 penalty."),
    c2: float = typer.Option(0.001, help="L2 penalty."),
) -> None:
    """Train the CRF and the transliteration signal (deterministic for the same data)."""
    from marsad.ner.conll import read_conll, score
    from marsad.ner.crf import NerModel, models_dir, train

    sents = read_conll(data)
    held: list[tuple[list[str], list[str]]] = []
    if dev > 0:
        cut = int(len(sents) * (1 - dev))
        sents, held = sents[:cut], sents[cut:]
    folder = out or (Path(tempfile.mkdtemp(prefix="marsad-ner-")) if dev > 0 else models_dir())
    t0 = time.perf_counter()
    params = {"max_iterations": iterations, "c1": c1, "c2": c2}
    train(sents, names, folder, params)
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
        ..., help="A file in ANERcorp format (word TAG, blank line between sentences)."
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

    tagger = NerModel.load(model) if model else NerModel.default()
    sents = read_conll(file)
    sc = score([t for _, t in sents], tag_documents(tagger, [w for w, _ in sents], document))
    typer.echo("\n".join(sc.lines()))
