"""A verb of saying or acting the tagger ran into the person's name after it
(`person_acts.drop_leading_verbs`), on chunk lists of our own sentences."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.person_acts import drop_leading_verbs
from marsad.ner.persons import NameSigns

Drop = Callable[[list[str], list[Chunk], NameSigns], list[Chunk]]


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def kept(text: str, start: int, end: int, typ: str = "PER", drop: Drop = drop_leading_verbs) -> str:
    """The words of the one chunk [start, end) of `typ` that `drop` leaves (tests/test_ner_verbal_noun_objects
    passes `person_acts.drop_trailing_acts`)."""
    words = text.split()
    norms = [normalize(w) for w in words]
    (c,) = drop(norms, [Chunk(start, end, typ, 0.6)], signs())
    return " ".join(words[c.start : c.end])


@pytest.mark.parametrize(
    ("text", "start", "end", "want"),
    [
        ("ونوه الجابر إلى أن المشروع", 0, 2, "الجابر"),
        ("وأفاد كيري أن بلاده", 0, 2, "كيري"),
        ("ولفت العمري إلى أنه", 0, 2, "العمري"),
        ("ورأى مروان الغامدي أن", 0, 3, "مروان الغامدي"),
    ],
)
def test_a_leading_verb_leaves_the_name(text: str, start: int, end: int, want: str) -> None:
    assert kept(text, start, end) == want


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ويؤكد الدكتور علم الدين أن", 2, 4),  # a compound given name
        ("وقال صادق الغامدي إن", 1, 3),  # no verb first
        ("ونوه الجابر إلى أن", 1, 2),  # one word: nothing to cut
    ],
)
def test_a_name_without_a_leading_verb_is_left_alone(text: str, start: int, end: int) -> None:
    words = text.split()
    assert kept(text, start, end) == " ".join(words[start:end])


def test_only_persons_are_cut() -> None:
    assert kept("ونوه الجابر إلى أن", 0, 2, "ORG") == "ونوه الجابر"


_SECONDS = [r["form"] for r in load_table("resolve_particles") if r["form"].startswith("ال")] + [
    r["word"] for r in load_table("ner_not_names") if r["class"] == "divine"]


@pytest.mark.parametrize("second", _SECONDS)
def test_each_second_word_of_a_compound_given_name_keeps_its_verb_like_first(second: str) -> None:
    # a name particle with the article (resolve_particles.tsv) or a name of God (ner_not_names.tsv, divine)
    text = f"ويؤكد الدكتور علم {second} أن"
    assert kept(text, 2, 4) == f"علم {second}"
