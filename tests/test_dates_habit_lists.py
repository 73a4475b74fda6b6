"""Seasons and feasts listed after a yearly habit are each a SET (dates/habit_lists.py; timex-dev-10
1356: «تقام عدة مرات في العام ...، في الصيف، في رمضان، في الربيع، في إجازة الحج»); a season named
alone, or a list with no yearly adverb before it, stays no SET."""

from __future__ import annotations

from datetime import date

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


def test_a_list_after_a_yearly_habit_is_a_set_each() -> None:
    text = ("أصبحت هذه المخيمات تقام عدة مرات في العام في محافظة الطائف، وتستمر لأشهر، "
            "في الصيف، في رمضان، في الربيع، في إجازة الحج وهكذا")
    got = found(text)
    for item in (("الصيف", "SET", "XXXX-SU"), ("رمضان", "SET", None), ("الربيع", "SET", "XXXX-SP"),
                 ("إجازة الحج", "SET", None)):
        assert item in got


def test_a_list_joined_by_and_after_every_year() -> None:
    got = found("ويزور الناس المنتزهات كل عام في الشتاء والربيع")
    assert ("الشتاء", "SET", "XXXX-WI") in got and ("الربيع", "SET", "XXXX-SP") in got


def test_no_list_without_a_yearly_adverb() -> None:
    got = found("وزار الوفد المدينة في الصيف، في رمضان، في الربيع")
    assert all(t != "SET" for _, t, _ in got)
    assert not any(s in ("الصيف", "الربيع") for s, _, _ in got)


def test_one_season_alone_after_every_year_is_no_list() -> None:
    assert not any(s == "الربيع" for s, _, _ in found("يقام المعرض كل عام في الربيع العربي"))
