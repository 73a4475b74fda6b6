"""Words the tagger ran into the person's name before them (`person_acts.drop_trailing_acts`), on
chunk lists of our own sentences: a verbal noun of a derived form, the object of the sentence's
verb (lang.verbal_nouns), and a preposition ب or ل opening a phrase after the name; the name ends
before them, and a name spelling of either shape stays."""

from __future__ import annotations

import pytest

from marsad.lang.normalize import normalize
from marsad.lang.verbal_nouns import bare_verbal_noun
from marsad.ner.person_acts import drop_trailing_acts
from tests import test_ner_leading_verbs as leading_verbs


def kept(text: str, start: int, end: int, typ: str = "PER") -> str:
    return leading_verbs.kept(text, start, end, typ, drop_trailing_acts)


@pytest.mark.parametrize(
    ("text", "start", "end", "want"),
    [
        ("أعلن محافظ المدينة سامي نور تقديم جوائز للفائزين", 3, 7, "سامي نور"),  # تفعيل
        ("وأعلن المتحدث فهد مجاهد اختيار سعيد رئيسا", 2, 6, "فهد مجاهد"),  # افتعال
        ("وقرر الوزير خالد سالم استقبال الطلاب غدا", 2, 6, "خالد سالم"),  # استفعال
    ],
)
def test_the_verbal_noun_object_leaves_the_name(text: str, start: int, end: int, want: str) -> None:
    assert kept(text, start, end) == want


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("وقال محمد توفيق مدني إن المشروع", 1, 4),  # «توفيق» is a given name
        ("وقال اللاعب كارلوس تيفيز إن", 2, 4),  # last in the name: a family name
        ("وقالت الطالبة ابتسام سعيد إن", 2, 4),  # first in the name
        ("وقال سعد الاستقبال إن", 1, 3),  # with the article: no bare verbal noun
    ],
)
def test_a_name_of_that_shape_is_left_alone(text: str, start: int, end: int) -> None:
    words = text.split()
    assert kept(text, start, end) == " ".join(words[start:end])


def test_only_persons_are_cut() -> None:
    assert kept("أعلن محافظ المدينة سامي نور تقديم جوائز", 3, 7, "ORG") == "سامي نور تقديم جوائز"


@pytest.mark.parametrize(
    ("word", "want"),
    [("تقديم", True), ("اختيار", True), ("استقبال", True),
     ("ترحيب", False), ("تقدم", False), ("سالم", False)],
)
def test_bare_verbal_noun_reads_the_templates(word: str, want: bool) -> None:
    assert bare_verbal_noun(normalize(word)) is want


@pytest.mark.parametrize(
    ("text", "start", "end", "want"),
    [
        ("وقال سامي الحربي لوكالة الأنباء إن", 1, 4, "سامي الحربي"),  # ل + a cue word
        ("وسعى هاني للتأكيد على موقفه", 1, 3, "هاني"),  # ل + the article
    ],
)
def test_a_preposition_phrase_after_the_name_leaves_it(text: str, start: int, end: int, want: str) -> None:
    assert kept(text, start, end) == want


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("وقال أحمد بن محمد بالغنيم إن", 1, 5),  # ب + the article: a family name
        ("وقال مازن بترجي إن", 1, 3),  # a family name starting with ب
        ("وقالت كريستين لاجارد إن", 1, 3),  # a family name starting with ل
    ],
)
def test_a_family_name_after_a_preposition_letter_stays(text: str, start: int, end: int) -> None:
    words = text.split()
    assert kept(text, start, end) == " ".join(words[start:end])
