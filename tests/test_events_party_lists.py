"""Lists of named parties (issue 15): the countries and bodies a plural or dual office names
for its unnamed holders are each a party (التقت مع سفراء السويد والدنمارك وسويسرا وبريطانيا:
the four countries, as an unnamed official standing for his country is keyed to the country in
docs/realtext-annotation.md), and so is each country or body listed after a partner named after
مع. Rows of `group_office` in lang/ar/event_cues.tsv, each tested."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _parties(evs: list, label: str = "MEET") -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


def test_every_country_after_a_plural_office_is_a_party() -> None:
    evs = run("وكانت نائبة وزير الخارجية [حوتوبيلي](PER:hot)، قد التقت مع سفراء [السويد](LOC:se) "
              "و[الدنمارك](LOC:dk) و[سويسرا](LOC:ch) و[بريطانيا](LOC:uk) لدى [إسرائيل](LOC:il)، ومع أعضاء "
              "من [البرلمان الأوروبي](ORG:ep)، وعرضت أمامهم معطيات.")
    assert _parties(evs) == [{"hot", "se", "dk", "ch", "uk", "ep"}]


def test_a_dual_office_names_two_countries() -> None:
    evs = run("واستقبل الرئيس [السيسي](PER:sisi) رئيسي [قبرص](LOC:cy) و[اليونان](LOC:gr) في "
              "[القاهرة](LOC:cairo).")
    assert [(e.label, set(e.attrs.participants), e.attrs.place) for e in evs] == \
        [("MEET", {"sisi", "cy", "gr"}, "cairo")]


def test_counterparts_from_countries_are_their_countries() -> None:
    evs = run("واجتمع [لافروف](PER:lav) مع نظرائه من [مصر](LOC:eg) و[الأردن](LOC:jo) و[السعودية](LOC:sa).")
    assert _parties(evs) == [{"lav", "eg", "jo", "sa"}]


def test_a_prime_minister_is_one_office_not_a_group() -> None:
    evs = run("عقد الملك [سلمان](PER:salman) جلسة مباحثات مع دولة رئيس وزراء [باكستان](LOC:pk) "
              "[نواز شريف](PER:nawaz).")
    assert _parties(evs) == [{"salman", "nawaz"}]


def test_a_group_in_another_clause_is_not_the_meetings() -> None:
    evs = run("وعلى هامش زيارته [الدوحة](LOC:doha) أمس لوزراء خارجية [مجلس التعاون](ORG:gcc)، سيلتقي "
              "[كيري](PER:kerry) نظيره الروسي [لافروف](PER:lav).")
    assert {"kerry", "lav"} in _parties(evs) and all("gcc" not in p for p in _parties(evs))


def test_an_adjective_with_a_preposition_is_no_office() -> None:
    evs = run("والتقى [كيري](PER:kerry) أمس [لافروف](PER:lav) وقال إن لهما دورا رئيسي ل[مصر](LOC:eg).")
    assert all("eg" not in p for p in _parties(evs))


def test_a_visits_countries_stay_places() -> None:
    evs = run("وزار [أوباما](PER:obama) أمس سفراء [السويد](LOC:se) و[الدنمارك](LOC:dk).")
    assert all(not {"se", "dk"} & set(e.attrs.participants) for e in evs if e.label == "VISIT")


def test_the_list_after_a_persons_partner_goes_on() -> None:
    evs = run("ووقع الوزير [خالد الفيصل](PER:khalid) اتفاقية مع [السعودية](LOC:sa) و[الكويت](LOC:kw) "
              "و[قطر](LOC:qa) في [الرياض](LOC:riyadh).")
    assert [(e.label, set(e.attrs.participants), e.attrs.place) for e in evs] == \
        [("AGREE", {"khalid", "sa", "kw", "qa"}, "riyadh")]


def test_members_in_a_body_are_that_body() -> None:
    evs = run("ومن المقرر أن يلتقي رئيس الوكالة [يوكيا أمانو](PER:amano) بأعضاء في "
              "[مجلس الشيوخ الأمريكي](ORG:senate) لمناقشة الدور الرقابي للوكالة.")
    assert _parties(evs) == [{"amano", "senate"}]


def test_members_of_a_body_met_by_several_persons_are_that_body() -> None:
    evs = run("وقد بدأ وزير الخارجية [جون كيري](PER:kerry)، ووزير المالية [جاك لو](PER:lew) سلسلة "
              "لقاءات مغلقة مع أعضاء مجلسي [الكونغرس](ORG:congress) لهذا الغرض.")
    assert _parties(evs) == [{"kerry", "lew", "congress"}]


def test_a_body_whose_ministers_meet_on_the_sidelines_is_no_partner() -> None:
    evs = run("وعقد وزير الخارجية [جون كيري](PER:kerry)، ووزير الخارجية [سيرغي لافروف](PER:lavrov) لقاء "
              "ثنائيا على هامش اجتماع وزراء خارجية [مجموعة العشرين](ORG:g20) في [أنطاليا](LOC:antalya).")
    assert _parties(evs) == [{"kerry", "lavrov"}]


def test_counterparts_in_the_states_of_a_body_are_that_body() -> None:
    evs = run("ومن مصر، سينتقل [كيري](PER:kerry)، الإثنين، إلى [الدوحة](LOC:doha)، حيث سيلتقي نظراءه في دول "
              "[مجلس التعاون الخليجي](ORG:gcc)، لتهدئة مخاوفهم.")
    assert _parties(evs) == [{"kerry", "gcc"}]


def test_ministers_of_a_body_with_its_preposition_are_that_body() -> None:
    evs = run("وأكد [الحبيب الصيد](PER:essid) خلال مشاركته في اجتماع وزراء الشؤون الخارجية "
              "ب[الاتحاد الأوروبي](ORG:eu) أن تونس مصممة على محاربة الإرهاب.")
    assert _parties(evs) == [{"essid", "eu"}]


def test_a_place_after_members_stays_where_they_are() -> None:
    evs = run("والتقى الوزير [خالد الفيصل](PER:khalid) بأعضاء في [الرياض](LOC:riyadh) أمس.")
    assert all("riyadh" not in p for p in _parties(evs))


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "group_office"],
                         ids=lambda r: r["form"])
def test_each_group_office_word_names_its_countries(row: dict[str, str]) -> None:
    evs = run(f"والتقى الوزير [خالد الفيصل](PER:khalid) أمس {row['form']} [مصر](LOC:eg) و[الأردن](LOC:jo) "
              "و[تونس](LOC:tn).")
    assert _parties(evs) == [{"khalid", "eg", "jo", "tn"}]
