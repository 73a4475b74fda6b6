"""Event recall on events-dev strata fresh4/fresh5 (issue 15): parties named outside the trigger's
clause («جاء ذلك خلال زيارة له», «وكان في استقباله Y», «فقد اتفق الجانبان»), an agreement told
before a call that is not the call's content, a visit after which its visitor left, a figure of
speech that is no sport, an agreement past a long subject (not from a verbal noun) and a delegation
described by an adjective (وفد تجاري من X); each cue row
of the new kinds read."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_cues
from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run


def _shape(evs: list) -> list[tuple[str, set[str]]]:
    return [(e.label, set(e.attrs.participants)) for e in evs]


def test_a_visit_with_its_doers_pronoun_is_the_visit_of_the_person_named_before() -> None:
    evs = run("أكد وزير التعليم الدكتور [عزام الدخيل](PER:dakhil) أهمية التقنية الحديثة. جاء ذلك خلال زيارة "
              "له مساء أمس لمقر الاستديو التعليمي ب[جازان](LOC:jazan).")
    assert ("VISIT", {"dakhil"}) in _shape(evs)
    # no pronoun after the noun: no visitor is taken from the sentence before
    evs = run("أكد وزير التعليم الدكتور [عزام الدخيل](PER:dakhil) أهمية التقنية الحديثة. جاء ذلك خلال زيارة "
              "مساء أمس لمقر الاستديو التعليمي ب[جازان](LOC:jazan).")
    assert ("VISIT", {"dakhil"}) not in _shape(evs)


def test_whoever_met_the_visitor_on_arrival_is_the_visits_host() -> None:
    evs = run("زار إمام وخطيب المسجد النبوي الشيخ [صلاح البدير](PER:budair) مقر قيادة قوة جازان، وكان في "
              "استقباله قائد قوة منطقة جازان اللواء الركن [سعيد الغامدي](PER:ghamdi) بحضور مديري الإدارات.")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and {"budair", "ghamdi"} <= set(visit[0].attrs.participants)
    assert visit[0].attrs.roles.get("ghamdi") == "host"


def test_a_visit_its_visitor_left_after_is_no_time_mark() -> None:
    evs = run("غادر الأمير [محمد بن سلمان](PER:mbs) [مصر](LOC:egypt) بعد زيارة عمل التقى خلالها الرئيس "
              "[عبدالفتاح السيسي](PER:sisi).")
    assert any(label == "VISIT" and "mbs" in parts for label, parts in _shape(evs))
    # «بعد» alone still makes a past visit a time mark
    evs = run("وقال الأمير [محمد بن سلمان](PER:mbs) بعد زيارة عمل إلى [مصر](LOC:egypt) إن العلاقات متينة.")
    assert not any(label == "VISIT" for label, _ in _shape(evs))


def test_the_two_sides_are_the_parties_of_the_event_told_before() -> None:
    evs = run("وزار الأمير [محمد بن سلمان](PER:mbs) الرئيس [عبدالفتاح السيسي](PER:sisi) في "
              "[القاهرة](LOC:cairo). وبناء على توجيه فخامة الرئيس [عبدالفتاح السيسي](PER:sisi) فقد اتفق "
              "الجانبان على وضع حزمة من الآليات.")
    assert ("AGREE", {"sisi", "mbs"}) in _shape(evs)
    # after a meeting of the two, what they agreed is its content (test_events_first_person_accords.py)
    evs = run("وعقد الرئيس [عبدالفتاح السيسي](PER:sisi) اجتماعا مع الأمير [محمد بن سلمان](PER:mbs). "
              "وبناء على توجيه فخامة الرئيس [عبدالفتاح السيسي](PER:sisi) فقد اتفق الجانبان "
              "على وضع حزمة من الآليات.")
    assert _shape(evs) == [("MEET", {"sisi", "mbs"})]


def test_an_agreement_dated_before_a_call_is_not_its_content() -> None:
    evs = run("وذلك بعد [22 يوليو](DATE:2015-07-22) اتصال هاتفي جرى بين الرئيسين "
              "[رجب طيب أردوغان](PER:erdogan) و[باراك أوباما](PER:obama). وكان الجانبان قد اتفقا في "
              "[7 يوليو](DATE:2015-07-07) على استخدام القاعدة.")
    assert ("AGREE", {"erdogan", "obama"}) in _shape(evs)
    assert ("CALL", {"erdogan", "obama"}) in _shape(evs)


def test_an_agreement_dated_by_a_range_of_days_before_a_call_is_not_its_content() -> None:
    # round 39: a range («السابع والثامن من يوليو», 2015-07-07/2015-07-08) is dated by its first day
    evs = run("وذلك بعد [22 يوليو](DATE:2015-07-22) اتصال هاتفي جرى بين الرئيسين "
              "[رجب طيب أردوغان](PER:erdogan) و[باراك أوباما](PER:obama). وكان الجانبان قد اتفقا من حيث "
              "المبدأ في [السابع والثامن من يوليو](DATE:2015-07-07/2015-07-08) على استخدام القاعدة.")
    assert ("AGREE", {"erdogan", "obama"}) in _shape(evs)
    assert ("CALL", {"erdogan", "obama"}) in _shape(evs)


def test_a_state_called_a_key_player_is_no_sport() -> None:
    evs = run("اتفق سياسيون على أهمية نتائج زيارة الأمير [محمد بن سلمان](PER:mbs) ل[عمان](LOC:amman) "
              "لا سيما أن [المملكة](LOC:ksa) قوة محورية ولاعب أساسي في المنطقة.")
    assert ("VISIT", {"mbs"}) in _shape(evs)
    evs = run("زار [محمد صلاح](PER:salah) [القاهرة](LOC:cairo) مع اللاعب [أحمد حسن](PER:hassan).")
    assert not any(label == "VISIT" for label, _ in _shape(evs))


def test_a_word_that_only_looks_like_sport_is_no_sport() -> None:
    # «فكرة» (an idea) is no ف + «كرة»; «بشكل دوري» (regularly) is no league
    evs = run("طرح [أحمد الهاشمي](PER:hashimi) فكرة المشروع خلال لقائه [سالم العمري](PER:omari) أمس.")
    assert ("MEET", {"hashimi", "omari"}) in _shape(evs)
    evs = run("التقى [أحمد الهاشمي](PER:hashimi) [سالم العمري](PER:omari) الذي يلتقيه بشكل دوري.")
    assert ("MEET", {"hashimi", "omari"}) in _shape(evs)
    evs = run("التقى [أحمد الهاشمي](PER:hashimi) لاعبي الفريق الكروي مع [سالم العمري](PER:omari).")
    assert not any(label == "MEET" for label, _ in _shape(evs))


def test_a_rotating_president_is_no_league() -> None:
    # «الرئيس الدوري لمجلس حقوق الإنسان» (dev 3737, 8450): a body's rotating president, no «الدوري» league
    evs = run("والتقى [أحمد الهاشمي](PER:hashimi) الرئيس الدوري لمجلس حقوق الإنسان [سالم العمري](PER:omari).")
    assert ("MEET", {"hashimi", "omari"}) in _shape(evs)
    evs = run("والتقى [أحمد الهاشمي](PER:hashimi) رئيس الدوري [سالم العمري](PER:omari).")
    assert not any(label == "MEET" for label, _ in _shape(evs))


def test_an_agreement_signed_after_a_long_subject() -> None:
    evs = run("وقع مدير جامعة الملك عبدالعزيز المكلف الأستاذ الدكتور [عبدالرحمن بن عبيد اليوبي](PER:youbi) "
              "مؤخرا اتفاقية تعاون علمي مع [جامعة أكسفورد](ORG:oxford).")
    assert ("AGREE", {"youbi", "oxford"}) in _shape(evs)
    # a verbal noun (التوصل) read on a verb's row has no subject to reach past: no agreement
    words = words_of("وقال مسؤول رفيع بالاتحاد الأوروبي شارك في مفاوضات التوصل للحل الوسط وتحدث لوكالة "
                     "الأنباء بشرط عدم الكشف عن اسمه أن فرصة نجاح الاتفاق الآن ضعيفة")
    assert "AGREE" not in [t.row.type for t in find_triggers(words)]  # «مفاوضات» is a MEET row (sided_talks)


@pytest.mark.parametrize("row", [r for r in load_table("event_cues") if r["kind"] in (
    "own_pronoun", "welcome", "leaving", "figurative_sport", "sport_envoy", "two_sides")],
    ids=lambda r: r["form"])
def test_every_new_cue_row_is_read_at_its_word(row: dict[str, str]) -> None:
    words = words_of("و" + row["form"] + " كلمة")
    cue = event_cues().at(words, 0, frozenset({row["kind"]}))
    assert cue is not None and cue.kind == row["kind"]


def test_a_delegation_described_by_an_adjective_is_its_senders() -> None:
    evs = run("يصل إلى العاصمة الفرنسية [باريس](LOC:paris) وفد تجاري من [مجلس الأعمال السعودي الفرنسي]"
              "(ORG:council) برئاسة الدكتور [محمد بن لادن](PER:binladen).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and "council" in visit[0].attrs.participants


def test_the_receiver_of_a_visitor_hosts_his_visit() -> None:
    evs = run("ويتزامن ذلك مع زيارة الرئيس الفرنسي السابق [نيكولا ساركوزي](PER:sarkozy) [تونس](LOC:tunisia). "
              "وقال [ساركوزي](PER:sarkozy) الذي استقبله، صباح أمس، الرئيس التونسي [الباجي قائد السبسي]"
              "(PER:essebsi)، إن الرحلة مهمة.")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and set(visit[0].attrs.participants) == {"sarkozy", "essebsi"}
    assert visit[0].attrs.roles == {"sarkozy": "guest", "essebsi": "host"}


def test_two_receivers_host_no_visit_of_a_tour() -> None:
    evs = run("وصل الوزير [كيري](PER:kerry) إلى المنطقة في زيارة. واستقبل الملك [سلمان](PER:salman) في "
              "[جدة](LOC:jeddah) الوزير [كيري](PER:kerry). واستقبل الأمير [تميم](PER:tamim) في "
              "[الدوحة](LOC:doha) الوزير [كيري](PER:kerry).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.participants == ["kerry"]


def test_a_visit_nouns_own_pronoun_is_the_person_named_before() -> None:
    # «جاء ذلك خلال زيارته، صباح أمس، مستشفى ...»: the chief named before visits; the hospital hosts
    evs = run("أكد الفريق الأول الركن [عبد الرحمن البنيان](PER:bunyan)، رئيس [هيئة الأركان العامة]"
              "(ORG:staff)، أن لحظات لقاء المصابين تجسد عائلة الوطن.\nجاء ذلك خلال زيارته، [صباح أمس]"
              "(DATE:2015-07-20)، [مستشفى القوات المسلحة](ORG:hosp) ب[المنطقة الجنوبية](LOC:south)، حيث "
              "التقى المصابين.")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and visit[0].attrs.participants == ["bunyan", "hosp"]
    assert visit[0].attrs.roles.get("bunyan") == "guest"


def test_a_visit_noun_of_several_owners_takes_no_one_person() -> None:
    evs = run("أكد الفريق الأول [عبد الرحمن البنيان](PER:bunyan) أن لحظات لقاء المصابين تجسد عائلة الوطن.\n"
              "جاء ذلك خلال زيارتهم، [صباح أمس](DATE:2015-07-20)، [مستشفى القوات المسلحة](ORG:hosp) "
              "ب[المنطقة الجنوبية](LOC:south)، حيث التقوا المصابين.")
    assert not any("bunyan" in e.attrs.participants for e in evs if e.label == "VISIT")


def test_a_visit_noun_with_one_owner_in_reported_speech_is_the_speakers() -> None:
    evs = run("وصل الوزير [سامح شكري](PER:shoukry) إلى [الرياض](LOC:riyadh) أمس. وأكد [شكري](PER:shoukry) "
              "حرص بلاده على تدعيم العلاقة، مشيراً إلى أن زيارته إلى [المملكة](LOC:saudi) تأتي في إطار "
              "حرص الرئيس [عبدالفتاح السيسي](PER:sisi) على تدعيم العلاقة.")
    to_saudi = [e for e in evs if e.label == "VISIT" and e.attrs.place == "saudi"]
    assert to_saudi and to_saudi[0].attrs.participants[0] == "shoukry"
    assert to_saudi[0].attrs.roles == {"shoukry": "guest"}


def test_a_reception_hosts_no_visit_of_another_month() -> None:
    evs = run("وجاءت زيارة الوزير [خالد العطية](PER:attiyah) تكملة لزيارته إلى [بغداد](LOC:baghdad) في "
              "[مايو الماضي](DATE:2015-05). واستقبل الرئيس [مسعود بارزاني](PER:barzani) "
              "[أمس](DATE:2015-08-10) الوزير [خالد العطية](PER:attiyah).")
    to_baghdad = [e for e in evs if e.label == "VISIT" and e.attrs.place == "baghdad"]
    assert to_baghdad and "barzani" not in to_baghdad[0].attrs.participants
