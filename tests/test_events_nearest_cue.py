"""`CueLexicon.nearest_before`: the one search for the nearest cue of some kinds before a word
(the conveying verb of an invitation, the welcoming verb of a visit, the copula before a
subject ...), bounded by a first word to read from when a caller reads only a few words back."""

from __future__ import annotations

from marsad.events.lexicon import event_cues
from marsad.events.words import words_of

_WELCOME = frozenset({"welcome_verb"})
TEXT = "رحب الوزير بالضيوف ثم رحب المحافظ بزيارة الوفد اليوم"


def test_the_nearest_cue_before_the_word_is_found_not_an_earlier_one() -> None:
    ws = words_of(TEXT)
    visit = next(i for i, w in enumerate(ws) if w.norm == "بزياره")
    found = event_cues().nearest_before(ws, visit, _WELCOME)
    assert found is not None and found[0] == 4 and found[1].kind == "welcome_verb"
    first = event_cues().nearest_before(ws, 4, _WELCOME)  # before the second «رحب»: the first
    assert first is not None and first[0] == 0


def test_no_cue_before_the_first_word_to_read_nor_before_the_first_cue() -> None:
    ws = words_of(TEXT)
    assert event_cues().nearest_before(ws, 4, _WELCOME, start=1) is None
    assert event_cues().nearest_before(ws, 0, _WELCOME) is None
    assert event_cues().nearest_before(ws, 9, frozenset({"no_such_kind"})) is None


def test_it_answers_as_reading_each_word_back_from_the_word() -> None:
    ws = words_of(TEXT)
    for k in range(len(ws) + 1):
        for start in range(k + 1):
            back = next(((j, c) for j in range(k - 1, start - 1, -1)
                         if (c := event_cues().at(ws, j, _WELCOME)) is not None), None)
            assert event_cues().nearest_before(ws, k, _WELCOME, start) == back
