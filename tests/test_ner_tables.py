"""The NER tables under lang/ar/, row by row: each row does what it says."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.english import lexicon
from marsad.ner.lexicon import cue_index, gazetteer_index
from marsad.ner.rules import drop_organs
from marsad.ner.tokens import clitics

CLITICS = load_table("ner_clitics")
CUES = load_table("ner_cues")
GAZ = load_table("ner_gazetteer")
EN = load_table("ner_en_lexicon")


@pytest.mark.parametrize("row", [r for r in CLITICS if r["kind"] == "proclitic"], ids=lambda r: r["form"])
def test_proclitic_row_is_split_off(row: dict[str, str]) -> None:
    sp = clitics().split(normalize(row["form"] + "ماكرون"))
    assert sp.pro == normalize(row["form"])
    assert sp.stem == "ماكرون"
    assert sp.definite == (row["definite"] == "yes")


@pytest.mark.parametrize("row", [r for r in CLITICS if r["kind"] == "enclitic"], ids=lambda r: r["form"])
def test_enclitic_row_is_split_off(row: dict[str, str]) -> None:
    sp = clitics().split(normalize("دفتر" + row["form"]))
    if row["split"] == "yes":
        assert (sp.stem, sp.enc) == ("دفتر", normalize(row["form"]))
    else:  # read in context only (dates), never cut off a name
        assert (sp.stem, sp.enc) == (normalize("دفتر" + row["form"]), "")


@pytest.mark.parametrize("row", CUES, ids=lambda r: r["phrase"])
def test_cue_row_matches_its_phrase_behind_a_conjunction(row: dict[str, str]) -> None:
    words = normalize("و" + row["phrase"]).split() + ["فلان"]
    got = cue_index().matches(words)
    assert got and got[0][0] == 0 and got[0][2] == row["cue"]


@pytest.mark.parametrize("row", GAZ, ids=lambda r: r["name"])
def test_gazetteer_row_matches_behind_a_preposition(row: dict[str, str]) -> None:
    words = ["زار"] + normalize("ب" + row["name"]).split() + ["امس"]
    got = gazetteer_index().matches(words)
    assert (1, 1 + len(row["name"].split()), row["type"]) in got


@pytest.mark.parametrize("row", CUES, ids=lambda r: r["phrase"])
def test_cue_row_is_a_tagger_feature_when_marked_crf(row: dict[str, str]) -> None:
    # the tagger's features read the rows the shipped model was trained with (crf yes) only
    words = normalize("و" + row["phrase"]).split() + ["فلان"]
    found = (0, len(words) - 1, row["cue"]) in cue_index(trained=True).matches(words)
    assert found == (row["crf"] == "yes")


@pytest.mark.parametrize("row", GAZ, ids=lambda r: r["name"])
def test_gazetteer_row_is_a_tagger_feature_when_marked_crf(row: dict[str, str]) -> None:
    words = ["زار"] + normalize("ب" + row["name"]).split() + ["امس"]
    found = (1, 1 + len(row["name"].split()), row["type"]) in gazetteer_index(trained=True).matches(words)
    assert found == (row["crf"] == "yes")


def test_training_reads_the_crf_rows_and_tagging_every_row() -> None:
    # «الدمام» came into the gazetteer after the shipped model was trained (crf no)
    from marsad.ner.features import Featurizer
    from marsad.ner.translit import TranslitModel

    assert any(r["name"] == "الدمام" and r["crf"] == "no" for r in GAZ)
    trained, every = (Featurizer(TranslitModel({}), trained_rows=t).sentence(["الدمام"])[0]
                      for t in (True, False))
    assert "gaz=LOC" in every and "gaz=LOC" not in trained


@pytest.mark.parametrize("row", [r for r in GAZ if " " not in r["name"]], ids=lambda r: r["name"])
def test_gazetteer_word_loses_a_proclitic_conjunction(row: dict[str, str]) -> None:
    # «والأحساء [وتبوك]»: the name after an untagged one in a list starts after its و
    from marsad.ner.proclitics import proclitic_lexicon_words
    from marsad.ner.tokens import bare_prefix

    assert bare_prefix("و" + row["name"], proclitic_lexicon_words()) == 1


@pytest.mark.parametrize("row", EN, ids=lambda r: r["word"])
def test_english_lexicon_row_is_loaded_with_its_kind(row: dict[str, str]) -> None:
    assert lexicon()[row["word"]] == row["kind"]


ORGANS = load_table("ner_organs")


@pytest.mark.parametrize("row", ORGANS, ids=lambda r: r["phrase"])
def test_organ_row_leaves_the_name_after_it(row: dict[str, str]) -> None:
    first, second = row["phrase"].split()
    norms = [normalize(w) for w in ["عضو", "و" + first, second, "شركة", "الدريس", "قال"]]
    # the tagger took the organ's second word into the name, or the whole organ
    assert [(c.start, c.end) for c in drop_organs(norms, [Chunk(2, 5, "ORG")])] == [(3, 5)]
    assert [(c.start, c.end) for c in drop_organs(norms, [Chunk(1, 5, "ORG")])] == [(3, 5)]
    # with the article the organ is the board of an organisation named elsewhere
    norms = [normalize(w) for w in ["أعضاء", "ل" + first, "ال" + second, "المكلف", "قال"]]
    assert drop_organs(norms, [Chunk(1, 4, "ORG")]) == []


def test_organ_rule_leaves_other_councils_alone() -> None:
    norms = [normalize(w) for w in ["اجتمع", "مجلس", "الأمن", "الدولي", "وقال", "مدير", "إدارة", "المرور"]]
    chunks = [Chunk(1, 4, "ORG"), Chunk(6, 8, "ORG")]
    assert [(c.start, c.end) for c in drop_organs(norms, chunks)] == [(1, 4), (6, 8)]
