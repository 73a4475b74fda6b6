"""Whoever welcomes a visit hosts it (docs/realtext-annotation.md, ruled in round 44: the host of a
VISIT is one the text has invite, receive or welcome the visitor): «ورحب الوزير X بزيارة Y», «وقال X
الذي رحب بقدوم Y إلى بلاده» make X the host of Y's visit; a party, a body or a state welcoming
(«رحب حزب الجيل بزيارة Y») hosts nothing; «إلى بلاده» after the visit noun is the welcomer's
country. Each row of the kind welcome_verb, row by row; «قدوم» + «إلى»
is a visit noun (events-dev 19736)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"
_ROWS = [r for r in load_table("event_cues") if r["kind"] == "welcome_verb"]


def _visits(src: str) -> list[tuple[list[str], dict[str, str]]]:
    return [(e.attrs.participants, e.attrs.roles) for e in run(src, _DAY) if e.label == "VISIT"]


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_welcome_verb_makes_its_subject_after_it_the_host(row: dict[str, str]) -> None:
    src = (f"{row['form']} وزير الخارجية [سامي الحربي](PER:harbi) بزيارة الرئيس [جان مورو](PER:moreau) "
           "إلى [الرياض](LOC:riyadh) أمس.")
    assert _visits(src) == [(["moreau", "harbi"], {"moreau": "guest", "harbi": "host"})]


def test_the_person_before_the_relative_pronoun_welcomes_an_arrival() -> None:
    src = ("وقال وزير الخارجية [خالد العطية](PER:attiyah) الذي رحب بقدوم [جون كيري](PER:kerry) إلى "
           "[الدوحة](LOC:doha) إن المحادثات كانت صريحة.")
    assert _visits(src) == [(["kerry", "attiyah"], {"kerry": "guest", "attiyah": "host"})]


def test_the_person_before_the_relative_pronoun_welcomes_an_arrival_to_his_country() -> None:
    # «بلاده»: the welcomer's country, the catalogue's state of his (khalid_al_attiyah: qatar)
    evs = [e for e in run("وقال وزير خارجية [قطر](LOC:qatar) [خالد العطية](PER:khalid_al_attiyah) الذي رحب "
                          "بقدوم [جون كيري](PER:kerry) إلى بلاده إن المحادثات كانت صريحة.", _DAY)
           if e.label == "VISIT"]
    assert [(e.attrs.roles, e.attrs.place) for e in evs] == [
        ({"kerry": "guest", "khalid_al_attiyah": "host"}, "qatar")]


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "home_word"],
                         ids=lambda r: r["form"])
def test_every_home_word_after_a_welcomed_arrival_is_the_welcomers_state(row: dict[str, str]) -> None:
    evs = [e for e in run(f"ورحب [خالد العطية](PER:khalid_al_attiyah) بوصول [جون كيري](PER:kerry) إلى "
                          f"{row['form']} أمس.", _DAY) if e.label == "VISIT"]
    assert [(e.attrs.participants, e.attrs.place) for e in evs] == [(["kerry", "khalid_al_attiyah"], "qatar")]


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "home_word"],
                         ids=lambda r: r["form"])
def test_an_arrival_home_with_no_welcome_is_no_visit(row: dict[str, str]) -> None:
    assert _visits(f"وصل الرئيس [جون كيري](PER:kerry) إلى {row['form']} أمس.") == []


def test_a_party_welcoming_a_visit_hosts_nothing() -> None:
    src = ("رحب حزب [الجيل الديمقراطي](ORG:party) بزيارة الأمير [محمد بن سلمان](PER:mbs) إلى "
           "[مصر](LOC:egypt) أمس.")
    assert [roles for _, roles in _visits(src)] == [{"mbs": "guest"}]


def test_a_welcome_of_a_statement_after_a_visit_hosts_nothing() -> None:
    src = ("رحب الأمين العام [نبيل العربي](PER:arabi) بإعلان [القاهرة](LOC:cairo) الصادر في ختام زيارة "
           "الأمير [محمد بن سلمان](PER:mbs) للقاهرة.")
    assert all("arabi" not in parts for parts, _ in _visits(src))
