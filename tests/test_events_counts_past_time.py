"""A reception whose object is a count past a time phrase opened by a preposition is no event
(issue 15, events-dev-fresh6): «استقبلت خلال الأيام الماضية 3864 مراجعاً», a hospital takes in
patients; crowds reads past the preposition (`time_prep` rows of event_senses.tsv) as it reads
past the time words."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = load_table("event_senses")


def _labels(src: str) -> list[str]:
    return [e.label for e in run(src)]


@pytest.mark.parametrize("row", [r for r in _ROWS if r["kind"] == "time_prep"], ids=lambda r: r["form"])
def test_a_count_received_past_a_time_phrase_is_no_reception(row: dict[str, str]) -> None:
    src = (f"وأكد [صالح المالكي](PER:m) أن مستشفيات المحافظة استقبلت {row['form']} "
           "[الأيام الماضية](DATE:2015-W30) 3864 مراجعًا.")
    assert "MEET" not in _labels(src)


def test_a_host_named_past_a_time_phrase_still_receives_his_guest() -> None:
    evs = run("استقبل خلال [الأيام الماضية](DATE:2015-W30) الأمير [محمد بن سلمان](PER:mbs) الرئيس "
              "[عبد الفتاح السيسي](PER:sisi).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["mbs", "sisi"])]


def test_patients_received_during_the_past_days_are_no_meeting() -> None:
    src = ("وأكد [صالح المالكي](PER:m) أن مستشفيات المحافظة استقبلت خلال [الأيام الماضية](DATE:2015-W30) "
           "3864 مراجعًا وتصدر [مستشفى الملك فهد العام](ORG:h1) و[مستشفى العزيزية](ORG:h2) القائمة.")
    assert _labels(src) == []
