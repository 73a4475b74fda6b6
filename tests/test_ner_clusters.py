"""Word clusters from unlabelled text: the table, k-means, the features they add, a model
that keeps them, and `marsad ner clusters` on a corpus with a bad file in it."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.ner.clusters import LEVELS, WordClusters, kmeans, sentences_of
from marsad.ner.crf import CLUSTERS_FILE, NerModel, train
from marsad.ner.features import Featurizer
from marsad.ner.translit import TranslitModel

TABLE = WordClusters({"سميث": ("3", "17", "402"), "دمشق": ("5", "9", "88")})

# Invented: names in the same slots, in sentences of ordinary words.
SENTENCES = [
    (["زار", "الوزير", "سميث", "دمشق", "."], ["O", "O", "B-PERS", "B-LOC", "O"]),
    (["وصل", "الوزير", "جونز", "إلى", "بيروت", "."], ["O", "O", "B-PERS", "O", "B-LOC", "O"]),
]


def test_table_round_trips() -> None:
    again = WordClusters.from_lines(TABLE.to_lines())
    assert again.table == TABLE.table and len(again) == 2


def test_malformed_table_says_how_to_rebuild() -> None:
    with pytest.raises(ValueError, match=r"line 2: .*marsad ner clusters"):
        WordClusters.from_lines(["سميث\t1\t2\t3", "دمشق\t1\tx\t3"])


def test_kmeans_separates_distinct_directions() -> None:
    rnd = random.Random(0)
    rows = [[1 + rnd.random() * 0.1, rnd.random() * 0.1] for _ in range(20)]
    rows += [[rnd.random() * 0.1, 1 + rnd.random() * 0.1] for _ in range(20)]
    labels = kmeans(rows, 2)
    assert len(set(labels[:20])) == 1 and len(set(labels[20:])) == 1
    assert labels[0] != labels[20]
    assert len(set(kmeans(rows, 100))) <= 40  # k never exceeds the rows


def test_sentences_are_normalised_words_split_at_sentence_ends() -> None:
    got = list(sentences_of(["قال أحمد إنه وصل. نعم! ثم غادر إلى القاهرة أمس"]))
    assert got == [["قال", "احمد", "انه", "وصل"], ["ثم", "غادر", "الي", "القاهره", "امس"]]


def test_features_carry_the_clusters_of_word_stem_and_neighbours() -> None:
    feats = Featurizer(TranslitModel({}), clusters=TABLE).sentence(["الوزير", "سميث", "دمشق"])
    assert {"c0=3", "c1=17", "c2=402"} <= set(feats[1])
    assert "c0=-" in feats[0]  # a word outside the table has its own value
    assert "-1:c1=17" in feats[2] and "1:c1=9" in feats[1]
    plain = Featurizer(TranslitModel({})).sentence(["سميث"])
    assert not any(f.startswith(("c0=", "sc0=")) for f in plain[0])


def test_model_keeps_its_clusters_and_a_plain_retrain_drops_them(tmp_path: Path) -> None:
    names = tmp_path / "names.tsv"
    names.write_text("smith\tس م ي ث\t3\njones\tج و ن ز\t2\n", encoding="utf-8")
    folder = tmp_path / "model"
    train(SENTENCES * 5, names, folder, {"max_iterations": 50, "c1": 0.0}, clusters=TABLE)
    model = NerModel.load(folder)
    assert model.features.clusters is not None and model.features.clusters.table == TABLE.table
    assert any(f.startswith("c1=") for f in model.features.info("سميث").own)
    assert model.tag(["زار", "الوزير", "سميث"])[2] == "B-PERS"
    train(SENTENCES * 5, names, folder, {"max_iterations": 20})
    assert not (folder / CLUSTERS_FILE).exists()
    assert NerModel.load(folder).features.clusters is None


def test_clusters_command_builds_a_table_and_reports_bad_files(tmp_path: Path) -> None:
    pytest.importorskip("gensim")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rnd = random.Random(1)
    people = ["سميث", "جونز", "براون", "تايلور"]
    places = ["دمشق", "بيروت", "عمان", "القاهرة"]
    for d in range(6):
        lines = [
            f"قال الوزير {rnd.choice(people)} في {rnd.choice(places)} إن المحادثات مفيدة." for _ in range(40)
        ]
        (corpus / f"a{d}.txt").write_text("\n".join(lines), encoding="utf-8")
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    out = tmp_path / "clusters.tsv"
    res = CliRunner().invoke(app, ["ner", "clusters", str(corpus), "--out", str(out), "--epochs", "2"])
    assert res.exit_code == 0, res.output
    assert "6 articles read, 1 skipped" in res.output and "broken.json" in res.output
    table = WordClusters.read(out)
    assert {"سميث", "بيروت", "الوزير"} <= set(table.table)
    assert all(len(ids) == len(LEVELS) for ids in table.table.values())


def test_clusters_command_on_an_empty_corpus_says_so(tmp_path: Path) -> None:
    pytest.importorskip("gensim")
    (tmp_path / "a.txt").write_text("نعم.", encoding="utf-8")
    res = CliRunner().invoke(
        app, ["ner", "clusters", str(tmp_path / "a.txt"), "--out", str(tmp_path / "c.tsv")]
    )
    assert res.exit_code != 0 and "nothing to cluster" in res.output


def test_training_the_shipped_model_with_clusters_is_refused(tmp_path: Path) -> None:
    table = tmp_path / "c.tsv"
    table.write_text("\n".join(TABLE.to_lines()) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["ner", "train", "--clusters", str(table)])
    assert res.exit_code != 0 and "--out" in res.output


def test_run_uses_the_model_named_and_refuses_a_folder_that_is_not_one(tmp_path: Path) -> None:
    import os

    from marsad.ner.crf import use_ner_model

    names = tmp_path / "names.tsv"
    names.write_text("smith\tس م ي ث\t3\n", encoding="utf-8")
    folder = tmp_path / "model"
    train(SENTENCES * 5, names, folder, {"max_iterations": 50, "c1": 0.0}, clusters=TABLE)
    art = tmp_path / "a.txt"
    art.write_text("زيارة\n\nزار الوزير سميث دمشق أمس.\n", encoding="utf-8")
    bad = CliRunner().invoke(
        app, ["run", str(art), "--out", str(tmp_path / "o1"), "--ner-model", str(tmp_path)]
    )
    assert bad.exit_code != 0 and "not an NER model folder" in re.sub(r"[\s│]+", " ", bad.output)
    try:
        res = CliRunner().invoke(
            app, ["run", str(art), "--out", str(tmp_path / "o2"), "--ner-model", str(folder), "-q"]
        )
        assert res.exit_code == 0, res.output
        assert NerModel.default().features.clusters is not None
        assert "MARSAD_NER_MODEL" not in os.environ  # configuration, not the environment
    finally:
        use_ner_model(None)
    assert NerModel.default().features.clusters is None
