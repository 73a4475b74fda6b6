"""One happening, one event (issue 15 item 3): a verb of hosting whose object is a meeting
(«قمة ... تستضيفها رابطة آسيان», «استضاف الفندق قمة») tells where the meeting was, not a visit;
a host receiving a guest is still the guest's visit; each `back_pronoun` affix row read; a later
report of a visit, dated on the report's day, is the visit."""

from __future__ import annotations

import pytest

from marsad.events.words import points_back
from marsad.lang import load_table
from tests.test_events_units import run


def _labels(evs: list) -> list[str]:
    return [e.label for e in evs]


def test_a_summit_hosted_by_a_body_is_no_visit_of_the_parties() -> None:
    evs = run("والتقى الوزيران [مولود جاويش أوغلو](PER:cavusoglu) و[جون كيري](PER:kerry) في فندق في "
              "[كوالالمبور](LOC:kl) على هامش قمة اقليمية حول الامن تستضيفها رابطة دول جنوب شرق آسيا.")
    assert "VISIT" not in _labels(evs)
    assert "MEET" in _labels(evs)


def test_a_hotel_hosting_a_summit_is_no_visit() -> None:
    evs = run("واستضاف الفندق قمة بين [أنور السادات](PER:sadat) و[جيمي كارتر](PER:carter) لمناقشة الاتفاقية.")
    assert "VISIT" not in _labels(evs)


def test_a_host_receiving_a_guest_is_still_a_visit() -> None:
    evs = run("استضاف الرئيس [عبدالفتاح السيسي](PER:sisi) الأمير [محمد بن سلمان](PER:mbs) في "
              "[القاهرة](LOC:cairo) أمس.")
    assert "VISIT" in _labels(evs)
    # a meeting noun far after the verb is not its object: the guest's visit stays
    evs = run("استضاف الرئيس [عبدالفتاح السيسي](PER:sisi) الأمير [محمد بن سلمان](PER:mbs) في "
              "[القاهرة](LOC:cairo) أمس وعقد معه محادثات.")
    assert "VISIT" in _labels(evs)


@pytest.mark.parametrize("row", [r for r in load_table("event_affixes") if r["kind"] == "back_pronoun"],
                         ids=lambda r: r["affix"])
def test_every_back_pronoun_row_is_read_on_a_verb(row: dict[str, str]) -> None:
    assert points_back("تستضيف" + row["affix"])
    assert not points_back("تستضيف")


def test_a_later_report_of_a_visit_dated_on_its_own_day_is_the_visit() -> None:
    evs = run("اهتمت وسائل الإعلام الأردنية بزيارة الأمير [محمد بن سلمان](PER:mbs) إلى [الأردن](LOC:jordan) "
              "[الثلاثاء](DATE:2015-08-04). وبثت محطات الإذاعة [اليوم](DATE:2015-08-06) تقارير مصورة "
              "لزيارة الأمير [محمد بن سلمان](PER:mbs).")
    assert [e.label for e in evs].count("VISIT") == 1
    # a visit of his to another place told later stays a visit of its own
    evs = run("زار الأمير [محمد بن سلمان](PER:mbs) [الأردن](LOC:jordan) [الثلاثاء](DATE:2015-08-04). "
              "وزار الأمير [محمد بن سلمان](PER:mbs) [مصر](LOC:egypt) [الخميس](DATE:2015-08-06).")
    assert [e.label for e in evs].count("VISIT") == 2
