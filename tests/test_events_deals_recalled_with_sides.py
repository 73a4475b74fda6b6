"""A signing recalled as a time mark whose phrase names a side of the deal, after «بين» or «مع» or
by a pronoun on them pointing back to a named actor («بعد توقيع الاتفاق النووي بينها وبين الدول
الكبرى»), is an AGREE of the sides it names (round 49, third reader): `happened`, and with no date
but what its phrase tells; with no side named it stays a mark of time."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_DAY = "2015-08-03T08:00:00"


def test_a_signing_recalled_with_a_side_after_with_is_an_agreement_of_that_side() -> None:
    evs = run("وهاجم المرشد [علي خامنئي](PER:khamenei) بعيد توقيع الاتفاق النووي مع [إيران](LOC:iran) "
              "في خطاب له.", _DAY)
    assert labelled_parties(evs) == [("AGREE", ["iran"])]
    assert evs[0].attrs.status == "happened" and evs[0].attrs.date is None


def test_a_signing_recalled_with_a_pronoun_on_between_is_an_agreement() -> None:
    evs = run("وكان الوزير أول مسؤول غربي يزور [إيران](LOC:iran) بعد توقيع الاتفاق النووي بينها وبين "
              "الدول الكبرى.", _DAY)
    agrees = [e for e in evs if e.label == "AGREE"]
    assert [e.attrs.participants for e in agrees] == [["iran"]]
    assert agrees[0].attrs.status == "happened" and agrees[0].attrs.date is None


def test_a_recalled_signing_keeps_the_date_its_phrase_tells() -> None:
    evs = run("وبلغ عدد التأشيرات منذ توقيع اتفاقية الاستقدام بين [السعودية](LOC:saudi) و[بنجلادش](LOC:bd) "
              "[مطلع العام الجاري](DATE:2015)، نحو 1500 تأشيرة.", _DAY)
    assert labelled_parties(evs) == [("AGREE", ["saudi", "bd"])]
    assert evs[0].attrs.date == "2015"


def test_a_recalled_signing_with_no_side_named_stays_a_mark_of_time() -> None:
    assert run("وزار الوزير إسرائيل بعد توقيع الاتفاق النووي في [فيينا](LOC:vienna).", _DAY) == []
