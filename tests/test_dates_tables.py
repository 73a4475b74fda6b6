"""The date tables, row by row: every word is recognised in context and resolves right."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hijridate import Hijri

from marsad.dates import extract
from marsad.dates.lexicon import lexicon, norm
from marsad.lang import load_table

ANCHOR = date(2024, 11, 12)  # a Tuesday


def _values(text: str, anchor: date | None = ANCHOR) -> list[str | None]:
    return [t.value for t in extract(text, anchor)]


@pytest.mark.parametrize("row", load_table("date_months"), ids=lambda r: r["word"])
def test_month_name_with_day_and_year(row: dict[str, str]) -> None:
    month = int(row["month"])
    if row["series"].startswith("english"):
        text = f"on 15 {row['word']} 2020"
    else:
        text = f"وقع ذلك في 15 {row['word']} 2020 بحسب البيان"
    assert f"2020-{month:02d}-15" in _values(text)


@pytest.mark.parametrize("row", load_table("date_hijri_months"), ids=lambda r: r["word"])
def test_hijri_month_converts(row: dict[str, str]) -> None:
    g = Hijri(1445, int(row["month"]), 3).to_gregorian()
    assert date(g.year, g.month, g.day).isoformat() in _values(f"في 3 {row['word']} 1445هـ")


@pytest.mark.parametrize("row", load_table("date_weekdays"), ids=lambda r: r["word"])
def test_weekday_is_the_latest_such_day(row: dict[str, str]) -> None:
    iso = int(row["isoday"])
    expected = ANCHOR - timedelta(days=(ANCHOR.isoweekday() - iso) % 7)
    text = f"met on {row['word']}" if row["lang"] == "en" else f"التقى الوزيران يوم {row['word']} في العاصمة"
    assert expected.isoformat() in _values(text)


@pytest.mark.parametrize("row", [r for r in load_table("date_numbers") if r["kind"] == "cardinal"],
                         ids=lambda r: r["word"])
def test_number_word_counts_a_duration(row: dict[str, str]) -> None:
    assert f"P{row['value']}Y" in _values(f"استمرت الحرب {row['word']} سنوات")


@pytest.mark.parametrize("row", [r for r in load_table("date_numbers") if r["kind"] == "ordinal"
                                 and int(r["value"]) <= 12 and not r["word"].endswith(("ي", "ية"))
                                 or r["word"] in ("الثاني", "الثانية")],
                         ids=lambda r: r["word"])
def test_ordinal_day_of_month(row: dict[str, str]) -> None:
    n = int(row["value"])
    assert f"2023-03-{n:02d}" in _values(f"في {row['word']} من مارس 2023")


@pytest.mark.parametrize("row", [r for r in load_table("date_units") if r["unit"] in "DWMY" and r["unit"]],
                         ids=lambda r: r["word"])
def test_unit_with_a_count_is_a_duration(row: dict[str, str]) -> None:
    count = row["count"] or "3"
    text = f"بعد غياب دام {row['word']}" if row["count"] == "2" else f"بعد غياب دام {count} {row['word']}"
    if any(r["word"] == row["word"] and r["kind"] == "construct_dual" for r in load_table("date_cues")):
        text += " الراحة"  # a dual in construct (يومي الراحة) is a length only before a definite word
    assert f"P{count}{row['unit']}" in _values(text)


@pytest.mark.parametrize("row", [r for r in load_table("date_relative") if r["kind"] == "day"],
                         ids=lambda r: r["word"])
def test_day_word_shifts_the_anchor(row: dict[str, str]) -> None:
    expected = (ANCHOR + timedelta(days=int(row["offset"]))).isoformat()
    if norm(row["word"]) in lexicon().cues.get("night", ()):
        expected += "TNI"  # الليلة: tonight, the night of the day (a `night` cue of date_cues.tsv)
    assert expected in _values(f"قال الوزير {row['word']} إن المحادثات مستمرة")


@pytest.mark.parametrize("row", [r for r in load_table("date_relative") if r["kind"] == "modifier"],
                         ids=lambda r: r["word"])
def test_modifier_shifts_the_month(row: dict[str, str]) -> None:
    offset = int(row["offset"])
    unit = "الأسبوع" if not row["word"].endswith(("ة", "ين", "تين", "ان", "تان")) else None
    if unit is None:
        pytest.skip("feminine or dual form: modifies plural or feminine nouns")
    if norm(row["word"]) in lexicon().cues.get("following", ()):  # الأسبوع التالي: after another event
        assert _values(f"وصل الوفد {unit} {row['word']} إلى المدينة") == [None]
        return
    expected = {-2: "2024-W44", -1: "2024-W45", 0: "2024-W46", 1: "2024-W47", 2: "2024-W48"}[offset]
    assert expected in _values(f"وصل الوفد {unit} {row['word']} إلى المدينة")


@pytest.mark.parametrize("row", load_table("date_parts"), ids=lambda r: r["word"])
def test_part_of_a_month_keeps_the_month_and_sets_mod(row: dict[str, str]) -> None:
    found = extract(f"عاد السفير في {row['word']} يوليو 2023 إلى بلاده", ANCHOR)
    if row["word"] in {r["word"] for r in load_table("date_numbers") if r["kind"] == "ordinal"}:
        # أول يوليو is the first of July (an ordinal day); أول العام stays a part of the year
        assert any(t.value == "2023-07-01" for t in found)
        of_year = extract(f"في {row['word']} العام", ANCHOR)
        assert any(t.value == "2024" and t.mod == row["mod"] for t in of_year)
        return
    assert any(t.value == "2023-07" and t.mod == row["mod"] for t in found)


@pytest.mark.parametrize("row", load_table("date_sets"), ids=lambda r: r["word"])
def test_set_word(row: dict[str, str]) -> None:
    # «يومي», also the dual in construct, is "daily" after an indefinite noun only (dates/context.py)
    duals = {r["word"] for r in load_table("date_cues") if r["kind"] == "construct_dual"}
    noun = "نشرة" if row["word"] in duals else "النشرة"
    found = extract(f"تصدر {noun} {row['word']} منذ سنوات", ANCHOR)
    assert any(t.type == "SET" and t.value == row["value"] for t in found)


@pytest.mark.parametrize("row", [r for r in load_table("date_dayparts") if r["word"][-1] not in "اً"],
                         ids=lambda r: r["word"])
def test_daypart_before_today(row: dict[str, str]) -> None:
    assert f"2024-11-12T{row['suffix']}" in _values(f"وصل الوفد {row['word']} اليوم إلى المدينة")


@pytest.mark.parametrize("row", load_table("date_day_periods"), ids=lambda r: r["word"])
def test_day_period_is_that_part_of_the_day(row: dict[str, str]) -> None:
    found = [(t.type, t.value) for t in extract(f"وتقام الندوة في الفترة {row['word']} بالقاعة", ANCHOR)]
    assert found == [("TIME", f"2024-11-12T{row['suffix']}")]


@pytest.mark.parametrize("row", load_table("date_fractions"), ids=lambda r: r["word"])
def test_fraction_of_a_year(row: dict[str, str]) -> None:
    assert f"2023-{row['code']}" in _values(f"نما الاقتصاد في {row['word']} من عام 2023")


@pytest.mark.parametrize("row", load_table("date_decades"), ids=lambda r: r["word"])
def test_decade(row: dict[str, str]) -> None:
    assert row["value"] in _values(f"كانت المدينة مزدهرة في {row['word']}")


@pytest.mark.parametrize("row", [r for r in load_table("date_relative") if r["kind"] == "modifier"
                                 and r["word"].endswith(("ين", "ان"))], ids=lambda r: r["word"])
def test_dual_modifier_makes_a_two_unit_length(row: dict[str, str]) -> None:
    # «العامان الماضيان», «خلال السنتين الماضيتين»: the two last years, P2Y; a nominative dual
    # modifier after a nominative dual unit, a genitive one after a genitive unit
    feminine = row["word"].endswith(("تين", "تان"))
    nominative = row["word"].endswith("ان")
    unit = {(False, False): "العامين", (False, True): "العامان",
            (True, False): "السنتين", (True, True): "السنتان"}[(feminine, nominative)]
    assert _values(f"شهد {unit} {row['word']} عددا من الحوادث") == ["P2Y"]
