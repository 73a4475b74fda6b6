"""The Arabic CRF tagger: training from ANERcorp-format sentences and tagging.

The model is two files under `marsad/models/`: the crfsuite model and the trigram
table of the transliteration signal. `NerModel.default()` loads the committed pair.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.lang.normalize import normalize
from marsad.ner.clusters import WordClusters
from marsad.ner.conll import Sentence
from marsad.ner.decode import CrfWeights, Decoder
from marsad.ner.features import Featurizer, WordInfo
from marsad.ner.scores import WordScores
from marsad.ner.tokens import clitics
from marsad.ner.translit import TranslitModel, read_names

CRF_FILE = "ner_ar.crfsuite"
TRANSLIT_FILE = "ner_translit.tsv"
CLUSTERS_FILE = "ner_clusters.tsv"  # only in models trained with word clusters
# Chosen on a dev part (the last 10% of train): c1 0.1 / c2 0.001 beat 0.02 / 0.02 and
# 0.05 / 0.01; 200 iterations; feature.minfreq 1 (0.690) vs 2 (0.686); IOB2 with L-BFGS
# beat IOBES (0.683) and the averaged perceptron (0.666). Context aggregation over
# documents of 25 sentences (Ratinov & Roth: neighbour words and classes at the other
# occurrences of a stem) reached 0.713 on dev but only 0.683 on test and cost seed
# entity resolution and quote attribution, so it is not shipped; with it, c1 0.05 /
# c2 0.01 fell to 0.703, c1 0.2 to 0.704, 300 iterations to 0.702, documents of 50
# sentences gave 0.707 (25: 0.709), possible_transitions changed nothing.
# Tried on dev and left out (within noise or worse): raw unnormalised form, affixes of
# length 1-4 of word and stem, nisba adjectives, cue/gazetteer classes at ±2, the
# neighbours' proclitics and affixes, w0|w+1 and w-2|w-1 bigrams, class trigrams; in the
# aggregation, classes at -2 (0.703) and neighbour stems instead of words (0.703).
# The shipped model (issue 13) is trained on ANERcorp train, WikiFANE Gold less its held-out
# tenth, and data/ner_news/ read 5 times, for 100 iterations: on the real-text gold's dev
# split 100 iterations gave exact F1 0.718 and 200 gave 0.715; news weights 2, 5 and 10
# gave 0.722, 0.718 and 0.729 (noise at 610 mentions; 10 broke cross-article linking, and 5
# kept the seeds better than 2: mention F1 0.969 against 0.963).
PARAMS: dict[str, float | int] = {"c1": 0.1, "c2": 0.001, "max_iterations": 100, "feature.minfreq": 1}


# A state feature's line in crfsuite's text dump, «(id) ATTRIBUTE --> LABEL: WEIGHT»: the pattern
# pycrfsuite's own dump parser (`Tagger.info`) reads each line with.
_STATE_LINE = re.compile(r"^[^\S\n]*\(\d+\) (.+) --> (.+): ([+-]?\d+\.\d+)", re.M)


def state_features(tagger: pycrfsuite.Tagger) -> dict[tuple[str, str], float]:
    """(attribute, label) -> weight of an open tagger's model: `tagger.info().state_features`,
    read from the model's text dump in one pass over its state features (`info` parses every
    line of every section in Python), weights to 6 decimals. A model is loaded with
    `CrfWeights.state_features` (the binary file, full precision); this is the reference
    the tests check that reader against."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.txt"
        tagger.dump(str(path))
        text = path.read_text(encoding="utf-8")
    start = text.find("STATE_FEATURES = {")
    if start < 0:
        return {}
    end = text.find("\n}", start)
    return {(m[1], m[2]): float(m[3])
            for m in _STATE_LINE.finditer(text, start, len(text) if end < 0 else end)}


def models_dir() -> Path:
    return Path(str(resources.files("marsad").joinpath("models")))


class NerModel:
    def __init__(self, crf_path: Path, translit: TranslitModel, clusters: WordClusters | None = None) -> None:
        self.tagger = pycrfsuite.Tagger()  # the reference tagger (`tag`, `tag_with_confidence`)
        self.tagger.open(str(crf_path))
        self.crf_path = crf_path
        crf = CrfWeights(crf_path)  # the model file read once: the decoder's and the features' weights
        weights = crf.state_features()
        self.features = Featurizer(translit, {attr for attr, _ in weights}, clusters)
        self.common_words = common_words(weights)
        self.decoder = Decoder(crf)
        self.scores = WordScores(crf, self.features)

    @classmethod
    def load(cls, folder: Path) -> NerModel:
        lines = (folder / TRANSLIT_FILE).read_text(encoding="utf-8").splitlines()
        clusters = WordClusters.read(folder / CLUSTERS_FILE) if (folder / CLUSTERS_FILE).exists() else None
        return cls(folder / CRF_FILE, TranslitModel.from_lines(lines), clusters)

    @staticmethod
    @cache
    def default() -> NerModel:
        """The model the pipeline uses: the folder chosen by `use_ner_model` (`marsad run
        --ner-model`), else the shipped one."""
        return NerModel.load(_CHOSEN[0] or models_dir())

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return list(self.tagger.tag(self.features.encoded(self.features.infos(words))))

    def tag_sentences(
        self, infos: Sequence[WordInfo], spans: Sequence[tuple[int, int]],
    ) -> list[tuple[list[str], list[float]]]:
        """`tag_with_confidence` of each sentence `infos[s:e]` of `spans`, all at once, in
        numpy (`ner.decode`): the same tags, and marginals within about 1e-12."""
        lengths = [e - s for s, e in spans]
        if not any(lengths):
            return [([], []) for _ in spans]
        return self.decoder.tag(self.scores.article(infos, spans), lengths)

    def tag_with_confidence(self, infos: Sequence[WordInfo]) -> tuple[list[str], list[float]]:
        """Tags of a sentence (as word infos) and, for each word, the marginal
        probability of its tag."""
        if not infos:
            return [], []
        tags = list(self.tagger.tag(self.features.encoded(infos)))
        marginal = self.tagger.marginal
        return tags, [1.0 if t == "O" else marginal(t, i) for i, t in enumerate(tags)]


# A word whose own feature weighs this much more for O than for a person's name was read
# in training mostly as an ordinary word («فور» 3.3, «باسم» 2.2, «صاحب» 1.1; «علي», which
# normalises like «على», 0.5; given names about 0).
COMMON_WEIGHT = 0.9


def common_words(weights: dict[tuple[str, str], float]) -> frozenset[str]:
    """The normalised words the tagger learned as ordinary words rather than persons' names:
    the weight of their word feature (`w=`) for O exceeds their best weight for a person's
    name (B-PER, I-PER; 0 where absent) by COMMON_WEIGHT or more."""
    other: dict[str, float] = {}
    person: dict[str, float] = {}
    for (attr, label), weight in weights.items():
        if not attr.startswith("w="):
            continue
        if label == "O":
            other[attr[2:]] = weight
        elif label in ("B-PER", "I-PER"):
            person[attr[2:]] = max(person.get(attr[2:], weight), weight)
    return frozenset(w for w, o in other.items() if o - max(person.get(w, 0.0), 0.0) >= COMMON_WEIGHT)


_CHOSEN: list[Path | None] = [None]  # the model folder a run chose (None: the shipped one)


def use_ner_model(folder: Path | None) -> None:
    """Make `folder` the model of this process (None: the shipped one); raise a ValueError
    saying what is missing when it is not a model folder. A run passes its choice to its
    worker processes itself (`marsad.app.run`, `Pipeline.run(setup=...)`): configuration,
    not an environment variable."""
    if folder is not None:
        missing = [f for f in (CRF_FILE, TRANSLIT_FILE) if not (folder / f).is_file()]
        if missing:
            raise ValueError(
                f"{folder} is not an NER model folder (no {', '.join(missing)}); "
                "make one with `marsad ner train --out FOLDER`"
            )
        folder = folder.resolve()
    if _CHOSEN[0] != folder:
        _CHOSEN[0] = folder
        NerModel.default.cache_clear()


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
    clusters: WordClusters | None = None,
) -> None:
    """Train the transliteration table and the CRF; write both to `out_dir` (with the
    word clusters, when given, as a third file)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    translit = train_translit(names_path, sentences)
    (out_dir / TRANSLIT_FILE).write_text("\n".join(translit.to_lines()) + "\n", encoding="utf-8")
    (out_dir / CLUSTERS_FILE).unlink(missing_ok=True)
    if clusters is not None:
        clusters.write(out_dir / CLUSTERS_FILE)
    feats = Featurizer(translit, clusters=clusters, trained_rows=True)  # the rows marked crf yes
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    for words, tags in sentences:
        trainer.append(feats.encoded(feats.infos(words)), tags)  # the bytes of sentence(words)
    trainer.set_params({**PARAMS, **(params or {})})
    trainer.train(str(out_dir / CRF_FILE))
