"""A delegation named only by its state's adjective («وفد إماراتي», «الوفد الأردني») is that
state's side, as an unnamed official is (events/delegation_sides.py); an adjective of another
gender or definiteness than the noun's qualifies something else."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_a_delegation_with_a_state_adjective_visits_for_its_state() -> None:
    # the place after «وفد كويتي» is visited, not the delegation's sender
    src = "وزار وفد كويتي [محافظة المهرة](LOC:mahra) أمس لتفقد أوضاع النازحين."
    assert labelled_parties(run(src, published="2015-08-04")) == [("VISIT", ["kuwait"])]


def test_an_indefinite_delegation_holds_talks_for_its_state() -> None:
    src = "وأجرى وفد أردني مباحثات مع وزير الخارجية [ناصر الجابري](PER:jabri) في مكتبه أمس."
    assert labelled_parties(run(src, published="2015-08-04")) == [("MEET", ["jordan", "jabri"])]


def test_the_definite_delegation_told_before_is_no_side() -> None:
    # «الوفد الأردني»: the delegation the article told before, as a rule by its members' names
    src = ("واستقبل وزير الخارجية [ناصر الجابري](PER:jabri) في مكتبه أمس الوفد الأردني "
           "المشارك في أعمال اللجنة.")
    assert all("jordan" not in parties for _, parties in labelled_parties(run(src, published="2015-08-04")))


def test_an_adjective_of_the_other_gender_names_no_side() -> None:
    # «بعثة» feminine, «كويتي» masculine: the adjective qualifies something else
    src = "ووصلت بعثة كويتي الأصل إلى [مسقط](LOC:muscat) أمس."
    assert all("kuwait" not in parties for _, parties in labelled_parties(run(src, published="2015-08-04")))


def test_a_delegation_with_its_head_named_is_his_not_its_state() -> None:
    src = ("ووصل وفد أمريكي برئاسة وزير الخارجية [جون كيري](PER:kerry) إلى [مسقط](LOC:muscat) "
           "أمس.")
    assert labelled_parties(run(src, published="2015-08-04")) == [("VISIT", ["kerry"])]
