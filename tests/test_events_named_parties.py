"""Events between named actors (issue 15), from errors on the dev-only events gold
(tests/data/realtext/events_dev.jsonl): a page visited, a sports fixture and a meeting with
unnamed soldiers are no events; a place in a person's office is neither place nor party; a
delegation's sender, an organisation visited and an invitee are parties; a visit noun names
its own visitor and, after لـ or right after it, its place; «بين المركز والبرنامج» takes up
the organisations named before."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _shape(evs: list) -> list[tuple[str, list[str], str | None]]:
    return [(e.label, e.attrs.participants, e.attrs.place) for e in evs]


def test_a_web_page_visited_is_no_visit() -> None:
    assert run("حاثا [عبدالله العليان](PER:u) على معرفتها من خلال زيارة موقع [مساند](ORG:musaned) "
               "الإلكتروني.") == []
    evs = run("وأكد [أوباما](PER:obama) خلال زيارة إلى [كينيا](LOC:kenya) أن أفريقيا تسير قدما.")
    assert _shape(evs) == [("VISIT", ["obama"], "kenya")]


def test_a_sports_fixture_is_no_meeting() -> None:
    assert run("وسيلتقي [الهلال](ORG:hilal) و[الاتحاد](ORG:ittihad) في موقعة كلاسيكو منتظر.") == []


def test_a_meeting_with_unnamed_people_is_no_event_a_long_title_before_a_name_is() -> None:
    assert run("وخلال لقاء مع جنود في مدينة [تشانغتشون](LOC:cc) قال [شي جين بينغ](PER:xi) إن "
               "الفساد خطر.") == []
    evs = run("والتقى [دي ميستورا](PER:dm) مع نائب وزير الخارجية الصيني [لي باو دونغ](PER:li).")
    assert [(e.label, set(e.attrs.participants)) for e in evs] == [("MEET", {"dm", "li"})]


def test_a_place_in_an_office_is_neither_party_nor_place() -> None:
    assert run("استقبل محافظ [الرس](LOC:rass) [محمد العساف](PER:assaf) في ديوان المحافظة مديري "
               "الجهات الحكومية.") == []
    evs = run("استقبل سفير خادم الحرمين الشريفين في [كندا](LOC:canada) السفير [نايف السديري](PER:sud) "
              "بمقر السفارة في [أوتاوا](LOC:ottawa) وفداً من [جامعة جازان](ORG:jazan).")
    assert _shape(evs) == [("MEET", ["sud", "jazan"], "ottawa")]
    evs = run("استقبل [الملك سلمان](PER:salman) في [الرياض](LOC:riyadh) الوزير [جون كيري](PER:kerry).")
    assert _shape(evs) == [("MEET", ["salman", "kerry"], "riyadh")]  # after a named host: the venue


def test_the_sender_of_a_delegation_is_the_visitor_who_the_relative_stands_for() -> None:
    evs = run("استقبل السفير [نايف السديري](PER:sud) وفداً من [جامعة جازان](ORG:jazan)، الذي يزور "
              "[كندا](LOC:canada).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.participants[0] == "jazan" and visit[0].attrs.place == "canada"
    assert "jazan" not in visit[0].attrs.roles or visit[0].attrs.roles["jazan"] == "guest"


def test_a_visit_noun_names_its_own_visitor_and_place() -> None:
    evs = run("وقالت مصادر إن لقاء [رياض ياسين](PER:yassin) مع نظيره [لوران فابيوس](PER:fabius) يأتي "
              "قبل يومين من زيارة [فابيوس](PER:fabius) إلى [طهران](LOC:tehran).")
    assert ("VISIT", ["fabius"], "tehran") in _shape(evs)
    evs = run("وعند زيارة المبعوث الأممي [كورت فالدهايم](PER:kw) ل[إيران](LOC:iran) عام 1980 قال كلمته.")
    assert _shape(evs) == [("VISIT", ["kw"], "iran")]


def test_an_organisation_visited_hosts_the_visitor() -> None:
    evs = run("قام السفير [حارث هارلي](PER:hh) بزيارة إلى [جامعة نايف العربية](ORG:nauss).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["hh", "nauss"])]


def test_head_nouns_after_between_take_up_the_organisations_named_before() -> None:
    evs = run("ويقوم [برنامج الغذاء العالمي](ORG:wfp) بتوزيعها مع [مركز الملك سلمان](ORG:ksr) بموجب "
              "مذكرة التفاهم الموقعة بين المركز والبرنامج.")
    agree = [e for e in evs if e.label == "AGREE"]
    assert agree and set(agree[0].attrs.participants) == {"ksr", "wfp"}


def test_an_invitee_is_the_visitor_of_the_invited_visit() -> None:
    # the guide (ruled in round 44): the invitee visits, the inviter (Lavrov, for Moscow) hosts
    evs = run("ووجه [لافروف](PER:lavrov) الدعوة لقيادة [حماس](ORG:hamas) لزيارة [موسكو](LOC:moscow).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert _shape(visit) == [("VISIT", ["hamas", "lavrov"], "moscow")]
    assert visit[0].attrs.status == "planned"
    assert visit[0].attrs.roles == {"hamas": "guest", "lavrov": "host"}


_SENSES = load_table("event_senses")


@pytest.mark.parametrize("row", [r for r in _SENSES if r["kind"] == "visited_thing"], ids=lambda r: r["form"])
def test_every_page_noun_makes_the_visit_a_page_visited(row: dict[str, str]) -> None:
    assert run(f"وطالب [العليان](PER:u) بزيارة {row['form']} [مساند](ORG:musaned).") == []


@pytest.mark.parametrize("row", [r for r in _SENSES if r["kind"] == "delegation"], ids=lambda r: r["form"])
def test_every_delegation_noun_makes_its_sender_a_party(row: dict[str, str]) -> None:
    evs = run(f"واستقبل [هادي](PER:hadi) في [عدن](LOC:aden) {row['form']} من [جامعة صنعاء](ORG:su).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["hadi", "su"])]


def test_the_one_day_of_a_long_reception_sentence_dates_it() -> None:
    evs = run("استقبل المستشار بالديوان الملكي المشرف العام على [مركز الملك سلمان للإغاثة والأعمال "
              "الإنسانية](ORG:ksr) الدكتور [عبدالله بن عبدالعزيز الربيعة](PER:r) [أمس](DATE:2015-08-02) "
              "وزيرة الإعلام اليمنية الدكتورة [نادية السقاف](PER:n).", published="2015-08-03")
    assert [(e.label, e.attrs.date) for e in evs] == [("MEET", "2015-08-02")]
