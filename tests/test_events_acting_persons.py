"""One happening told once by its states and once by the persons who act for them (issue 15,
round 41 events-dev errors: «أخفقت روسيا والسعودية في محادثات جرت بينهما اليوم», then «بعد محادثات
مع نظيره الروسي سيرجي لافروف»): one event at its first report, keyed to the persons; a person of a
third state makes other talks."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run

_STATES = ("أخفقت [روسيا](LOC:russia) و[السعودية](LOC:saudi_arabia) في محادثات جرت بينهما اليوم في "
           "[موسكو](LOC:moscow). ")


def test_the_states_talks_told_again_by_their_ministers_are_one_meeting() -> None:
    evs = run(_STATES + "وقال [الجبير](PER:adel_al_jubeir) في مؤتمر صحفي بعد محادثات مع نظيره الروسي "
              "[سيرجي لافروف](PER:sergey_lavrov) إن الخلاف قائم.")
    meets = [e for e in evs if e.label == "MEET"]
    assert [set(e.attrs.participants) for e in meets] == [{"adel_al_jubeir", "sergey_lavrov"}]
    assert meets[0].start < len(_STATES)  # at the first report


def test_a_minister_of_another_state_makes_other_talks() -> None:
    evs = run(_STATES + "وقال [الجبير](PER:adel_al_jubeir) في مؤتمر صحفي بعد محادثات مع "
              "[سامح شكري](PER:sameh_shoukry) إن الخلاف قائم.")
    assert [(label, set(ps)) for label, ps in labelled_parties(evs) if label == "MEET"] == [
        ("MEET", {"russia", "saudi_arabia"}), ("MEET", {"adel_al_jubeir", "sameh_shoukry"})]
