"""A reception noun with its host's pronoun (خلال استقباله, لدى استقباله) whose guest is named or
given by office a few words after it, past the day, the place and a comma, is a reception: the
guest after it, the host the one the pronoun stands for (issue 15, round 29); with no one after it
(واستقبالهم) it stays none."""

from __future__ import annotations

from tests.test_events_units import run


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
