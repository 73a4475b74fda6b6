"""Trigger words used in another sense than their event's are no events (issue 15, precision on
random news): a trigger inside a name that starts before it, a conversation or summit noun that a
work or a ranking shows to be a script or a top (`other_sense_after`, `other_sense_before` rows of
event_senses.tsv), a verb of receiving that hosts a gathering (`hosted_gathering`), a news outlet
that interviews (beside its verb or noun), and a hospital taking in cases (`cargo`). Each row is
tested, beside the same sentence with an event that stays one."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_SENSES = load_table("event_senses")


def _rows(kind: str) -> list[dict[str, str]]:
    return [r for r in _SENSES if r["kind"] == kind]


def test_a_trigger_inside_a_name_is_no_event() -> None:
    evs = run("ويدعم البرنامج [وزارة التعليم](ORG:moe) و[مركز الملك عبدالعزيز للحوار الوطني](ORG:kacnd) "
              "و[دارة الملك عبدالعزيز](ORG:darah).")
    assert labelled_parties(evs) == []


def test_a_dialogue_with_a_named_partner_stays_a_meeting() -> None:
    evs = run("وأجرى [عادل الجبير](PER:jubeir) حوارا مع [سيرغي لافروف](PER:lavrov) في [موسكو](LOC:moscow).")
    assert labelled_parties(evs) == [("MEET", ["jubeir", "lavrov"])]


@pytest.mark.parametrize("row", _rows("other_sense_after"), ids=lambda r: r["form"])
def test_a_work_or_ranking_after_the_noun_is_another_sense(row: dict[str, str]) -> None:
    for noun in ("حوار", "قمة"):
        evs = run(f"وتناول [عادل الجبير](PER:jubeir) و[سيرغي لافروف](PER:lavrov) {noun} {row['form']} أمس.")
        assert labelled_parties(evs) == [], noun


@pytest.mark.parametrize("row", _rows("other_sense_before"), ids=lambda r: r["form"])
def test_a_writer_before_the_noun_makes_it_a_script(row: dict[str, str]) -> None:
    evs = run(f"وكان [عادل الجبير](PER:jubeir) و[سيرغي لافروف](PER:lavrov) {row['form']} حوار مطول.")
    assert labelled_parties(evs) == []


def test_the_top_of_a_table_is_no_summit() -> None:
    evs = run("يأتي [برشلونة](ORG:barca) على قمة الترتيب متفوقا على [ريال مدريد](ORG:real).")
    assert labelled_parties(evs) == []
    evs = run("وعقدت [مصر](LOC:egypt) و[الأردن](LOC:jordan) قمة في [القاهرة](LOC:cairo).")
    assert labelled_parties(evs) == [("MEET", ["egypt", "jordan"])]


@pytest.mark.parametrize("row", _rows("hosted_gathering"), ids=lambda r: r["form"])
def test_a_hosted_gathering_is_no_guest(row: dict[str, str]) -> None:
    evs = run(f"واستضاف [خالد الفيصل](PER:faisal) {row['form']} حضره [محمد العيسى](PER:issa).")
    assert labelled_parties(evs) == []
    evs = run(f"ثم استضافا {row['form']} حضره [محمد العيسى](PER:issa).")
    assert labelled_parties(evs) == []
    evs = run(f"وخلال {row['form']} استضافها [البرلمان البريطاني](ORG:parl) طرح [إيفانز](PER:evans) رؤيته.")
    assert labelled_parties(evs) == []


def test_a_guest_received_stays_a_meeting() -> None:
    evs = run("واستضاف [خالد الفيصل](PER:faisal) [محمد العيسى](PER:issa) في حفل بجدة.")
    assert labelled_parties(evs) == [("VISIT", ["faisal", "issa"])]


def test_games_hosted_past_the_hosts_nisba_adjectives_are_no_guest() -> None:
    """Round 53 (outside audit): a city hosting the Games, named with its nisba adjectives before
    them (the tagger took the city for a person); a guest named past the host's adjective is still
    received."""
    evs = run("وتحظى القارة الآسيوية بالاهتمام الأبرز، فتستضيف [بيونغ تشانغ](PER:pc) الكورية الجنوبية "
              "الأولمبياد الشتوي عام 2018.")
    assert labelled_parties(evs) == []
    evs = run("واستضاف [خالد الفيصل](PER:faisal) السعودي [محمد العيسى](PER:issa) في جدة.")
    assert labelled_parties(evs) == [("VISIT", ["faisal", "issa"])]


def test_a_gathering_set_off_past_the_hosts_long_phrase_is_no_guest() -> None:
    """Round 52 (records 12000-13999): the host's phrase runs long, a relative clause or a sponsor,
    and the conference it hosts stands after a comma; a second person named there is a guest."""
    evs = run("تستضيف [شركة معادن](ORG:maaden) والتي تمتلك أكبر مجمع لصناعات الألمنيوم في العالم، المؤتمر "
              "العربي الدولي للألمنيوم في [الرياض](LOC:riyadh).")
    assert labelled_parties(evs) == []
    evs = run("تستضيف [المملكة](LOC:ksa) خلال شهر أكتوبر المقبل برعاية وزير الصحة [خالد الفالح](PER:falih)، "
              "المؤتمر العالمي لمواجهة مرض السمنة.")
    assert labelled_parties(evs) == []
    evs = run("تستضيف [المملكة](LOC:ksa) خلال شهر أكتوبر القادم برعاية وزير الصحة المهندس "
              "[خالد الفالح](PER:falih) المؤتمر العالمي لمواجهة مرض السمنة.")
    assert labelled_parties(evs) == []
    evs = run("تستضيف [شركة معادن](ORG:maaden) والتي تمتلك أكبر مجمع لصناعات الألمنيوم، "
              "[المؤتمر العربي الدولي للألمنيوم](MISC:arabal) في [الظهران](LOC:dhahran).")
    assert labelled_parties(evs) == []
    evs = run("واستضاف [خالد الفيصل](PER:faisal)، في مكتبه بجدة، [محمد العيسى](PER:issa)، المنتدى الأول.")
    assert labelled_parties(evs) == [("VISIT", ["faisal", "issa"])]


def test_an_outlet_beside_a_meeting_word_interviews() -> None:
    outlet = "«[الشرق الأوسط](ORG:asharq_al_awsat)»"
    evs = run(f"وفي شارع خالد بن الوليد التقت {outlet} الشابين [نور الدين](PER:nd) و[محمد علي](PER:ma).")
    assert labelled_parties(evs) == []
    evs = run(f"وخص [جون كيري](PER:kerry) {outlet} بحوار مع [عادل الجبير](PER:jubeir) حول الاتفاق.")
    assert [e for e in evs if e.label == "MEET"] == []
    evs = run(f"وقال [جون كيري](PER:kerry) لـ{outlet} لقاء [عادل الجبير](PER:jubeir) مثمر.")
    assert evs == [] or all(e.label == "MEET" for e in evs)


def test_a_hospital_taking_in_cases_receives_no_guest() -> None:
    evs = run("وأضاف [هلال المالكي](PER:malki) أن المستشفى عملت على خدمة [الحرم](LOC:haram) حيث "
              "استقبلت العديد من حالات الولادة للمعتمرين.")
    assert [e for e in evs if e.label == "MEET"] == []


@pytest.mark.parametrize("row", _rows("members_body"), ids=lambda r: r["form"])
def test_a_bodys_own_meeting_is_no_event(row: dict[str, str]) -> None:
    evs = run(f"وجرى الاختراق في اجتماع {row['form']} [الاتحاد الأوروبي](ORG:eu) مع [إيران](LOC:iran) في "
              "[فيينا](LOC:vienna) أمس.")
    assert [e.label for e in evs] == ["MEET"]  # a partner after مع: talks of the two
    evs = run(f"وجرى الاختراق في اجتماع {row['form']} [الاتحاد الأوروبي](ORG:eu) في [فيينا](LOC:vienna) "
              "بشأن [إيران](LOC:iran).")
    assert [e for e in evs if e.label == "MEET"] == []


@pytest.mark.parametrize("row", _rows("assembly"), ids=lambda r: r["form"])
def test_each_assembly_noun_of_a_named_body_is_its_own_meeting(row: dict[str, str]) -> None:
    league = "[جامعة الدول العربية](ORG:arab_league)"
    evs = run(f"وناقشت [مصر](LOC:egypt) الأزمة خلال {row['form']} {league} أمس.")
    assert [e for e in evs if e.label == "MEET"] == []


@pytest.mark.parametrize("row", _rows("assembly_verb"), ids=lambda r: r["form"])
def test_a_body_meeting_by_a_verb_meets_itself(row: dict[str, str]) -> None:
    """Round 52 (records 12000-13999, the round 51 audit): a verb of meeting whose subject is a body,
    no partner named, is the body's own session; a person or a partner keeps the meeting."""
    evs = run(f"في غضون ذلك، {row['form']} [اللجنة التنفيذية](ORG:exco) في [الفيفا](ORG:fifa) غدا بمدينة "
              "[زيوريخ](LOC:zurich) لتحديد موعد لانتخاب رئيس جديد يخلف [سيب بلاتر](PER:blatter).")
    assert [e for e in evs if e.label == "MEET"] == []
    evs = run(f"و{row['form']} [مجلس الاحتياطي الاتحادي](ORG:fed) ([البنك المركزي الأميركي](ORG:us_cb)) "
              "[اليوم](DATE:2015-07-29) لكن التوقعات تتضاءل.", published="2015-07-29")
    assert [e for e in evs if e.label == "MEET"] == []
    evs = run(f"و{row['form']} [مجلس الوزراء](ORG:cab) مع [الأمير محمد بن سلمان](PER:mbs) في "
              "[جدة](LOC:jeddah).")
    assert [e.label for e in evs] == ["MEET"]
    evs = run(f"أو [أميركا](LOC:usa) التي {row['form']} [الحوثيون](ORG:houthis) معها في "
              "[سلطنة عمان](LOC:oman) قبل شهرين؟")
    assert [e.label for e in evs] == ["MEET"]
    evs = run(f"و{row['form']} [الأمير محمد بن سلمان](PER:mbs) مع [جون كيري](PER:kerry) في "
              "[جدة](LOC:jeddah).")
    assert [e.label for e in evs] == ["MEET"]


def test_a_person_in_a_bodys_meeting_meets_the_body() -> None:
    evs = run("وأكد [الحبيب الصيد](PER:essid) خلال مشاركته في اجتماع وزراء الخارجية "
              "ب[الاتحاد الأوروبي](ORG:eu) أن تونس مصممة على محاربة الإرهاب.")
    assert [sorted(e.attrs.participants) for e in evs if e.label == "MEET"] == [["essid", "eu"]]


def test_a_bodys_meeting_with_a_partner_or_two_names_stays_one() -> None:
    evs = run("وعقد وزراء خارجية [مجلس التعاون](ORG:gcc) اجتماعا مع [جون كيري](PER:kerry) في "
              "[الدوحة](LOC:doha).")
    assert [(e.label, sorted(e.attrs.participants)) for e in evs] == [("MEET", ["gcc", "kerry"])]
    evs = run("وبحث اجتماع وزراء خارجية [السعودية](LOC:sa) و[تركيا](LOC:tr) الوضع في [سوريا](LOC:sy).")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["sa", "tr"]]


@pytest.mark.parametrize("row", _rows("joint_body"), ids=lambda r: r["form"])
def test_a_joint_body_meets_for_its_states(row: dict[str, str]) -> None:
    evs = run(f"وعقد [عادل الجبير](PER:jubeir) و[لوران فابيوس](PER:fabius) اجتماع اللجنة {row['form']} في "
              "[باريس](LOC:paris).")
    assert labelled_parties(evs) == [("MEET", ["jubeir", "fabius"])]


@pytest.mark.parametrize("form", ["أمله", "أملها", "أملهم"])
def test_talks_hoped_for_are_expected(form: str) -> None:
    evs = run(f"وعبر [باراك أوباما](PER:obama) عن {form} أن يؤدي الاتفاق إلى إجراء محادثات مع "
              "[إيران](LOC:iran).")
    assert [(e.label, e.attrs.status) for e in evs if e.label == "MEET"] == [("MEET", "expected")]


@pytest.mark.parametrize("form", ["من الضروري", "من الضرورة"])
def test_a_summit_called_needed_is_expected(form: str) -> None:
    evs = run(f"وأكد المصدر أنه {form} عقد قمة بين [مصر](LOC:egypt) و[تونس](LOC:tunisia).")
    assert [e.attrs.status for e in evs if e.label == "MEET"] == ["expected"]
    evs = run("وأكد المصدر أنه تم عقد قمة بين [مصر](LOC:egypt) و[تونس](LOC:tunisia).")
    assert [e.attrs.status for e in evs if e.label == "MEET"] == ["happened"]


def test_a_name_run_on_into_the_trigger_keeps_the_meeting() -> None:
    evs = run("وسيتوجه [برونو رودريغيز](PER:br) بعد ذلك الى [وزارة الخارجية للقاء](ORG:state) نظيره الاميركي "
              "[جون كيري](PER:kerry).")
    assert any(e.label == "MEET" and "kerry" in e.attrs.participants for e in evs)
