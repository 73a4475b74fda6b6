"""A state or body named as the subject of a verb of agreeing, meeting or calling acts: it is a
party, and persons the sentence names elsewhere (in a time phrase, in the visit that led to the
deal) do not take its place (issue 15, round 20: «ووقع العراق مع روسيا ... نتيجة زيارة العبيدي»
was stored as the minister's deal with Russia, «فقد وقعت المملكة فترة حكم رفسنجاني ... اتفاقية»
as Rafsanjani's)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _pairs(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


def test_a_state_subject_after_the_verb_signs_not_the_visiting_minister() -> None:
    evs = run("ووقع [العراق](LOC:iraq) مع [روسيا](LOC:russia) اتفاق تعاون عسكري نتيجة زيارة "
              "[العبيدي](PER:obeidi) إلى موسكو.")
    agree = [p for lab, p in _pairs(evs) if lab == "AGREE"]
    assert agree and set(agree[0]) == {"iraq", "russia"}


def test_a_state_subject_is_kept_over_a_person_of_a_time_phrase() -> None:
    evs = run("فقد وقعت [السعودية](LOC:ksa) في عهد [رفسنجاني](PER:rafsanjani) اتفاقية أمنية مع "
              "[إيران](LOC:iran).")
    assert _pairs(evs) == [("AGREE", ["ksa", "iran"])]


def test_a_body_subject_before_the_verb_signs() -> None:
    evs = run("وقالت المصادر إن [أرامكو](ORG:aramco) وقعت اتفاقية مع [سامسونج](ORG:samsung) أمس.")
    assert _pairs(evs) == [("AGREE", ["aramco", "samsung"])]


def test_a_person_subject_still_signs_with_the_state_after_with() -> None:
    evs = run("ووقع [العبيدي](PER:obeidi) اتفاقية مع [روسيا](LOC:russia) أمس.")
    assert _pairs(evs) == [("AGREE", ["obeidi", "russia"])]


def test_a_state_after_with_is_no_subject() -> None:
    evs = run("ووقع [العبيدي](PER:obeidi) مع [روسيا](LOC:russia) اتفاقية تعاون.")
    assert _pairs(evs) == [("AGREE", ["obeidi", "russia"])]


def test_a_country_after_a_visit_verb_is_its_place_not_a_subject() -> None:
    evs = run("وزار [أوباما](PER:obama) [كينيا](LOC:kenya) أمس.")
    assert _pairs(evs) == [("VISIT", ["obama"])]
    assert evs[0].attrs.place == "kenya"


def test_a_body_after_a_classifier_noun_signs() -> None:
    evs = run("ووقعت شركة [صدارة](ORG:sadara) في [الرياض](LOC:riyadh) اتفاقية بحضور [خالد الفالح](PER:falih) "
              "مع [هيئة المدن](ORG:modon).")
    agree = [p for lab, p in _pairs(evs) if lab == "AGREE"]
    assert agree and "sadara" in agree[0] and "falih" not in agree[0]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "approval_verb"],
                         ids=lambda r: r["form"])
def test_a_body_approving_a_deal_is_no_signing_subject(row: dict[str, str]) -> None:
    evs = run(f"و{row['form']} [الاتحاد الأوروبي](ORG:eu) الاتفاق مع [إيران](LOC:iran) بعد زيارة "
              "[كيري](PER:kerry) إلى بروكسل.")
    assert all("eu" not in p for lab, p in _pairs(evs) if lab == "AGREE")


def test_a_body_that_meets_is_no_subject_party() -> None:
    evs = run("وتجتمع [اللجنة التنفيذية](ORG:exco) في [الفيفا](ORG:fifa) غدا في [زيوريخ](LOC:zurich) "
              "لتحديد موعد لانتخاب خليفة [بلاتر](PER:blatter).")
    assert evs == []


def test_a_quoted_body_before_qad_and_its_verb_signs() -> None:
    evs = run("وكانت «[غازبروم](ORG:gazprom)» قد وقعت مذكرة تفاهم مع شركة «[شل](ORG:shell)» حول نقل الغاز، "
              "كما قال الرئيس [فلاديمير بوتين](PER:putin).")
    agree = [p for lab, p in _pairs(evs) if lab == "AGREE"]
    assert agree and set(agree[0]) == {"gazprom", "shell"}


def test_a_delegation_named_past_a_parenthetical_day_is_the_visitor() -> None:
    evs = run("يصل إلى العاصمة الفرنسية [باريس](LOC:paris)، غداً الثلاثاء، وفد تجاري من "
              "[مجلس الأعمال السعودي الفرنسي](ORG:council).")
    assert _pairs(evs) == [("VISIT", ["council"])]
    assert evs[0].attrs.place == "paris"


def test_a_state_that_receives_is_the_host_not_the_place() -> None:
    evs = run("واستقبلت [السعودية](LOC:saudi_arabia) الشيخ [هاشمي رفسنجاني](PER:raf) في عام 2008.")
    assert _pairs(evs) == [("MEET", ["saudi_arabia", "raf"])]
    assert evs[0].attrs.roles["saudi_arabia"] == "host" and evs[0].attrs.place is None


def test_a_city_that_receives_is_the_place_no_host() -> None:
    evs = run("واستقبلت [الرياض](LOC:riyadh) الشيخ [هاشمي رفسنجاني](PER:raf) في عام 2008.")
    assert all("riyadh" not in p for _, p in _pairs(evs))


def test_a_state_after_a_preposition_is_no_receiving_host() -> None:
    evs = run("وقال [إد ميد](PER:mead) إن شركته استقبلت اثنين من العملاء من [الصين](LOC:china) أمس.")
    assert all("china" not in p for _, p in _pairs(evs))


def _agreements(evs: list) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in evs if e.label == "AGREE"]


def test_a_state_in_the_genitive_of_the_signing_noun_signs_and_is_no_place() -> None:
    # round 36 (fresh reading, 3,000 records): «في ظل توقيع السعودية اتفاقيات مع ...» kept the signer as
    # the agreement's place and its partners alone as parties
    evs = run("وتحسن الوضع في ظل توقيع [مصر](LOC:egypt) اتفاقية مع [الأردن](LOC:jordan) العام الماضي.")
    assert _agreements(evs) == [(["egypt", "jordan"], None)]


def test_each_listed_partner_signs_with_the_state_of_the_signing_noun() -> None:
    evs = run("وقال إن الأزمة ستنتهي في ظل توقيع [السعودية](LOC:ksa) اتفاقيات مع دول جديدة، "
              "ك[الهند](LOC:india) و[كينيا](LOC:kenya).")
    assert sorted(p for p, _ in _agreements(evs)) == [["ksa", "india"], ["ksa", "kenya"]]


def test_the_parties_named_after_between_are_unchanged_and_the_city_stays_the_place() -> None:
    evs = run("وشهد الحفل توقيع اتفاقية بين [مصر](LOC:egypt) و[الأردن](LOC:jordan) في [القاهرة](LOC:cairo).")
    assert _agreements(evs) == [(["egypt", "jordan"], "cairo")]
