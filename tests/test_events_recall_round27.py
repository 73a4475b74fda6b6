"""Event recall on events-dev (issue 15, round 27): parties of a visit or meeting the trigger's
own clause does not name — whoever met the visitor of a visit noun, or one named with an honorific
(«قام X بزيارة ...، وكان في استقبال فضيلته Y»); a sentence of sport that names a state's envoy
is diplomacy (the ambassador receives the national team); a person's last name that is also a
place's (محمد بخاري: Bukhara) names him when he is named by it alone."""

from __future__ import annotations

from tests.test_events_units import run


def _shape(evs: list) -> list[tuple[str, set[str]]]:
    return [(e.label, set(e.attrs.participants)) for e in evs]


def test_whoever_met_the_visitor_of_a_visit_noun_is_its_host() -> None:
    evs = run("قام إمام وخطيب المسجد النبوي الشيخ [صلاح البدير](PER:budair) بزيارة إلى مقر قيادة قوة جازان، "
              "وكان في استقباله قائد قوة منطقة جازان اللواء الركن [سعيد الغامدي](PER:ghamdi).")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and {"budair", "ghamdi"} <= set(visit[0].attrs.participants)
    assert visit[0].attrs.roles.get("ghamdi") == "host"


def test_a_welcome_may_name_the_visitor_by_an_honorific() -> None:
    evs = run("زار الشيخ [صلاح البدير](PER:budair) مقر قيادة قوة جازان، وكان في استقبال فضيلته "
              "اللواء الركن [سعيد الغامدي](PER:ghamdi) قائد قوة منطقة جازان.")
    visit = [e for e in evs if e.label == "VISIT"]
    assert visit and {"budair", "ghamdi"} <= set(visit[0].attrs.participants)


def test_an_envoy_meeting_a_team_is_diplomacy_not_sport() -> None:
    evs = run("استقبل سفير خادم الحرمين الشريفين لدى مصر السفير [أحمد القطان](PER:qattan) أفراد بعثة "
              "[المنتخب السعودي للكاراتيه](ORG:team) المشاركة في البطولة العربية بمقر السفارة.")
    assert any(label == "MEET" and {"qattan", "team"} <= parts for label, parts in _shape(evs))
    # no envoy named: players and coaches meeting is sport, no event
    evs = run("استقبل رئيس الاتحاد [أحمد القطان](PER:qattan) أفراد بعثة "
              "[المنتخب السعودي للكاراتيه](ORG:team) المشاركة في البطولة العربية بمقر الاتحاد.")
    assert not any(label == "MEET" for label, _ in _shape(evs))


def test_a_last_name_that_is_also_a_place_after_given_names_is_the_persons() -> None:
    # «بخاري» is also Bukhara: after a given name alone («محمد بخاري») it is his last name, and
    # «الرئيس بخاري» later is he
    evs = run("وكان الرئيس النيجيري [محمد بخاري](PER:buhari) قد تعهد بالقضاء على الجماعة. ويقوم الرئيس "
              "بخاري في الوقت الحاضر بزيارة إلى [الكاميرون](LOC:cameroon) لإجراء مناقشات.")
    assert any(label == "VISIT" and "buhari" in parts for label, parts in _shape(evs))
