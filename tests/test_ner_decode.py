"""The numpy decoder (`ner.decode`, `ner.scores`) gives crfsuite's tags and marginals on real
sentences: the example corpus's articles, all sentences of each at once."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from marsad.ner import scores
from marsad.ner.article import _sentences
from marsad.ner.crf import NerModel, state_features
from marsad.ner.decode import CrfWeights
from marsad.ner.tokens import tokenize

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("alwatan/*.txt"))]
    for line in (CORPUS / "wires" / "batch.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts.append(rec.get("text") or rec.get("content") or "")
    return [t for t in texts if t.strip()]


def _check(model: NerModel, text: str) -> int:
    tokens = tokenize(text)
    sents = _sentences(tokens, {0})
    infos = model.features.infos([w for w, _, _ in tokens])
    got = model.tag_sentences(infos, sents)
    assert len(got) == len(sents)
    names = 0
    for (s, e), (tags, conf) in zip(sents, got, strict=True):
        want_tags, want_conf = model.tag_with_confidence(infos[s:e])
        assert tags == want_tags
        assert conf == pytest.approx(want_conf, abs=1e-12, rel=0)
        names += sum(t != "O" for t in tags)
    return names


def test_the_decoder_gives_crfsuites_tags_and_marginals_on_real_articles() -> None:
    model = NerModel.default()
    texts = _texts()
    assert len(texts) >= 3
    names = sum(_check(model, t) for t in texts)
    assert names > 20  # names were found, so marginals other than 1.0 were compared


def test_rows_given_back_when_the_table_is_full_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    model = NerModel.default()
    monkeypatch.setattr(scores, "TABLE_LIMIT", 300)  # fewer than an article's words: a fresh table each time
    for text in _texts()[:3]:
        _check(model, text)


def test_edges_empty_and_one_word_sentences() -> None:
    model = NerModel.default()
    infos = model.features.infos(["زار", "الملك", "سلمان", "الرياض", "."])
    got = model.tag_sentences(infos, [(0, 0), (0, 1), (1, 4), (4, 4), (4, 5)])
    assert got[0] == ([], []) and got[3] == ([], [])
    for (s, e), item in zip([(0, 1), (1, 4), (4, 5)], [got[1], got[2], got[4]], strict=True):
        tags, conf = model.tag_with_confidence(infos[s:e])
        assert item[0] == tags
        assert item[1] == pytest.approx(conf, abs=1e-12, rel=0)
    assert model.tag_sentences(infos, []) == []


def test_the_weights_read_from_the_model_file_are_those_of_its_dump() -> None:
    model = NerModel.default()
    weights = CrfWeights(model.crf_path)
    assert weights.labels == list(model.tagger.labels())
    dumped = state_features(model.tagger)  # the dump prints 6 decimals
    label = {lab: i for i, lab in enumerate(weights.labels)}
    assert len(dumped) == int(np.count_nonzero(weights.state))
    for (attr, lab), w in list(dumped.items())[:: max(1, len(dumped) // 5000)]:
        assert weights.state[weights.attrs[attr.encode()], label[lab]] == pytest.approx(w, abs=1e-6)
    assert not weights.state[weights.none].any()
    assert set(weights.state_features()) == set(dumped)  # what a model loads its features' weights from


def test_word_scores_start_afresh_when_the_featurizer_empties_its_cache() -> None:
    model = NerModel.default()
    text = _texts()[0]
    _check(model, text)
    model.features.cache.clear()
    model.features.cleared += 1  # as `Featurizer.info` does past its limit
    _check(model, text)
    assert model.tag_sentences([], []) == []


def test_a_fresh_table_grows_while_an_article_is_tagged(monkeypatch: pytest.MonkeyPatch) -> None:
    """From an empty table of word scores (as in a worker process), rows past its first size."""
    monkeypatch.setattr(scores, "FIRST_ROWS", 16)
    model = NerModel.default()
    # a fresh table, as a new process has
    model.scores = scores.WordScores(CrfWeights(model.crf_path), model.features)
    for inf in model.features.cache.values():
        inf.row = -1
    for text in _texts():  # the first has more than 16 words: the table grows 16 -> 32 -> ...
        _check(model, text)
    assert len(model.scores.table) > 256


def test_the_stages_batch_gives_each_articles_mentions_and_flags() -> None:
    """`ner`'s batch form (the CRF decoding several articles at once, in groups) gives what
    the stage gives one article at a time; the pipeline falls back to the latter silently
    when the batch fails, so the batch is called here directly."""
    import copy

    from marsad.app import collect
    from marsad.pipeline import Pipeline
    from marsad.steps import ner as ner_step

    articles, _ = collect([str(CORPUS)])
    corpus, _ = Pipeline.build(["segment", "language"]).run(articles)
    one = copy.deepcopy(corpus.articles)
    many = copy.deepcopy(corpus.articles)
    assert len(one) >= 5
    for art in one:
        ner_step.ner.func(art)
    old = ner_step.GROUP
    try:
        ner_step.GROUP = 2  # groups of two, and a last one of one or two
        assert ner_step.ner.batch is not None
        ner_step.ner.batch(many)
    finally:
        ner_step.GROUP = old
    for a, b in zip(one, many, strict=True):
        assert a.layer("mentions") == b.layer("mentions")
        assert a.flags == b.flags
    assert sum(len(a.layer("mentions")) for a in many) > 20
