"""The cue families searched for at word starts (`clean.cues.CueFamily.search`, `finditer`)
find exactly what their one regex finds with `re.search` and `re.finditer`: the same rows,
starts and ends, on lines holding every example of the table, glued and spaced every way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.clean.cues import FAMILIES, WORD_START, Cue, CueFamily, CueHit, load_cues, match_form
from marsad.lang import load_table

EXAMPLES = [match_form(r["example"]) for r in load_table("segment_cues")]
WORDS = sorted({w for ex in EXAMPLES for w in ex.split()})
JOINS = [" ", ". ", "", " - ", "، "]


def _by_regex(family: str, form: str) -> list[CueHit]:
    fam = load_cues()[family]
    return [CueHit(fam.rows[m.lastgroup], m.start(), m.end())
            for m in fam.regex.finditer(form) if m.lastgroup is not None]


def _first_by_regex(family: str, form: str) -> CueHit | None:
    m = load_cues()[family].regex.search(form)
    if m is None or m.lastgroup is None:
        return None
    return CueHit(load_cues()[family].rows[m.lastgroup], m.start(), m.end())


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("join", JOINS)
def test_every_example_in_one_line(family: str, join: str) -> None:
    form = match_form(join.join(EXAMPLES))
    assert load_cues()[family].finditer(form) == _by_regex(family, form)
    for k in range(len(EXAMPLES)):
        rest = match_form(join.join(EXAMPLES[k:]))
        assert load_cues()[family].search(rest) == _first_by_regex(family, rest)


def test_word_start_families_find_cues_inside_a_line() -> None:
    """The comparison above is not empty: each word-start family finds cues past a line's start."""
    lines = [match_form(f"وقال الوزير. {ex}") for ex in EXAMPLES]
    for family in WORD_START:
        assert any((hit := load_cues()[family].search(form)) and hit.start > 0 for form in lines)


@given(st.lists(st.sampled_from(WORDS + ["-", ".", ":", "(واس)", "x"]), max_size=40),
       st.sampled_from(JOINS))
def test_random_lines_of_cue_words(words: list[str], join: str) -> None:
    form = match_form(join.join(words))
    for family in WORD_START:
        assert load_cues()[family].finditer(form) == _by_regex(family, form)
        assert load_cues()[family].search(form) == _first_by_regex(family, form)


@pytest.mark.parametrize("family", WORD_START)
def test_every_pair_of_examples(family: str) -> None:
    """A cue right after another (one that takes the space after it: a share strip's
    «[ ,|]*») is found where a word starts at the first one's end."""
    fam = load_cues()[family]
    for a in EXAMPLES:
        for b in EXAMPLES:
            form = f"{a} {b}"
            assert fam.finditer(form) == _by_regex(family, form)


@pytest.mark.parametrize("form", ["ab cd", "ab ab cd", "cd ab cd", "x ab cd ab", "ab  cd", "abcd ab"])
def test_a_cue_that_takes_the_space_after_it(form: str) -> None:
    """A cue ending in a space: the next one starts right at its end (a word start)."""
    rows = [Cue("inline", "boilerplate", name, "", "") for name in ("ab", "cd")]
    fam = CueFamily("inline", rows, ["ab ", "cd"])
    want = [CueHit(fam.rows[m.lastgroup], m.start(), m.end())
            for m in fam.regex.finditer(form) if m.lastgroup is not None]
    assert fam.finditer(form) == want
    assert fam.search(form) == (want[0] if want else None)
