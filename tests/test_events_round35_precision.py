"""Events precision on fresh text, round 35 (issue 15): a phone call in a sentence of sport (a
federation's head calling a coach about the national team) is sport, no CALL, like the meetings,
signings and visits of sport before it."""

from __future__ import annotations

from tests.test_events_units import run


def test_a_call_in_a_sentence_of_sport_is_no_event() -> None:
    evs = run("وكشفت الصحيفة أن [سامي القحطاني](PER:q) رئيس الاتحاد للعبة اتصل أخيرا بالمدرب "
              "[خوان بيريز](PER:p) هاتفيا لإقناعه بتولي تدريب المنتخب.", "2015-08-01T08:00:00")
    assert not [e for e in evs if e.label == "CALL"]


def test_a_call_between_leaders_is_still_a_call() -> None:
    evs = run("وتلقى الرئيس [سامي القحطاني](PER:q) اتصالا هاتفيا من الرئيس [خوان بيريز](PER:p) "
              "بحثا خلاله العلاقات بين البلدين.", "2015-08-01T08:00:00")
    calls = [sorted(e.attrs.participants) for e in evs if e.label == "CALL"]
    assert calls == [["p", "q"]]
