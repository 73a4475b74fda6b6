"""An office in construct named again without the article (issue 15, round 33): «قائد قوة أمن
الطرق» is as definite as «القائد», so when it repeats the words that introduced the last speaker
it is he again; a group or one of its members («عائلة الشاب», «أحد نواب البرلمان») and an office
behind a preposition («مسؤول في الوزارة») stay unnamed."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def speakers(src: str) -> list[str | None]:
    art = marked(src)
    quotes.func(art)
    return [q.attrs.speaker for q in art.layer("quotes")]


_INTRO = ("وقال قائد دوريات أمن الطرق بمنطقة الجوف العقيد [خالد السبيعي](PER:khalid) إن الدوريات "
          "انتشرت على الطرق السريعة. ")


def test_the_office_in_construct_is_the_one_it_introduced() -> None:
    got = speakers(_INTRO + "وشدد قائد دوريات أمن الطرق على أن السرعة سبب الحوادث.")
    assert got == ["khalid", "khalid"]


def test_a_member_of_a_group_stays_unnamed() -> None:
    got = speakers(_INTRO + "وأكد أحد ضباط أمن الطرق أن السرعة سبب الحوادث.")
    assert got == ["khalid", None]


def test_an_office_behind_a_preposition_stays_unnamed() -> None:
    got = speakers(_INTRO + "وأكد مسؤول في أمن الطرق أن السرعة سبب الحوادث.")
    assert got == ["khalid", None]
