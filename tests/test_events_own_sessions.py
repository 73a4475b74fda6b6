"""A body's own session is no meeting (issue 15, `event_own_sessions.tsv`): «اجتماع اللجنة
التنفيذية لـX», «اجتماعات الحزب الحاكم», «تعقد اللجنة اجتماعا لها» tell a body sitting; a partner
after مع, a guest taking part or two states named keep the meeting."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _labels(text: str) -> list[str]:
    return [e.label for e in run(text)]


def test_a_committee_of_a_body_sitting_is_no_meeting() -> None:
    assert _labels("وسيعقد اجتماع [اللجنة التنفيذية](ORG:exco) [للفيفا](ORG:fifa) في [زيوريخ](LOC:zurich) "
                   "يوم الاثنين.") == []
    assert _labels("وتعقد [اللجنة التنفيذية](ORG:exco) [للفيفا](ORG:fifa) اجتماعا لها في "
                   "[زيوريخ](LOC:zurich) الاثنين المقبل.") == []


def test_a_partner_after_ma_keeps_the_meeting() -> None:
    assert _labels("وتمخض اجتماع [هيئة التنسيق](ORG:ncb) مع [الائتلاف](ORG:coalition) في "
                   "[بروكسل](LOC:brussels) عن اتفاق.") == ["MEET"]
    assert _labels("وتعقد [اللجنة التنفيذية](ORG:exco) اجتماعا لها مع [الفيفا](ORG:fifa) في "
                   "[زيوريخ](LOC:zurich).") == ["MEET"]


def test_a_meeting_of_ministers_of_two_states_is_kept() -> None:
    assert _labels("وعقد اجتماع وزراء خارجية [مصر](LOC:egypt) و[السودان](LOC:sudan) في "
                   "[القاهرة](LOC:cairo) أمس.") == ["MEET"]


@pytest.mark.parametrize("row", [r for r in load_table("event_own_sessions") if r["kind"] == "body"],
                         ids=lambda r: r["form"])
def test_every_body_word_after_a_meeting_noun_makes_it_an_own_session(row: dict[str, str]) -> None:
    body = row["form"]
    text = (f"وسيعقد اجتماع [{body} الاتحاد](ORG:union) [للفيفا](ORG:fifa) "
            "في [زيوريخ](LOC:zurich) الاثنين.")
    assert _labels(text) == []
    kept = (f"وسيعقد اجتماع [{body} الاتحاد](ORG:union) مع [الفيفا](ORG:fifa) "
            "في [زيوريخ](LOC:zurich) الاثنين.")
    assert _labels(kept) == ["MEET"]  # a partner after مع: named outside the phrase
