"""Event recall on events-dev-fresh20 and the dev strata (issue 15, round 30): a visit noun's own
pronoun refers back to the person the sentence before named even when its own sentence names a
host or a companion after the noun; a facility noun after the time (زيارته أمس مقر المركز) says
where the visit went, so the noun tells a visit, not one told before; the leaders an
organisation sends (قادة حركة حماس) are its delegation, a party even when the speaker of the
sentence is named after them; a tour noun lists its stops after a verb of containing up to ten
words off («جولة وزير التعليم التي تأتي للوقوف على جاهزية المدارس الحدودية شملت X و Y»); a bare
reception noun (no article, no pronoun) followed by a name is a reception («خلال استقبال العبادي
محافظ صلاح الدين Y»); a meeting noun whose relative clause drops its doer (المباحثات التي
أجراها مع Y) was held by the subject of the main clause named before it; «الاتفاق الذي تم بين X و
Y» is an agreement told anew by its clause of making (signing_clause row تم)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_LEADERS = [r for r in load_table("event_senses") if r["kind"] == "body_leaders"]


def _shape(evs: list) -> list[tuple[str, set[str]]]:
    return [(e.label, set(e.attrs.participants)) for e in evs]


def test_a_companion_named_after_the_noun_does_not_own_its_pronoun() -> None:
    evs = run("أكد مدير الأمن العام الفريق [عثمان المحرج](PER:mehrej) توفير كل متطلبات المصابين. جاء ذلك "
              "خلال زيارته لعدد من المصابين في [مستشفى قوى الأمن](ORG:hospital) بالعاصمة "
              "[الرياض](LOC:riyadh) والتي رافقه خلالها اللواء [خالد الحربي](PER:harbi).")
    visits = [e for e in evs if e.label == "VISIT"]
    assert visits and visits[0].attrs.participants[0] == "mehrej"
    assert "harbi" not in visits[0].attrs.participants


def test_a_visit_noun_before_a_facility_after_the_time_is_a_visit() -> None:
    evs = run("أشاد الأمين العام لمجلس التعاون الدكتور [عبداللطيف الزياني](PER:zayani) بجهود المركز. وجاء "
              "ذلك خلال زيارته [أمس](DATE:2015-08-10) مقر المركز حيث التقى المشرف العام الدكتور "
              "[عبدالله الربيعة](PER:rabeeah).")
    assert any(label == "VISIT" and "zayani" in parts for label, parts in _shape(evs))


def test_a_fronted_visit_noun_is_owned_by_the_subject_after_it() -> None:
    # «وخلال زيارته للرياض، التقى X»: X owns the pronoun, not the person of the sentence before
    evs = run("أكد الرئيس [عبدالفتاح السيسي](PER:sisi) متانة العلاقات. وخلال زيارته للرياض، التقى وزير "
              "الخارجية [سامح شكري](PER:shoukry) بنظيره [عادل الجبير](PER:jubeir).")
    assert not any(label == "VISIT" and "sisi" in parts for label, parts in _shape(evs))


@pytest.mark.parametrize("row", _LEADERS, ids=lambda r: r["form"])
def test_every_body_leaders_noun_makes_the_body_the_visitor(row: dict[str, str]) -> None:
    evs = run(f"وحول زيارة بعض {row['form']} [حركة حماس](ORG:hamas) إلى [المملكة](LOC:ksa) قال "
              "[عادل الجبير](PER:jubeir) إن الزيارة كانت لأداء العمرة.")
    assert any(label == "VISIT" and "hamas" in parts for label, parts in _shape(evs))


def test_a_states_leaders_are_no_delegation() -> None:
    # «قمة مصغرة مع قادة مصر واليونان»: the states meet; Egypt visits no one
    evs = run("واستضافت [قبرص](LOC:cyprus) في أبريل الماضي قمة مصغرة مع قادة [مصر](LOC:egypt) "
              "و[اليونان](LOC:greece).")
    assert not any(label == "VISIT" and "egypt" in parts for label, parts in _shape(evs))


def test_a_tour_noun_far_from_its_verb_of_containing_lists_its_stops() -> None:
    # «في سياق جولة لدي ميستورا في المنطقة شملت مصر والأردن»: the verb five words off
    evs = run("وتندرج الزيارة في سياق جولة للمبعوث [دي ميستورا](PER:mistura) في المنطقة شملت "
              "[مصر](LOC:egypt) و[الأردن](LOC:jordan).")
    visits = [e for e in evs if e.label == "VISIT" and "mistura" in e.attrs.participants]
    assert {e.attrs.place for e in visits} == {"egypt", "jordan"}


def test_a_bare_reception_noun_with_a_name_after_it_is_a_reception() -> None:
    evs = run("وخلال استقبال [العبادي](PER:abadi) محافظ صلاح الدين [رائد الجبوري](PER:jubouri) تسلم "
              "رسالة من أهالي المحافظة.")
    assert any(label == "MEET" and {"abadi", "jubouri"} <= parts for label, parts in _shape(evs))
    # a service or a welcome names no one: «استقبال الطلبات», «الاستقبال»
    assert run("أعلن المعهد استمرار استقبال الطلبات حتى نهاية الشهر في [الرياض](LOC:riyadh).") == []
    assert run("وحضر الاستقبال [محمد العلي](PER:ali) و[سعد الفهد](PER:fahd).") == []


def test_a_meeting_nouns_relative_clause_is_held_by_the_main_subject() -> None:
    evs = run("شدد الأمير [محمد بن سلمان](PER:mbs) وزير الدفاع، على أن المباحثات التي أجراها مع الرئيس "
              "المصري [عبد الفتاح السيسي](PER:sisi) في [القاهرة](LOC:cairo) تؤكد متانة الروابط بين البلدين.")
    assert ("MEET", {"mbs", "sisi"}) in _shape(evs)


def test_an_agreement_noun_with_a_clause_of_making_before_between_is_told_anew() -> None:
    evs = run("وقالت تقارير إن التحرك التركي جاء في أعقاب الاتفاق الذي تم بين [أنقرة](ORG:turkey) "
              "و[واشنطن](ORG:usa) على استخدام قاعدة إنجرليك.")
    assert ("AGREE", {"turkey", "usa"}) in _shape(evs)
