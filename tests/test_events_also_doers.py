"""Events (round 38, recall): a meeting verb after «كما» with no subject of its own goes on with the
doer of the meeting told before it (events/also_doers.py), not with the person the sentence before
names first (often the other side, thanking his host). Invented sentences."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_also_received_takes_the_host_of_the_reception_before() -> None:
    evs = run("استقبل رئيس الجامعة الدكتور [خالد العمري](PER:omari)، أمس، مدير معهد اللغات "
              "[سامر الحلبي](PER:halabi). وجرى خلال اللقاء بحث أوجه التعاون. "
              "من جهته أعرب [الحلبي](PER:halabi) عن شكره. "
              "كما استقبل أمس عميد كلية الطب في [القاهرة](LOC:cairo) الدكتور [منير فهمي](PER:fahmy).")
    assert ("MEET", ["omari", "fahmy"]) in labelled_parties(evs)  # not Halabi, who spoke last


def test_also_met_after_a_past_tense_aid_takes_the_subject_of_the_meeting_before() -> None:
    evs = run("وكانت وزيرة الخارجية [هند سالم](PER:hind) قد التقت مع سفير [النرويج](LOC:norway). "
              "كما كانت التقت، في الأسبوع الماضي، نائب وزير الخارجية البرتغالي.")
    assert ("MEET", ["hind", "portugal"]) in labelled_parties(evs)  # the office: its state's side
    evs = run("وكانت وزيرة الخارجية [هند سالم](PER:hind) قد التقت مع سفير [النرويج](LOC:norway). "
              "كما كانت التقت، في الأسبوع الماضي، مبعوث [الأمم المتحدة](ORG:un) [جون بيرك](PER:burke).")
    assert ("MEET", ["hind", "burke"]) in labelled_parties(evs)


def test_a_subject_after_the_verb_or_a_name_before_it_is_its_own() -> None:
    evs = run("استقبل الوزير [خالد العمري](PER:omari) السفير [سامر الحلبي](PER:halabi). "
              "كما استقبل الأمير [فيصل بن سعد](PER:faisal) الوفد [الياباني](LOC:japan).")
    second = [e for e in evs if "faisal" in e.attrs.participants]
    assert second and "omari" not in second[0].attrs.participants  # «كما استقبل الأمير X»: X's own
    evs = run("استقبل الوزير [خالد العمري](PER:omari) السفير [سامر الحلبي](PER:halabi). "
              "كما [فهد الزامل](PER:zamil) التقى السفير [الياباني](LOC:japan).")
    assert all("omari" not in e.attrs.participants for e in evs if "japan" in e.attrs.participants)
