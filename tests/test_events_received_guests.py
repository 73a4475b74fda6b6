"""A reception noun with its host's pronoun (خلال استقباله, لدى استقباله) whose guest is named or
given by office a few words after it, past the day, the place and a comma, is a reception: the
guest after it, the host the one the pronoun stands for (issue 15, round 29); with no one after it
(واستقبالهم) it stays none. A reception verb's object may be a group given by a plural office past
the comma-set day and place of the reception (round 34)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_COURTESY_ROWS = [r for r in load_table("event_cues") if r["kind"] == "courtesy_group"]


def _meets(evs: list) -> list:
    return [e for e in evs if e.label == "MEET"]


def test_the_guest_past_the_day_the_place_and_a_comma() -> None:
    evs = run("أكد صاحب السمو الملكي الأمير [فيصل بن خالد](PER:faisal) أهمية التدريب. جاء ذلك خلال "
              "استقباله أمس في مكتبه بالإمارة، محافظ المؤسسة العامة للتدريب الدكتور "
              "[علي الغفيص](PER:ghofais).")
    meet = _meets(evs)
    assert meet and {"faisal", "ghofais"} <= set(meet[0].attrs.participants)


def test_the_guest_given_by_an_office_after_a_lam() -> None:
    evs = run("وأكدها الرئيس [فلاديمير بوتين](PER:putin) خلال استقباله لولي ولي العهد وزير الدفاع "
              "الأمير [محمد بن سلمان](PER:mbs) في [سان بطرسبورغ](LOC:spb).")
    meet = _meets(evs)
    assert meet and {"putin", "mbs"} <= set(meet[0].attrs.participants)


def test_no_guest_after_it_no_reception() -> None:
    evs = run("وشكر الأمير [فيصل بن خالد](PER:faisal) الأهالي على حسن استقبالهم، وتمنى لهم التوفيق.")
    assert not _meets(evs)


@pytest.mark.parametrize("row", _COURTESY_ROWS, ids=lambda r: r["form"])
def test_a_group_received_past_the_comma_set_place_and_day(row: dict[str, str]) -> None:
    # the object of استقبل after its subject's offices, «، في مكتبه بالديوان،» and «، اليوم،»,
    # with courtesy words of the group (event_cues kind courtesy_group, row by row) before it
    evs = run("استقبل الشيخ [تميم بن حمد](PER:tamim) أمير دولة [قطر](LOC:qatar)، في مكتبه بالديوان، "
              f"[اليوم](DATE:2015-08-03)، {row['form']} السمو والمعالي وزراء خارجية دول "
              "[مجلس التعاون](ORG:gcc).", published="2015-08-03")
    meet = _meets(evs)
    assert meet and {"tamim", "gcc"} <= set(meet[0].attrs.participants)


def test_a_group_past_a_stretch_of_another_kind_is_not_received() -> None:
    # «، وهو يتابع أعمال المؤتمر،» tells no day or place of the reception: the office after it
    # opens no object of استقبل
    evs = run("استقبل الأمير [خالد الفيصل](PER:khalid)، وهو يتابع أعمال المؤتمر، وزراء خارجية دول "
              "[مجلس التعاون](ORG:gcc).")
    assert all("gcc" not in e.attrs.participants for e in evs)
