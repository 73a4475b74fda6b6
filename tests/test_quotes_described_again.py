"""A speaker described again with another noun (issue 15, round 25): the unnamed definite
subject of a verb of saying that shares its head noun or its closing qualifier with the words
that introduced the last named speaker is that speaker, not someone new."""

from __future__ import annotations

from tests.test_quotes_described_speakers import said


def test_the_same_qualifier_with_another_noun_is_the_same_speaker() -> None:
    src = ("غنت المطربة المغربية [سلمى الراشد](PER:salma) أغنية جديدة. وقالت سلمى إنها سعيدة بالتجربة. "
           "وأكدت الفنانة المغربية أنها ستواصل الغناء.")
    assert [s for s, _, _ in said(src)] == ["salma", "salma"]


def test_the_same_head_noun_with_another_qualifier_is_the_same_speaker() -> None:
    src = ("قال الشاعر الشاب [كمال العمري](PER:omari) إن الديوان جاهز. "
           "وأوضح الشاعر الليبي أن القصائد كتبت في عامين.")
    assert [s for s, _, _ in said(src)] == ["omari", "omari"]


def test_a_description_sharing_nothing_is_someone_else() -> None:
    src = ("غنت المطربة المغربية [سلمى الراشد](PER:salma) أغنية جديدة. وقالت سلمى إنها سعيدة بالتجربة. "
           "وأكد الملحن المصري أن الأغنية ناجحة.")
    assert [s for s, _, _ in said(src)] == ["salma", None]


def test_a_verb_that_does_not_agree_is_someone_else() -> None:
    src = ("غنت المطربة المغربية [سلمى الراشد](PER:salma) أغنية جديدة. وقالت سلمى إنها سعيدة بالتجربة. "
           "وأكد الفنان المغربي أن الأغنية ناجحة.")
    assert [s for s, _, _ in said(src)] == ["salma", None]
