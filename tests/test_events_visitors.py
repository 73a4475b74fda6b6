"""Events (issue 15): a visit and its arguments. A visit noun whose visitor is a courtesy pronoun
(زيارة سموه) is the visit of the person introduced with that office; who goes with a visitor
(يرافقه X) is no party, nor who goes with a guest to a reception or meeting; a meeting told
during a visit (في زيارة يلتقي خلالها) takes the visit's day; a day right after a place in an
office phrase (وزير الدفاع في جدة اليوم, or past a comma: في جدة، أمس) makes it the event's
place, and a meeting verb, like a reception, takes the one place its sentence names past its
reach. The companion rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_PRINCE = "نقل الأمير [متعب بن عبدالله](PER:mutaib) وزير الحرس الوطني التهاني إلى المنسوبين. "


def test_a_courtesy_pronoun_after_a_visit_noun_is_the_prince_named_before() -> None:
    evs = run(_PRINCE + "جاء ذلك خلال زيارة سموه لقوات الحرس بمدينة [عرعر](LOC:arar) "
              "[أمس](DATE:2015-07-20).")
    visits = [e for e in evs if e.label == "VISIT"]
    assert [(e.attrs.participants[0], e.attrs.place, e.attrs.roles) for e in visits] == [
        ("mutaib", "arar", {"mutaib": "guest"})]


def test_a_courtesy_pronoun_before_a_visit_noun_is_the_visitor() -> None:
    evs = run(_PRINCE + "بعد ذلك قام سموه بزيارة للفوج في [عرعر](LOC:arar).")
    assert [(e.label, e.attrs.participants[0]) for e in evs] == [("VISIT", "mutaib")]


def test_a_courtesy_pronoun_with_no_prince_named_before_names_no_visitor() -> None:
    evs = run("نقل الوزير [خالد](PER:khalid) التهاني. جاء ذلك خلال زيارة سموه لمدينة [عرعر](LOC:arar).")
    assert not any(e.attrs.roles.get("khalid") == "guest" and e.attrs.participants == ["khalid"]
                   and "سموه" in e.attrs.trigger for e in evs)


def test_whoever_goes_with_the_visitor_is_no_party() -> None:
    evs = run("زار الوزير [خالد الفيصل](PER:khalid) مدينة [عرعر](LOC:arar) يرافقه معالي رئيس الجهاز "
              "العسكري بالحرس الوطني الفريق [محمد الناهض](PER:nahidh).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("VISIT", ["khalid"])]


def test_whoever_goes_with_a_guest_is_no_party_of_the_reception() -> None:
    evs = run("استقبل الأمين العام [عبدالله التركي](PER:turki) أمس مدير الجامعة البروفسور "
              "[ويدي روسادا أحمد](PER:widi)، يرافقه مدير مركز التوافق الديني [مارك توشا](PER:tusha).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["turki", "widi"])]
    evs = run("التقى وزير الخارجية [عادل الجبير](PER:jubeir) نظيره [سيرغي لافروف](PER:lavrov) "
              "برفقة السفير [عبدالرحمن الرسي](PER:rassi).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["jubeir", "lavrov"])]


def test_a_companion_word_does_not_reach_past_another_name() -> None:
    evs = run("زار الوزير [خالد الفيصل](PER:khalid) مدينة [عرعر](LOC:arar) يرافقه [سعد](PER:saad) "
              "واستقبله الأمير [فيصل](PER:faisal).")
    assert any("faisal" in e.attrs.participants for e in evs)


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] == "companion"],
                         ids=lambda r: r["form"])
def test_each_companion_word_leaves_its_person_out_of_the_visit(row: dict[str, str]) -> None:
    evs = run(f"زار الوزير [خالد الفيصل](PER:khalid) مدينة [عرعر](LOC:arar) {row['form']} "
              "الفريق [محمد الناهض](PER:nahidh).")
    visits = [e for e in evs if e.label == "VISIT"]
    assert visits and all("nahidh" not in e.attrs.participants for e in visits)


def test_a_meeting_during_a_visit_takes_the_visits_day() -> None:
    evs = run("يتوجه الأمير [محمد بن سلمان](PER:mbs) [غدا](DATE:2015-07-30) إلى [مصر](LOC:egypt) في زيارة "
              "عمل يلتقي خلالها الرئيس [عبدالفتاح السيسي](PER:sisi) "
              "[الخميس 14 / 10 / 1436هـ](DATE:2015-07-31).",
              published="2015-07-29")
    meet = [e for e in evs if e.label == "MEET"]
    assert [(e.attrs.place, e.attrs.date) for e in meet] == [("egypt", "2015-07-30")]


_LONG_LIST = ("والوفد المرافق له والسفراء المعتمدين وعددا من المسؤولين وأعضاء الحكومة ورجال الأعمال وممثلي "
              "الغرف التجارية")


def test_a_meeting_verb_takes_its_one_place_past_its_reach() -> None:
    evs = run("التقى الأمير [محمد بن سلمان](PER:mbs) رئيس الوزراء [نواز شريف](PER:sharif) وبحثا العلاقات "
              "الثنائية بين البلدين الشقيقين وسبل تعزيزها وتطويرها في جميع المجالات وكذلك آخر المستجدات "
              "الإقليمية والدولية في [جدة](LOC:jeddah).", published="2015-07-31")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "jeddah")]


def test_a_day_right_after_an_office_place_makes_it_the_events_place() -> None:
    evs = run("استقبل صاحب السمو الملكي الأمير [محمد بن سلمان](PER:mbs) ولي ولي العهد النائب الثاني "
              "لرئيس مجلس الوزراء وزير الدفاع في [جدة](LOC:jeddah) [اليوم](DATE:2015-07-31) رئيس الوزراء "
              "[نواز شريف](PER:sharif).", published="2015-07-31")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "jeddah")]


def test_a_day_after_an_office_place_and_a_comma_makes_it_the_events_place() -> None:
    evs = run("التقى الأمير [محمد بن سلمان](PER:mbs)، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
              "وزير الدفاع في [جدة](LOC:jeddah)، [أمس](DATE:2015-07-30)، الرئيس "
              "[رمضان قاديروف](PER:kadyrov) رئيس جمهورية الشيشان.", published="2015-07-31")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "jeddah")]


def test_an_office_place_with_a_word_before_the_day_is_the_offices() -> None:
    evs = run("التقى الأمير [محمد بن سلمان](PER:mbs)، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
              "وزير الدفاع في [جدة](LOC:jeddah) سابقا [أمس](DATE:2015-07-30)، الرئيس "
              "[رمضان قاديروف](PER:kadyrov) رئيس جمهورية الشيشان.", published="2015-07-31")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", None)]


def test_an_office_place_with_no_day_after_it_is_the_offices() -> None:
    evs = run(f"التقى الأمير [محمد بن سلمان](PER:mbs) رئيس الوزراء [نواز شريف](PER:sharif) {_LONG_LIST} مع "
              "وزير الدفاع في [جدة](LOC:jeddah) لبحث العلاقات.", published="2015-07-31")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", None)]


def test_a_place_after_a_topic_noun_and_its_qualifiers_is_discussed_not_the_venue() -> None:
    evs = run("التقى وزير الخارجية [عادل الجبير](PER:jubeir) نظيره الروسي [سيرغي لافروف](PER:lavrov) "
              "وبحثا الأوضاع الإنسانية في [اليمن](LOC:yemen).", published="2015-07-31")
    assert [(e.label, e.attrs.place, "yemen" in e.attrs.participants) for e in evs] == [
        ("MEET", None, False)]


def test_a_place_past_a_name_after_a_topic_noun_is_the_venue() -> None:
    evs = run("التقى وزير الخارجية [عادل الجبير](PER:jubeir) نظيره الروسي [سيرغي لافروف](PER:lavrov) "
              "وبحثا الأوضاع الأخيرة [أمس](DATE:2015-07-30) في [الرياض](LOC:riyadh).", published="2015-07-31")
    assert [(e.label, e.attrs.place) for e in evs] == [("MEET", "riyadh")]
