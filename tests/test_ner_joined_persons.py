"""A person's name tagged as two persons side by side is joined again (`ner/joined_persons.py`);
a title, a nisba, or a second person behind «و» / «ل» keeps them apart. Invented sentences."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.lang.normalize import normalize
from marsad.ner.article import tag_article
from marsad.ner.consistency import Chunk
from marsad.ner.crf import NerModel
from marsad.ner.joined_persons import join_split_persons
from marsad.ner.persons import NameSigns


@cache
def signs() -> NameSigns:
    model = NerModel.default()
    return NameSigns(model.features.translit, model.common_words)


def joined(marked: str, breaks: frozenset[int] = frozenset()) -> list[str]:
    """The person names of `marked` («[سوزان] [اسكندر] قالت») after joining."""
    words: list[str] = []
    chunks = []
    for part in marked.replace("[", " [ ").replace("]", " ] ").split():
        if part == "[":
            start = len(words)
        elif part == "]":
            chunks.append(Chunk(start, len(words), "PER"))
        else:
            words.append(part)
    norms = [normalize(w) for w in words]
    got = join_split_persons(norms, words, chunks, set(breaks), signs())
    return [" ".join(words[c.start:c.end]) for c in got]


@pytest.mark.parametrize(("marked", "names"), [
    ("قالت المصورة [سوزان] [اسكندر] إن", ["سوزان اسكندر"]),
    ("وغنت [هيفاء] [وهبي] أمس", ["هيفاء وهبي"]),
    ("وأكد [إبراهيم آل] [مسفر الشهري] أن", ["إبراهيم آل مسفر الشهري"]),
    ("وقال [جيب] [بوش] إن", ["جيب بوش"]),
])
def test_one_name_cut_in_two_is_joined(marked: str, names: list[str]) -> None:
    assert joined(marked) == names


@pytest.mark.parametrize(("marked", "names"), [
    ("غنت [أسمهان] [وأم كلثوم] معا", ["أسمهان", "وأم كلثوم"]),
    ("بنى [الخديوي] [إسماعيل] الأوبرا", ["الخديوي", "إسماعيل"]),
    ("قرأ [روبنسون كروزو] [لدانيال ديفو] صغيرا", ["روبنسون كروزو", "لدانيال ديفو"]),
    ("استبدل [كمال] [بكوبولا] مخرجا آخر", ["كمال", "بكوبولا"]),
    ("جاء [عمر] [فعمر] بعده", ["عمر", "فعمر"]),
    ("وقال [سالم الحربي] [فهد مطر] إن", ["سالم الحربي", "فهد مطر"]),
])
def test_two_persons_titles_and_complements_stay_apart(marked: str, names: list[str]) -> None:
    assert joined(marked) == names


def test_a_sentence_break_keeps_two_names_apart() -> None:
    assert joined("شكر [سوزان] [اسكندر] غدا", frozenset({2})) == ["سوزان", "اسكندر"]


def test_the_tagger_gives_one_person_for_a_name_it_cut() -> None:
    text = "وقالت المصورة سوزان اسكندر لصحيفة محلية إن المعرض يضم ثمانين صورة."
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert [(s.label, text[s.start:s.end]) for s in spans if s.label == "PER"] == [("PER", "سوزان اسكندر")]


@pytest.mark.parametrize(("marked", "names"), [
    ("وأكد [عادل بن زيد] [الطريفي] أن", ["عادل بن زيد الطريفي"]),
    ("وصل [فيصل بن خالد] [أمير] المنطقة", ["فيصل بن خالد", "أمير"]),
])
def test_a_name_with_a_particle_inside_takes_a_family_name(marked: str, names: list[str]) -> None:
    assert joined(marked) == names
