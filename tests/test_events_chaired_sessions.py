"""A session with a named chair is a body's own session, no event (the guide, round 52; round 53's
outside audit): each `chair_verb` and `chair_noun` row of event_senses.tsv, beside the same session
with a partner, which stays a meeting."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_SENSES = load_table("event_senses")


def _rows(kind: str) -> list[dict[str, str]]:
    return [r for r in _SENSES if r["kind"] == kind]


def _meets(text: str) -> list[list[str]]:
    return [sorted(e.attrs.participants) for e in run(text) if e.label == "MEET"]


@pytest.mark.parametrize("row", _rows("chair_verb"), ids=lambda r: r["form"])
def test_a_chaired_session_with_those_present_is_no_event(row: dict[str, str]) -> None:
    assert _meets(f"و{row['form']} مدير عام الشؤون الصحية بمنطقة القصيم الأستاذ [مطلق الخمعلي](PER:kh)، "
                  "اجتماعاً لتطوير برامج طب العيون بحضور مساعد المدير العام للخدمات العلاجية الدكتور "
                  "[سلطان الشايع](PER:sh)، والمشرف على طب العيون الدكتور [عبدالله الأصقه](PER:as).") == []
    assert _meets(f"و{row['form']} [عادل الجبير](PER:jubeir) اجتماعاً مع [جون كيري](PER:kerry) في "
                  "[الدوحة](LOC:doha).") == [["jubeir", "kerry"]]


@pytest.mark.parametrize("row", _rows("chair_noun"), ids=lambda r: r["form"])
def test_a_session_chaired_by_its_head_is_no_event(row: dict[str, str]) -> None:
    assert _meets(f"وعقدت [اللجنة المحلية للانتخابات البلدية](ORG:com) اجتماعات تنسيقية {row['form']} "
                  "المهندس [محمد المخرج](PER:mk) رئيس اللجنة.") == []
    assert _meets(f"وعقد [مجلس التعاون](ORG:gcc) اجتماعا {row['form']} [عادل الجبير](PER:jubeir) مع "
                  "[جون كيري](PER:kerry).") != []


def test_a_delegation_headed_to_a_bodys_meeting_meets_it() -> None:
    assert _meets("وترأس [عادل الجبير](PER:jubeir) وفد المملكة في اجتماع [مجلس التعاون](ORG:gcc) مع "
                  "[جون كيري](PER:kerry).") != []
