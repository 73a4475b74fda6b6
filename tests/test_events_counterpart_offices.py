"""A counterpart no one is named after anywhere («سيجري محادثات مع نظيره الكيني»): the one person
the article introduced with the head of the owner's office and the phrase's adjective («الرئيس
الكيني X» for a president), not a holder of another office of that state (issue 15, round 35)."""

from __future__ import annotations

from tests.test_events_units import run

_OWNER = "وقال الرئيس الأميركي [باراك أوباما](PER:obama) إنه متفائل بالزيارة. "
_TALKS = "وسيجري [أوباما](PER:obama) في [نيروبي](LOC:nairobi) محادثات مع نظيره الكيني حول الأمن."


def _parties(evs: list, label: str) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == label]


def test_the_counterpart_is_the_one_introduced_with_the_owners_office_and_the_adjective() -> None:
    evs = run("رحب الرئيس الكيني [أوهورو كينياتا](PER:kenyatta) بالزيارة. " + _OWNER + _TALKS, "2015-07-20")
    assert {"obama", "kenyatta"} in _parties(evs, "MEET")


def test_a_holder_of_another_office_of_that_state_is_no_counterpart() -> None:
    evs = run("رحب السفير الكيني [جون موانغي](PER:mwangi) بالزيارة. " + _OWNER + _TALKS, "2015-07-20")
    assert not any("mwangi" in p for p in _parties(evs, "MEET"))


def test_two_holders_of_that_office_name_no_one() -> None:
    evs = run("رحب الرئيس الكيني [أوهورو كينياتا](PER:kenyatta) بالزيارة، كما أشاد الرئيس الكيني السابق "
              "[مواي كيباكي](PER:kibaki) بها. " + _OWNER + _TALKS, "2015-07-20")
    assert not any({"kenyatta", "kibaki"} & p for p in _parties(evs, "MEET"))
