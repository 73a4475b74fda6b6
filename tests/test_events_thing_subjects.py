"""False events of round 33 (the first 3,000 records): a verb of arriving or heading whose subject
is a thing or a measure (a price, a reputation, a border: `thing_subject` in event_senses.tsv),
right after the verb or before it past the name it is in construct with, tells of no visit: the
thing reaches a named place, no one goes there. A person arriving stays a visit. The new table
rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r["form"] for r in load_table("event_senses") if r["kind"] == "thing_subject"]


def test_a_price_or_a_reputation_reaching_a_place_is_no_visit() -> None:
    assert run("ووصل سعر التذاكر إلى [لندن](LOC:london) عبر [الخطوط البريطانية](ORG:ba) إلى ألفي "
               "ريال.", published="2015-07-20") == []
    assert run("ويبدو أن سمعة [مراكش](LOC:marrakesh) وصلت إلى [كوريا](LOC:korea) و[الصين](LOC:china) "
               "منذ سنوات.", published="2015-07-20") == []
    assert run("وقال [علي شمخاني](PER:shamkhani) إن حدود [إيران](LOC:iran) تصل إلى [البحر المتوسط]"
               "(LOC:med).", published="2015-07-20") == []


def test_a_person_arriving_stays_a_visit() -> None:
    evs = run("ووصل [بدر باسلمة](PER:basalama) إلى [عدن](LOC:aden) أمس.", published="2015-07-20")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["basalama"])]
    evs = run("ووصل وزير النقل [بدر باسلمة](PER:basalama) إلى [عدن](LOC:aden) بعد أن ارتفعت أسعار "
              "الوقود.", published="2015-07-20")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["basalama"])]


def test_a_thing_before_the_verb_past_a_comma_is_no_subject() -> None:
    evs = run("وبعد أن ارتفعت الأسعار، وصل [بدر باسلمة](PER:basalama) إلى [عدن](LOC:aden) أمس.",
              published="2015-07-20")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["basalama"])]


@pytest.mark.parametrize("form", _ROWS)
def test_every_thing_subject_after_the_verb_makes_it_no_visit(form: str) -> None:
    assert run(f"ووصل {form} [الشركة](ORG:co) إلى [لندن](LOC:london) أمس.", published="2015-07-20") == []


def test_a_ship_or_aid_arriving_is_no_visit() -> None:
    """Round 52 (records 12000-13999 outside every gold): an aid ship sent on the king's orders
    arrives; the ship is the subject past the time words, no one visits («arrivals of things»)."""
    assert run("وبإشراف من [مركز الملك سلمان للإغاثة](ORG:ksrelief)، وصلت [صباح أمس](DATE:2015-07-19) "
               "سفينة «درب الخير» إلى [ميناء عدن](LOC:aden_port)، وهي أكبر سفينة إغاثية.",
               published="2015-07-20") == []
    assert run("وبتوجيه من [خليفة بن زايد](PER:khalifa)، ووصلت [أمس](DATE:2015-07-19) المساعدات الإماراتية "
               "إلى [عدن](LOC:aden).", published="2015-07-20") == []
    assert run("وبتوجيه من [الملك سلمان](PER:salman)، رست السفينة في الميناء، وهي أكبر سفينة إغاثية تصل إلى "
               "[اليمن](LOC:yemen) حتى الآن.", published="2015-07-20") == []


@pytest.mark.parametrize("form", _ROWS)
def test_every_thing_subject_after_a_noun_of_arriving_makes_it_no_visit(form: str) -> None:
    """Round 53 (outside audit): «وصول قوات إسبانية وكورية جنوبية إلى السعودية» in a 1990 timeline:
    troops arriving, a deployment, no visit; a named person after the noun still arrives."""
    evs = run(f"* 1 سبتمبر 1990: وصول {form} [إسبانيا](LOC:spain) إلى [السعودية](LOC:ksa) للمشاركة في "
              "الحماية.", published="2015-08-02")
    assert [e for e in evs if e.label == "VISIT"] == []
    evs = run("* 11 أغسطس 1990: وصول [قوات مصرية](ORG:egypt) إلى [السعودية](LOC:ksa).",
              published="2015-08-02")
    assert [e for e in evs if e.label == "VISIT"] == []


def test_a_person_after_a_noun_of_arriving_still_visits() -> None:
    evs = run("وشهد المطار وصول [بدر باسلمة](PER:basalama) إلى [عدن](LOC:aden) أمس.", published="2015-07-20")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["basalama"])]
