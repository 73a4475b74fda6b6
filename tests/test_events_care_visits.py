"""A visit of care — to patients, orphans, the wounded or a hospital — made by a hospital's own
staff, a charity or volunteers is no event; an official's is (docs/realtext-annotation.md:
employees visiting patients are none, a deputy minister checking on the wounded is a VISIT;
issue 15, random news)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_SENSES = load_table("event_senses")
_GOALS = [r for r in _SENSES if r["kind"] == "care_goal"]
_OFFICES = [r for r in _SENSES if r["kind"] == "official"]
_STAFF = [r for r in _SENSES if r["kind"] == "care_staff"]


def _shape(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs]


def test_a_charity_head_visiting_patients_is_no_event() -> None:  # «الجمعية الخيرية»
    assert run("قام رئيس الجمعية الخيرية الدكتور [إبراهيم الزمامي](PER:z) بزيارة معايدة لعدد من المرضى "
               "بمستشفى [المزاحمية](LOC:m) العام.") == []


def test_a_governor_visiting_patients_is_a_visit() -> None:
    evs = run("قام محافظ ثادق المكلف [عبد الله السلامة](PER:s) بزيارة لمرضى مستشفى [ثادق](LOC:t) "
              "وتهنئتهم بالعيد.")
    assert _shape(evs) == [("VISIT", ["s"])]


def test_an_office_after_the_name_past_a_comma_gives_standing() -> None:
    evs = run("وزار مدير المستشفى المهندس [خالد الفالح](PER:f)، وزير الصحة، المرضى المنومين في "
              "[الدمام](LOC:d).")
    assert _shape(evs) == [("VISIT", ["f"])]
    assert run("وزار مدير المستشفى المهندس [خالد الفالح](PER:f)، مدير العلاقات، المرضى المنومين في "
               "[الدمام](LOC:d).") == []


def test_a_hospital_director_visiting_his_inpatients_is_no_event() -> None:
    assert run("قام مدير مستشفى أجياد الطوارئ الدكتور [عبدالرحمن بخش](PER:b) بزيارة المنومين "
               "بالمستشفى وقدم لهم التهنئة.") == []


def test_a_post_told_after_the_name_makes_him_staff() -> None:  # «X مدير المراسم ... بمستشفى»
    assert run("قام الأستاذ [عبدالعزيز الهذيلي](PER:h) مدير المراسم والعلاقات العامة بمستشفى الملك خالد "
               "في أول أيام العيد بزيارة للمرضى المنومين.") == []
    evs = run("قام الأستاذ [عبدالعزيز الهذيلي](PER:h) مدير المراسم والعلاقات العامة بوزارة الداخلية "
              "في أول أيام العيد بزيارة للمرضى المنومين.")
    assert [e.label for e in evs] == ["VISIT"]


def test_a_company_or_a_directorate_visiting_the_wounded_stays() -> None:
    evs = run("زار مدير جوازات منطقة عسير اللواء [سعد السويدي](PER:s) المصابين في [أبها](LOC:a).")
    assert [e.label for e in evs] == ["VISIT"]


def test_a_kings_name_in_the_hospitals_name_gives_no_standing() -> None:
    assert run("زار فريق التطوع برئاسة [محمد باجبير](PER:b) مستشفى الملك فهد في [جدة](LOC:j).") == []
    assert run("زار فريق التطوع في مستشفى الملك [محمد باجبير](PER:b) المرضى في [جدة](LOC:j).") == []


def test_a_visit_to_no_care_goal_is_untouched() -> None:
    evs = run("زار رئيس الجمعية الخيرية [إبراهيم الزمامي](PER:z) [الأردن](LOC:jo) أمس.")
    assert _shape(evs) == [("VISIT", ["z", "jo"])] or [e.label for e in evs] == ["VISIT"]


@pytest.mark.parametrize("row", _GOALS, ids=lambda r: r["form"])
def test_every_care_goal_needs_an_official(row: dict[str, str]) -> None:
    assert run(f"وزار مدير المستشفى [سامر خليل](PER:s) {row['form']} في [بيروت](LOC:b) أمس.") == []
    evs = run(f"وزار الوزير [سامر خليل](PER:s) {row['form']} في [بيروت](LOC:b) أمس.")
    assert [e.label for e in evs] == ["VISIT"]


@pytest.mark.parametrize("row", _OFFICES, ids=lambda r: r["form"])
def test_every_office_gives_a_visitor_of_care_standing(row: dict[str, str]) -> None:
    evs = run(f"وزار مدير المستشفى سابقا {row['form']} [سامر خليل](PER:s) المرضى المنومين في "
              "[بيروت](LOC:b) أمس.")
    assert [e.label for e in evs] == ["VISIT"]
    assert run("وزار مدير المستشفى [سامر خليل](PER:s) المرضى المنومين في [بيروت](LOC:b) أمس.") == []


@pytest.mark.parametrize("row", _STAFF, ids=lambda r: r["form"])
def test_every_staff_word_makes_a_visitor_of_care_staff(row: dict[str, str]) -> None:
    assert run(f"وزار مدير {row['form']} [سامر خليل](PER:s) المرضى المنومين في [بيروت](LOC:b) أمس.") == []
    evs = run("وزار مدير العلاقات [سامر خليل](PER:s) المرضى المنومين في [بيروت](LOC:b) أمس.")
    assert [e.label for e in evs] == ["VISIT"]


@pytest.mark.parametrize("word", ["المصاب", "المريض"])
def test_the_one_cared_for_named_after_a_visit_noun_is_visited(word: str) -> None:
    # «قام X بزيارة المصاب Y»: X visits Y; the noun of care is no thing arriving, Y no visitor
    evs = run(f"وقام المحافظ [عبدالله السويد](PER:suwaid) اليوم بزيارة {word} [محسن الدوسري](PER:dosari) "
              "في مستشفى الطوال العام.")
    assert [(e.label, e.attrs.participants, e.attrs.roles) for e in evs] == \
        [("VISIT", ["suwaid", "dosari"], {"suwaid": "guest"})]


def test_a_volunteer_teams_visit_reaches_its_care_goal_past_a_long_subject() -> None:
    # round 35: verb, a long subject (the team, its charity and town), then what it visits
    assert run("زار فريق أمل التطوعي في [جمعية البر الخيرية](ORG:c) في [الحمراء](LOC:h) ببني سالم، "
               "[مركز التأهيل الشامل](ORG:r) بمنطقة [الباحة](LOC:b)، لتهنئتهم بحلول عيد الفطر.") == []


def test_a_companys_volunteers_visiting_a_cancer_centre_make_no_visit() -> None:
    # «قام فريق من الموظفين المتطوعين بشركة X بزيارة لمركز ... لأورام الأطفال»: a cancer centre is a
    # place of care, and the centre the visit went to is no visitor (events-dev-fresh28)
    assert run("قام فريق من الموظفين المتطوعين بشركة [النور للمقاولات](ORG:nour) بمكتب [الرياض](LOC:riyadh)، "
               "بزيارة لمركز [الأمير فهد لأورام الأطفال](ORG:centre) بمناسبة عيد الفطر المبارك، وقاموا "
               "بمعايدة الأطفال المرضى ومرافقيهم.") == []
    evs = run("قام وزير الصحة [خالد الفالح](PER:f) بزيارة لمركز [الأمير فهد لأورام الأطفال](ORG:centre) "
              "بمناسبة عيد الفطر المبارك.")
    assert [e.label for e in evs] == ["VISIT"]


_OBJECT_PRONOUNS = [r["affix"] for r in load_table("event_affixes") if r["kind"] == "object_pronoun"]
_OWN_GOALS = [r["form"] for r in _SENSES if r["kind"] == "own_care_goal"]


@pytest.mark.parametrize("pronoun", _OBJECT_PRONOUNS)
def test_a_visit_verb_pointing_back_to_patients_told_first_is_one_of_care(pronoun: str) -> None:
    assert run("عايد مدير مستشفى أجياد الطوارئ الدكتور [عبدالرحمن بخش](PER:b) المنومين بالمستشفى صباح "
               f"يوم العيد، وزار{pronoun} وقدم لهم التهنئة.") == []


def test_an_official_visiting_patients_told_first_stays_a_visit() -> None:
    evs = run("عايد أمير منطقة مكة المكرمة الأمير [خالد الفيصل](PER:k) المنومين بالمستشفى صباح يوم العيد، "
              "وزارهم وقدم لهم التهنئة.")
    assert _shape(evs) == [("VISIT", ["k"])]


@pytest.mark.parametrize("form", _OWN_GOALS)
def test_a_bodys_programme_of_visits_to_its_own_people_is_no_event(form: str) -> None:
    assert run(f"نظمت [شركة أرامكو](ORG:aramco) أمس برنامجا لزيارة {form} في مستشفيات [جدة](LOC:jeddah) "
               "خلال العيد.") == []


def test_an_official_visiting_his_own_patients_stays_a_visit() -> None:
    evs = run("وقام وزير الصحة [خالد الفالح](PER:f) بزيارة مرضاه في مستشفى [الدمام](LOC:d) أمس.")
    assert _shape(evs) == [("VISIT", ["f"])]



def test_the_hospital_visited_is_no_visitor() -> None:  # parties named only within the goal
    lead = ("وأضاف أن الموظفين استقبلوا المسافرين بالورود تنفيذا لتوجيهات مدير جوازات منطقة "
            "[الجوف](LOC:j) العميد [خالد الهويش](PER:k).\n")
    assert run(lead + "ولفت إلى أن عدداً من العاملين بجوازات [الجوف](LOC:j) قاموا بزيارة كبار السن "
               "والأطفال المنومين داخل [مستشفى الملك عبدالعزيز](ORG:h)، و[مستشفى الأمير متعب](ORG:w) "
               "ب[سكاكا](LOC:s).") == []
    evs = run("زار أمير المنطقة [فيصل بن خالد](PER:f) المرضى المنومين داخل [مستشفى الملك فهد](ORG:h).")
    assert [e.label for e in evs] == ["VISIT"]


_COMPANY_VISITS = "قام عدد من مسؤولي {} بزيارة معايدة لعدد من المرضى المنومين في [الرياض](LOC:r)."
_COMPANY_STAFF = ("قام الأستاذ [عبدالله الفهد](PER:f) مدير الشؤون الإعلامية ب{} في أول أيام العيد "
                  "بزيارة للمرضى المنومين.")


@pytest.mark.parametrize("company", ["[الاتصالات السعودية](ORG:stc)",
                                     "[شركة الرياض العالمية للأغذية](ORG:food)",
                                     "[ماكدونالدز](ORG:mcdonalds)"])
def test_a_companys_visit_to_patients_is_no_event(company: str) -> None:
    # round 40: a company's or its staff's visit to patients is none; a company is a catalogue
    # entry named with «شركة» (stc: «شركة الاتصالات السعودية») or a body the text names so
    assert run(_COMPANY_VISITS.format(company)) == []
    assert run(_COMPANY_STAFF.format(company)) == []


@pytest.mark.parametrize("body", ["[وزارة الصحة](ORG:moh)", "[الاتصالات السعودية](ORG:telecom)"])
def test_a_body_not_known_as_a_company_visiting_patients_stays(body: str) -> None:
    assert [e.label for e in run(_COMPANY_VISITS.format(body))] == ["VISIT"]
    assert [e.label for e in run(_COMPANY_STAFF.format(body))] == ["VISIT"]
