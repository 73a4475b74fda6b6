"""The NER tables under lang/ar/, row by row: each row does what it says."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.english import lexicon
from marsad.ner.lexicon import cue_index, gazetteer_index
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


@pytest.mark.parametrize("row", EN, ids=lambda r: r["word"])
def test_english_lexicon_row_is_loaded_with_its_kind(row: dict[str, str]) -> None:
    assert lexicon()[row["word"]] == row["kind"]
