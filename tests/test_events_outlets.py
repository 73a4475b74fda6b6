"""A news outlet of the shipped catalogue (`lang/kb/media.yaml`) is no party to a meeting, call or
visit it reports: an interview («في حوار مع «الشرق الأوسط»»), a call to a newspaper («في اتصال
هاتفي بـ«عكاظ»») is no diplomacy (issue 15: 8 of 8 such events false on the 3,000-article run)."""

from __future__ import annotations

from marsad.events.outlets import outlets
from marsad.lang import kb_documents
from tests.test_events_units import run


def test_every_catalogue_outlet_is_known() -> None:
    media = [d for n, d in kb_documents() if n == "media.yaml"]
    assert media and isinstance(media[0], list)
    ids = {str(r["id"]) for r in media[0] if isinstance(r, dict) and r.get("id")}
    assert ids and ids == set(outlets())
    assert {"asharq_al_awsat", "okaz"} <= outlets()
    assert "saudi_arabia" not in outlets()


def test_an_interview_with_a_newspaper_is_no_meeting() -> None:
    evs = run("وأكد [صادق خان](PER:khan)، في حوار مع «[الشرق الأوسط](ORG:asharq_al_awsat)»، أن دينه فرصة.")
    assert [e for e in evs if e.label == "MEET"] == []


def test_a_call_to_a_newspaper_is_no_call() -> None:
    evs = run("وقال [عبدالرحمن الحذيفي](PER:hudhaifi) في اتصال هاتفي بـ«[عكاظ](ORG:okaz)» إن الموسم ناجح.")
    assert [e for e in evs if e.label in {"CALL", "MEET"}] == []


def test_a_meeting_between_two_people_stays() -> None:
    evs = run("والتقى [صادق خان](PER:khan) أمس [ديفيد كاميرون](PER:cameron).")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["khan", "cameron"]]
