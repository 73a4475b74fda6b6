"""The Arabic CRF tagger: training from ANERcorp-format sentences and tagging.

The model is two files under `marsad/models/`: the crfsuite model and the trigram
table of the transliteration signal. `NerModel.default()` loads the committed pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.lang.normalize import normalize
from marsad.ner.conll import Sentence
from marsad.ner.features import Featurizer
from marsad.ner.tokens import clitics
from marsad.ner.translit import TranslitModel, read_names

CRF_FILE = "ner_ar.crfsuite"
TRANSLIT_FILE = "ner_translit.tsv"
PARAMS: dict[str, float | int] = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 2}


def models_dir() -> Path:
    return Path(str(resources.files("marsad").joinpath("models")))


class NerModel:
    def __init__(self, crf_path: Path, translit: TranslitModel) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(crf_path))
        keep = {attr for attr, _ in self.tagger.info().state_features}
        self.features = Featurizer(translit, keep)

    @classmethod
    def load(cls, folder: Path) -> NerModel:
        lines = (folder / TRANSLIT_FILE).read_text(encoding="utf-8").splitlines()
        return cls(folder / CRF_FILE, TranslitModel.from_lines(lines))

    @staticmethod
    @cache
    def default() -> NerModel:
        return NerModel.load(models_dir())

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return list(self.tagger.tag(self.features.sentence(words)))

    def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and, for each word, the marginal probability of its tag."""
        tags = self.tag(words)
        return tags, [self.tagger.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]


def train_translit(names_path: Path, sentences: Sequence[Sentence]) -> TranslitModel:
    cl = clitics()
    ordinary = []
    for words, tags in sentences:
        for w, t in zip(words, tags, strict=True):
            n = normalize(w)
            if t == "O" and n.isalpha() and len(n) >= 3:
                ordinary.append(cl.split(n).stem)
    return TranslitModel.train(read_names(names_path), ordinary)


def train(
    sentences: Sequence[Sentence],
    names_path: Path,
    out_dir: Path,
    params: dict[str, float | int] | None = None,
    verbose: bool = False,
) -> None:
    """Train the transliteration table and the CRF; write both to `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    translit = train_translit(names_path, sentences)
    (out_dir / TRANSLIT_FILE).write_text("\n".join(translit.to_lines()) + "\n", encoding="utf-8")
    counts = Counter(normalize(w) for words, _ in sentences for w in words)
    vocab = {w for w, c in counts.items() if c >= 3}
    feats = Featurizer(translit, vocab=vocab)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    for words, tags in sentences:
        trainer.append(feats.sentence(words), tags)
    trainer.set_params({**PARAMS, **(params or {})})
    trainer.train(str(out_dir / CRF_FILE))
