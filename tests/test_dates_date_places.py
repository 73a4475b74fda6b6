"""A place named by a date (`place` rows of date_names.tsv: «العاشر من رمضان», an Egyptian city) is no
date where a place head or a head of several places (`head`, `place_list`) stands a few words before it in
its clause, alone or closing a list («ومدينتي أبوحماد والعاشر من رمضان»: round 52's outside audit); after a
preposition of time or with no such head it stays a date."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

SUNDAY = date(2015, 8, 2)
ROWS = load_table("date_names")


def found(text: str) -> list[str]:
    return [text[t.start:t.end] for t in extract(text, SUNDAY)]


@pytest.mark.parametrize("row", [r for r in ROWS if r["kind"] == "place"], ids=lambda r: r["name"])
def test_a_place_named_by_a_date_closing_a_list_of_places_is_no_date(row: dict[str, str]) -> None:
    assert found(f"وقعت احتجاجات في مدينتي أبوحماد و{row['name']} بالمحافظة") == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["kind"] == "place_list"], ids=lambda r: r["name"])
def test_every_place_list_head_opens_a_list(row: dict[str, str]) -> None:
    assert found(f"افتتح مصانع في {row['name']} السادات والعاشر من رمضان") == []


def test_after_a_preposition_or_with_no_head_it_stays_a_date() -> None:
    assert found("احتفلت مدينة جدة في العاشر من رمضان بالذكرى") == ["العاشر من رمضان"]
    assert found("وصل الوفد في العاشر من رمضان") == ["العاشر من رمضان"]
