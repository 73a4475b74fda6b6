"""A conjunct after «، و» whose only name is a preposition's object (a verbal noun with its
complement: «، وسماح الجانب الأميركي لطهران») is a new conjunct, no listed party: it ends a
list after بين and the clause of a trigger (issue 15, round 17 random-news sample)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_a_prepositions_object_after_comma_and_wa_ends_a_between_list() -> None:
    evs = run("ويهاجم [جيب بوش](PER:bush) الاجتماعات الحالية بين الوزير [جون كيري](PER:kerry) ونظيره "
              "[محمد جواد ظريف](PER:zarif)، وسماح الجانب الأميركي ل[طهران](LOC:tehran) بالحفاظ "
              "على بنية نووية.")
    assert labelled_parties(evs) == [("MEET", ["kerry", "zarif"])]


def test_a_listed_name_after_comma_and_wa_stays_in_a_between_list() -> None:
    evs = run("محادثات بين [الحكومة اليمنية](ORG:gov)، و[الحوثيين](ORG:houthis) في [جنيف](LOC:geneva).")
    assert labelled_parties(evs) == [("MEET", ["gov", "houthis"])]


def test_a_prepositions_object_after_comma_and_wa_is_no_party_of_an_agreement() -> None:
    evs = run("وقعت [السعودية](LOC:ksa) اتفاقا مع [فرنسا](LOC:france)، ودعم الجانب الفرنسي ل[مصر](LOC:egypt) "
              "في مجال الطاقة.")
    assert labelled_parties(evs) == [("AGREE", ["ksa", "france"])]


def test_a_listed_state_after_comma_and_wa_stays_a_party() -> None:
    evs = run("وقعت [السعودية](LOC:ksa) اتفاقا مع [فرنسا](LOC:france)، و[الكويت](LOC:kuwait) أمس.")
    assert labelled_parties(evs) == [("AGREE", ["ksa", "france", "kuwait"])]
