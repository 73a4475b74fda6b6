"""A season's name after a noun of its stretch (`season_head` rows of date_cues.tsv: «فصل الصيف», «موسم
الصيف», «فترة الصيف», «أشهر الصيف») is the season, `XXXX-SU` with no year named, that year's with one (the
guide's round-47 reading: «موسم الصيف» is the summer as «فصل الصيف» is, 4 of 4 dev rows: timex-dev-4 11086
twice, -23 16463, and «أشهر الصيف الحارة» of -19 430). «موسم» before a year stays a sports season's name
(`season_noun`), and a season's name alone stays none."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
HEADS = [r["word"] for r in load_table("date_cues") if r["kind"] == "season_head"]


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("head", HEADS)
def test_a_season_after_its_head(head: str) -> None:
    assert found(f"ويرتفع استهلاك الكهرباء خلال {head} الصيف لدى دول الخليج") == [
        (f"{head} الصيف", "DATE", "XXXX-SU")]
    assert found(f"وسافر كثيرون خلال {head} الصيف الماضي إلى أوروبا") == [
        (f"{head} الصيف الماضي", "DATE", "2014-SU")]


def test_a_sports_season_and_a_bare_season_stay_none() -> None:
    assert found("وأدار نهائي الدوري في موسم 1995 بين الهلال والنصر") == []
    assert found("ويزدهر الربيع العربي في الخطب") == []
