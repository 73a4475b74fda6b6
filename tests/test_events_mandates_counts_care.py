"""Gates on events that are none (issue 15, events-dev-fresh6): an agreement or talks a body
is authorised to hold («تفويض وزير الخارجية بالتباحث … والتوقيع», docs/realtext-annotation.md: not
yet an event), and a reception whose object is a count past a time phrase opened by a preposition
(«استقبلت خلال الأيام الماضية 3864 مراجعاً»: a hospital takes in patients), and a visit to patients
in care («وزار المرضى», «بزيارة للمرضى المنومين»: no diplomacy), while the wounded of an attack
visited by an official stay an event."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = load_table("event_senses")


def _labels(src: str) -> list[str]:
    return [e.label for e in run(src)]


@pytest.mark.parametrize("row", [r for r in _ROWS if r["kind"] == "mandate"], ids=lambda r: r["form"])
def test_each_mandate_noun_before_a_signing_makes_it_no_event(row: dict[str, str]) -> None:
    src = (f"وقام [مجلس الوزراء](ORG:cab) {row['form']} [وزارة العمل](ORG:mol) بتوقيع الاتفاقية مع "
           "[الحكومة الإندونيسية](ORG:indo).")
    assert "AGREE" not in _labels(src)


def test_without_the_mandate_the_signing_is_an_agreement() -> None:
    assert _labels("وقعت [وزارة العمل](ORG:mol) الاتفاقية مع [الحكومة الإندونيسية](ORG:indo).") == ["AGREE"]


def test_a_mandate_past_a_clause_break_or_beyond_its_window_does_not_reach_the_event() -> None:
    far = " ".join(["وقد"] * 16)
    assert "AGREE" in _labels(f"وطالب بتفويض اللجنة {far} ووقعت [وزارة العمل](ORG:mol) الاتفاقية مع "
                              "[الحكومة الإندونيسية](ORG:indo).")
    assert "AGREE" in _labels("ورحب بتفويض اللجنة التي وقعت الاتفاقية مع [الحكومة الإندونيسية](ORG:indo) "
                              "و[وزارة العمل](ORG:mol).")


@pytest.mark.parametrize("row", [r for r in _ROWS if r["kind"] == "time_prep"], ids=lambda r: r["form"])
def test_a_count_received_past_a_time_phrase_is_no_reception(row: dict[str, str]) -> None:
    src = (f"وأكد [صالح المالكي](PER:m) أن مستشفيات المحافظة استقبلت {row['form']} "
           "[الأيام الماضية](DATE:2015-W30) 3864 مراجعًا.")
    assert "MEET" not in _labels(src)


def test_a_host_named_past_a_time_phrase_still_receives_his_guest() -> None:
    evs = run("استقبل خلال [الأيام الماضية](DATE:2015-W30) الأمير [محمد بن سلمان](PER:mbs) الرئيس "
              "[عبد الفتاح السيسي](PER:sisi).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["mbs", "sisi"])]


def test_the_cabinets_authorisation_to_negotiate_and_sign_is_no_event() -> None:
    src = ("وافق مجلس الوزراء على تفويض [وزير الخارجية](PER:min) - أو من ينيبه - بالتباحث مع جانب "
           "[البيرو](LOC:peru) حول مشروع مذكرة تفاهم، والتوقيع عليه.")
    assert _labels(src) == []


def test_patients_received_during_the_past_days_are_no_meeting() -> None:
    src = ("وأكد [صالح المالكي](PER:m) أن مستشفيات المحافظة استقبلت خلال [الأيام الماضية](DATE:2015-W30) "
           "3864 مراجعًا وتصدر [مستشفى الملك فهد العام](ORG:h1) و[مستشفى العزيزية](ORG:h2) القائمة.")
    assert _labels(src) == []


@pytest.mark.parametrize("row", [r for r in _ROWS if r["kind"] == "care_goal"], ids=lambda r: r["form"])
def test_each_care_goal_after_a_visit_noun_makes_it_no_event(row: dict[str, str]) -> None:
    src = f"قام [خالد الفالح](PER:f) بزيارة ال{row['form']} في [مجمع الدمام الطبي](ORG:dm)."
    assert "VISIT" not in _labels(src)


def test_patients_visited_past_the_visitors_name_are_no_visit() -> None:
    assert _labels("وزار [خالد الفالح](PER:f) المرضى المنومين في [مجمع الدمام الطبي](ORG:dm).") == []


def test_the_wounded_visited_and_a_named_hospital_visited_stay_visits() -> None:
    assert _labels("وزار [سعد السويدي](PER:s) المصابين في [مستشفى عسير](ORG:h).") == ["VISIT"]
    assert _labels("وزار [خالد الفالح](PER:f) [مجمع الدمام الطبي](ORG:dm).") == ["VISIT"]
    assert "VISIT" in _labels("قام [جلوي آل كركمان](PER:j) بزيارة مصابي حادثة التفجير في مسجد "
                              "[قوات الطوارئ الخاصة](ORG:q) والمنومين في [مستشفى عسير](ORG:h).")
