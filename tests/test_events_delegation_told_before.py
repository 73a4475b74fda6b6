"""A bare definite delegation noun near a trigger («وكان أعضاء الوفد قد وصلوا», «يلتقي الوفد
بوزير الخارجية») stands for the delegation the article introduced before with its sender: the
sender is a party (`events.head_noun_bodies.delegation_told_before`; the events-dev gold keys
the body: «وفد لجنة المتابعة … وكان أعضاء الوفد قد وصلوا إلى عمان»)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_the_members_of_the_delegation_arriving_are_its_sender() -> None:
    evs = run("بحث وزير الخارجية [ناصر جودة](PER:judeh) في [عمان](LOC:amman) أمس مع وفد "
              "[لجنة المتابعة](ORG:committee) تطورات الأوضاع. وأعرب عن أمله في أن تنتهي الأزمة في أقرب "
              "وقت ممكن، مشيرا إلى أن الحل السياسي هو المدخل. وكان أعضاء الوفد قد وصلوا إلى "
              "[عمان](LOC:amman) [أمس](DATE:2015-07-22) في زيارة عمل قصيرة.", published="2015-07-23")
    assert ("VISIT", ["committee"]) in labelled_parties(evs)


def test_the_delegation_meeting_a_minister_is_its_sender() -> None:
    evs = run("من المقرر أن يزور وفد من [الائتلاف الوطني](ORG:coalition) [موسكو](LOC:moscow) الأسبوع "
              "المقبل. وأضاف المصدر أن من المقرر أن يلتقي الوفد بوزير الخارجية "
              "[سيرجي لافروف](PER:lavrov) ونائبه.", published="2015-08-06")
    assert any(t == "MEET" and set(ps) == {"lavrov", "coalition"} for t, ps in labelled_parties(evs))


def test_a_delegation_introduced_without_a_sender_takes_no_older_one() -> None:
    evs = run("استقبل الوزير [سامح شكري](PER:shoukry) أمس وفدا من [حركة حماس](ORG:hamas). ووصل "
              "وفد برئاسة الوزير [خالد الراشد](PER:rashid) إلى [القاهرة](LOC:cairo) أمس. "
              "وكان أعضاء الوفد قد زاروا [الإسكندرية](LOC:alex) قبل ذلك.", published="2015-07-23")
    assert all("hamas" not in ps for t, ps in labelled_parties(evs) if t == "VISIT")


def test_a_delegation_named_by_its_adjective_is_no_sender_told_before() -> None:
    evs = run("استقبل الوزير [سامح شكري](PER:shoukry) أمس وفدا من [شركة بوينج](ORG:boeing). "
              "وقام الوفد التركي بزيارة [مركز الملك فهد](ORG:centre) أمس.", published="2015-07-23")
    assert all("boeing" not in ps for t, ps in labelled_parties(evs) if t == "VISIT")


def test_a_visit_noun_in_what_is_said_takes_no_sender_told_before() -> None:
    # «وأكد X أن زيارة الوفد ومقابلة ...»: the visit told before, said again, no second visit
    evs = run("يصل إلى [باريس](LOC:paris) [غدا](DATE:2015-07-21) وفد تجاري من [مجلس الأعمال](ORG:council). "
              "وأكد رئيس الجانب السعودي [خالد الراشد](PER:rashid) في تصريح لوكالة الأنباء، أن زيارة الوفد "
              "ومقابلة أصحاب القرار في [فرنسا](LOC:fr) مهمة.", published="2015-07-20")
    assert [ps for t, ps in labelled_parties(evs) if t == "VISIT"] == [["council"]]
