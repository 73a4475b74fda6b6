"""Events of issue 15, round 32 (events-dev-fresh21): an agreement told in the sentence of a
visit is not thereby made where the visit went — it is mostly a deal recalled («الاتفاق النووي
المبرم بين إيران والقوى الكبرى», «لتفعيل عقود أبرمت بين العراق وروسيا عام 2012»): it takes
neither the visit's place nor its day, and the city visited is no party to it (a state visited may
be one). A meeting told after a visit still takes the visit's place."""

from __future__ import annotations

from tests.test_events_units import run


def _agree(evs: list):
    found = [e for e in evs if e.label == "AGREE"]
    assert len(found) == 1
    return found[0]


def test_a_deal_recalled_in_a_visits_sentence_takes_neither_its_place_nor_its_day() -> None:
    ev = _agree(run("ووصل وزير الدفاع [آشتون كارتر](PER:carter) أمس إلى [الأردن](LOC:jordan) في إطار "
                    "جولته التي تركز على الاتفاق النووي المبرم بين [إيران](LOC:iran) و[مجموعة 5+1](ORG:p5).",
                    published="2015-07-22"))
    assert ev.attrs.place is None
    ev = _agree(run("وصل وزير الدفاع العراقي [خالد العبيدي](PER:obeidi) إلى [روسيا](LOC:russia) "
                    "[أمس](DATE:2015-07-23) لتفعيل عقود أبرمها [العراق](LOC:iraq) مع [روسيا](LOC:russia) "
                    "[عام 2012](DATE:2012).", published="2015-07-24"))
    assert ev.attrs.place is None
    assert {"iraq", "russia"} <= set(ev.attrs.participants)  # a state visited may sign


def test_the_city_visited_is_no_party_of_the_deal() -> None:
    ev = _agree(run("وصل الوفد إلى [الرياض](LOC:riyadh) بعد أيام من توقيع [وزارة العمل](ORG:mol) اتفاقية مع "
                    "[بنجلادش](LOC:bd)."))
    assert ev.attrs.participants == ["mol", "bd"]


def test_the_city_visited_stays_a_party_the_deals_own_between_names() -> None:
    # round 42 (events-dev 12994): «بين طهران ...» names the capital as a signer, standing for its state
    ev = _agree(run("وتزامنت المواقف مع زيارة [موغيريني](PER:mogherini) ل[طهران](LOC:tehran) لمناقشة "
                    "تطبيق الاتفاق النووي الذي وقع في 14 يوليو بين [طهران](LOC:tehran) "
                    "و[الولايات المتحدة](LOC:usa)."))
    assert ev.attrs.participants == ["tehran", "usa"]
    # not named after بين: still no party
    ev = _agree(run("وصل الوفد إلى [طهران](LOC:tehran) بعد أيام من توقيع [وزارة العمل](ORG:mol) اتفاقية مع "
                    "[بنجلادش](LOC:bd)."))
    assert ev.attrs.participants == ["mol", "bd"]


def test_a_meeting_after_the_visit_still_takes_its_place() -> None:
    evs = run("زار المبعوث [ستيفان دي ميستورا](PER:dm) [طهران](LOC:tehran) [اليوم](DATE:2015-07-22) "
              "حيث التقى مع وزير الخارجية [محمد جواد ظريف](PER:zarif).")
    assert {e.label: e.attrs.place for e in evs} == {"VISIT": "tehran", "MEET": "tehran"}
