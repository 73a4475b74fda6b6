"""A person handed over, deported or held who arrives is brought, no one visits (issue 15, round
35 fresh-text audit: «وكان X وصل إلى الولايات المتحدة الأربعاء الماضي بعد أن وافق على تسليمه إلى
السلطات» read as a VISIT in four reports). The `event_senses` rows of kind custody, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r["form"] for r in load_table("event_senses") if r["kind"] == "custody"]


@pytest.mark.parametrize("form", _ROWS)
def test_an_arrival_in_custody_is_no_visit(form: str) -> None:
    assert run(f"وكان [رامون فيغا](PER:r) وصل إلى [إسبانيا](LOC:e) أمس بعد {form} من السلطات.") == []


def test_an_arrival_on_a_visit_stays() -> None:
    evs = run("ووصل الوزير [سامي العتيبي](PER:s) إلى [عمان](LOC:a) أمس في زيارة رسمية لبحث تسليم المطلوبين.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["s"])]
