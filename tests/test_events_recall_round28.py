"""Event recall on events-dev (issue 15, round 28): a body a verb of visiting takes as its object
after the visitor is named hosts the visit («زار السفير ... X، الشركة السعودية للكهرباء»); a visit
noun's lam of whom it goes to may follow words describing the visit («بزيارة سلام ومعايدة للشيخ
X»): X is the one visited, not the visitor."""

from __future__ import annotations

from tests.test_events_units import run


def _visits(evs: list) -> list:
    return [e for e in evs if e.label == "VISIT"]


def test_a_body_a_visit_verb_takes_as_object_after_the_visitor_hosts_it() -> None:
    evs = run("زار السفير الأسترالي لدى [المملكة](LOC:ksa) الدكتور [رالف كينج](PER:king)، "
              "[الشركة السعودية للكهرباء](ORG:sec) بالرياض.")
    visit = _visits(evs)
    assert visit and {"king", "sec"} <= set(visit[0].attrs.participants)
    # a body in the visitor's own description is no object: the delegation's sender visits
    evs = run("زار وفد من [شركة بوينج](ORG:boeing) اليوم مقر الخطوط الجوية في جدة.")
    assert all("boeing" in e.attrs.participants for e in _visits(evs))


def test_a_body_in_the_visitors_office_is_no_host() -> None:
    evs = run("كما زار المهرجان الشيخ [سعود العثمان](PER:othman) رئيس [هيئة الأمر بالمعروف](ORG:cpvpv)، "
              "والذي كان في استقباله المهندس [أحمد البكيري](PER:bak).")
    visit = _visits(evs)
    assert visit and "cpvpv" not in visit[0].attrs.participants


def test_a_volunteer_teams_hospital_visit_stays_none_with_the_hospital_named() -> None:
    # the care-visit rule reads the visitors' standing: the hospital visited is no visitor
    evs = run("زار فريق سفراء التطوع برئاسة الدكتور [محمد باجبير](PER:bajubair)، "
              "[مستشفى شرق جدة](ORG:hosp)، وكان في استقبالهم المدير الطبي بالمستشفى الدكتور "
              "[عبداللطيف مهيوب](PER:mahyoub).")
    assert not _visits(evs)


def test_the_lam_of_whom_a_visit_goes_to_may_follow_words_of_the_visit() -> None:
    evs = run("قام محافظ شقراء [محمد الهلال](PER:hilal) بزيارة سلام ومعايدة للشيخ [محمد المانع](PER:mani) "
              "في منزله.")
    visit = _visits(evs)
    assert visit and {"hilal", "mani"} <= set(visit[0].attrs.participants)
    assert visit[0].attrs.roles.get("hilal") == "guest"


def test_a_visit_recalled_after_a_time_word_names_its_doer_past_his_titles() -> None:
    # «بعد زيارة X» is a report, not a time mark, when X is named right after the noun, past his
    # titles; a bare «بعد زيارة القاهرة» recalls no one's visit
    evs = run("وتحسنت العلاقات خاصة بعد زيارة الأمير [محمد بن سلمان](PER:mbs) ولي ولي العهد "
              "إلى [القاهرة](LOC:cairo).")
    visit = _visits(evs)
    assert visit and "mbs" in visit[0].attrs.participants and visit[0].attrs.place == "cairo"


def test_a_word_takes_in_the_marks_written_after_it() -> None:
    # «كلٍ منْ»: the tanween and sukun are no punctuation between two words of one phrase
    from marsad.events.words import words_of
    text = "مع كلٍ منْ جمهورية جيبوتي، عقد اجتماعاً"
    assert [text[w.start:w.end] for w in words_of(text)] == \
        ["مع", "كلٍ", "منْ", "جمهورية", "جيبوتي", "عقد", "اجتماعاً"]
    evs = run("وقعت [المملكة العربية السعودية](LOC:ksa) اتفاقيات ثنائية مع كلٍ منْ "
              "[جمهورية جيبوتي](LOC:djibouti) لفتح أسواق جديدة.")
    assert any(e.label == "AGREE" and {"ksa", "djibouti"} <= set(e.attrs.participants) for e in evs)
