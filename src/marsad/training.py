"""Training and scoring the NER model, and learning word clusters: the application behind
`marsad ner train|eval|clusters` (the CLI parses and prints; this composes `ner/`)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.model import Article

Sentence = tuple[list[str], list[str]]


class TrainingInputError(ValueError):
    """A training input that cannot be used; `option` names the option to fix."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


@dataclass
class TrainResult:
    folder: Path
    sentences: int
    seconds: float
    dev: list[tuple[int, list[str]]] = field(default_factory=list)  # (document size, score lines)


def extra_sentences(wikifane: Path | None, news: Sequence[Path], news_weight: int) -> list[Sentence]:
    """WikiFANE Gold less its held-out tenth, plus our own news sentences read `news_weight`
    times (what is trained on beside ANERcorp)."""
    sents: list[Sentence] = []
    if wikifane is not None:
        from marsad.ner.wikifane import read_wikifane, split

        if not wikifane.exists():
            raise TrainingInputError(
                "--wikifane", f"{wikifane}: no such file (give the WikiFANE Gold file, or none)")
        extra, _ = split(read_wikifane(wikifane))
        sents = [*sents, *extra]
    if news:
        from marsad.ner.authored import AuthoredError, read_authored

        missing = [p for p in news if not p.exists()]
        if missing:
            raise TrainingInputError("--news", f"{missing[0]}: no such file or folder")
        try:
            written = read_authored(list(news))
        except AuthoredError as e:
            raise TrainingInputError("--news", str(e)) from e
        sents = [*sents, *(written * max(news_weight, 0))]
    return sents


def train_ner(data: Path, names: Path, out: Path | None, *, dev: float = 0.0, iterations: int = 100,
              c1: float = 0.1, c2: float = 0.001, clusters: Path | None = None,
              wikifane: Path | None = None, news: Sequence[Path] = (), news_weight: int = 5) -> TrainResult:
    """Train the CRF and the transliteration signal into `out` (deterministic for the same
    data); with `dev`, hold out that last fraction of ANERcorp and score on it."""
    from marsad.ner.article import tag_documents
    from marsad.ner.clusters import WordClusters
    from marsad.ner.conll import read_conll, score
    from marsad.ner.crf import NerModel, train

    if out is None and dev <= 0:
        raise TrainingInputError(
            "--out", "give --out FOLDER for the model (to rebuild the shipped one: --out src/marsad/models)")
    table = WordClusters.read(clusters) if clusters is not None else None
    base: list[Sentence] = list(read_conll(data))
    held: list[Sentence] = []
    if dev > 0:
        cut = int(len(base) * (1 - dev))
        base, held = base[:cut], base[cut:]
    sents = [*base, *extra_sentences(wikifane, news, news_weight)]
    folder = out or Path(tempfile.mkdtemp(prefix="marsad-ner-"))
    t0 = time.perf_counter()
    train(sents, names, folder, {"max_iterations": iterations, "c1": c1, "c2": c2}, clusters=table)
    result = TrainResult(folder, len(sents), time.perf_counter() - t0)
    if held:
        model = NerModel.load(folder)
        for size in (0, 10, 25):
            sc = score([t for _, t in held], tag_documents(model, [w for w, _ in held], size))
            result.dev.append((size, sc.lines()))
    return result


def eval_ner(file: Path | None, wikifane_heldout: Path | None, model: Path | None,
             document: int) -> list[str]:
    """conlleval lines (per type, then `overall P R F1`) of the model on FILE or on
    WikiFANE's held-out tenth."""
    from marsad.ner.article import tag_documents
    from marsad.ner.conll import read_conll, score
    from marsad.ner.crf import NerModel

    if (file is None) == (wikifane_heldout is None):
        raise TrainingInputError("FILE", "give FILE or --wikifane-heldout PATH (one of them)")
    tagger = NerModel.load(model) if model else NerModel.default()
    if wikifane_heldout is not None:
        from marsad.ner.wikifane import read_wikifane, split

        _, sents = split(read_wikifane(wikifane_heldout))
    else:
        sents = read_conll(file)  # type: ignore[arg-type]
    return score([t for _, t in sents], tag_documents(tagger, [w for w, _ in sents], document)).lines()


@dataclass
class ClustersResult:
    read: int
    skipped: int
    words: int
    seconds: float


def learn_clusters(inputs: Sequence[str], out: Path, *, dims: int = 100, epochs: int = 5, min_count: int = 3,
                   workers: int = 1, on_skip: Callable[[str, str], None] | None = None) -> ClustersResult:
    """Word clusters from a corpus of your own (any input `marsad run` reads), written to `out`."""
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
                if on_skip:
                    on_skip(item.path, item.reason)

    try:
        table = build(texts(), dims=dims, epochs=epochs, min_count=min_count, workers=workers)
    except (RuntimeError, ValueError) as e:
        raise TrainingInputError("INPUTS", str(e)) from e
    out.parent.mkdir(parents=True, exist_ok=True)
    table.write(out)
    return ClustersResult(read, skipped, len(table), time.perf_counter() - t0)
