"""Common Arabic words, behind their clitics or not, that the gazetteer must not read as names:
place names that are also ordinary words stay out of `ner_gazetteer.tsv` (the tagger decides)."""

from __future__ import annotations

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.lexicon import gazetteer_index

# word, what it is as an ordinary word (and the place name it would be mistaken for)
ORDINARY = [
    ("بابها", "her door (Abha)"),
    ("باكرا", "early (Accra)"),
    ("وكسبها", "and earned it (Sabha)"),
    ("كلاوس", "Klaus (Laos)"),
    ("حائلا", "a barrier (Ha'il)"),
    ("عسير", "difficult (Asir)"),
    ("ينبع", "springs from (Yanbu)"),
    ("صيدا", "prey (Sidon)"),
    ("درعا", "a shield (Daraa)"),
    ("كسلا", "laziness (Kassala)"),
    ("حماة", "protectors (Hama)"),
    ("مسقط", "place of falling, as in «مسقط رأسه» (Muscat)"),
    ("الخبر", "the news (Khobar)"),
    ("العين", "the eye (Al Ain)"),
    ("صور", "pictures (Tyre)"),
    ("مالي", "financial (Mali)"),
    ("القصائد النبطية", "Nabati poems (Nabatieh)"),
    ("حولي", "around me (Hawalli)"),
    ("مطروح", "put forward (Matruh)"),
    ("بإبل", "with camels (Babylon)"),
    ("الرباط الصليبي", "the cruciate ligament (Rabat)"),
    ("صفوي", "Safavi, a surname (Safwa)"),
]


@pytest.mark.parametrize(("text", "meaning"), ORDINARY, ids=[w for w, _ in ORDINARY])
def test_ordinary_word_is_no_gazetteer_name(text: str, meaning: str) -> None:
    words = ["قال", *normalize(text).split(), "امس"]
    assert gazetteer_index().matches(words) == [], meaning


@pytest.mark.parametrize("text", ["وصل إلى بيشكك", "في دوشنبه", "لمجموعة العشرين", "بأديس أبابا"])
def test_general_names_are_found_behind_clitics(text: str) -> None:
    assert gazetteer_index().matches(normalize(text).split())
