"""`words` gives each call a list of its own (the dedup sketches and the story item of an
article share one split, `duplicates.prepare_sketches(items=True)`)."""

from __future__ import annotations

import marsad.stories.text as text_module
from marsad.lang.normalize import normalize
from marsad.stories.text import content_terms, words


def test_words_gives_a_new_list_each_call_for_the_same_text() -> None:
    first = words("ذهب الوزير إلى الرياض")
    first.append("x")
    again = words("ذهب الوزير إلى الرياض")
    assert "x" not in again and again == first[:-1]
    assert words("كتب") != again and words("ذهب الوزير إلى الرياض") == again


def _words_one_by_one(text: str) -> list[str]:
    """What `words` gives, written word by word without its caches."""
    out = []
    for w in text_module.WORD.findall(text):
        n = "".join(text_module.WORD.findall(normalize(w).lower()))
        if n:
            out.append(n)
    return out


def _terms_one_by_one(ws: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in ws:
        t = "" if len(w) < 3 or w in text_module.stopwords() or w.isdigit() else text_module.stem(w)
        if t:
            out[t] = out.get(t, 0) + 1
    return out


TEXT = ("قال وزير الخارجية السعودي إن الوزير سيزور الرياض في 12 مارس، والوزير قال إن "
        "المملكة ووزارة الخارجية تدعمان الحل. قال الوزير: «ﻻ» ... ‌ـ ـ Reuters AND reuters 2015")


def test_words_and_content_terms_give_the_one_by_one_results_with_cold_and_warm_caches() -> None:
    for cold in (True, False):  # every word unseen (computed in the call), then every word cached
        if cold:
            text_module._NORMAL.clear()
            text_module._TERMS.clear()
        ws = words(TEXT)
        assert ws == _words_one_by_one(TEXT)
        assert "" not in ws and ws.count("الوزير") == 2
        terms = content_terms(ws)
        expected = _terms_one_by_one(ws)
        assert terms == expected and list(terms) == list(expected)  # counts, in first-seen order
        assert type(terms) is dict and terms["وزير"] == 4 and "في" not in terms and "12" not in terms


def test_words_and_content_terms_with_caches_half_warm() -> None:
    text_module._NORMAL.clear()
    text_module._TERMS.clear()
    content_terms(words("قال الوزير"))
    ws = words(TEXT)
    assert ws == _words_one_by_one(TEXT)
    assert content_terms(ws) == _terms_one_by_one(ws)
