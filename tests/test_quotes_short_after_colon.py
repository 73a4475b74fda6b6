"""Marked words right after a verb of saying and its colon are speech even when two words long
(«ويقول: «غَارَتْ أُمُّكُمْ»», quotes-dev-fresh25 1101), even where the tagger read them as a title in
marks; after a subject or a label before the colon they still need COLON_WORDS (quote_names._introduced).
Invented sentences."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_two_marked_words_after_the_verbs_own_colon_are_speech() -> None:
    got = run("فعن أنس بن مالك قال: كان النبي عند بعض نسائه، فسقطت الصحفة فانفلقت، فجمع النبي فلق "
              "الصحفة ويقول: «[غارت أمكم](MISC:title)». ثم حبس الخادم.")
    assert "غارت أمكم" in [t for _, t, _ in got]


def test_one_marked_word_after_the_colon_is_no_speech() -> None:
    assert run("ويقول: «نعم». ثم مضى.") == []

