"""An office closed by a state's adjective names the one the article introduced with that office
whatever the adjective's spelling: «وزير الدفاع الاميركي» after «وزير الدفاع الامريكي X» is X, not
the United States as a side, so the two reports of one meeting are one event (issue 15, round 45)."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.coref import TitleIndex
from marsad.events.office_phrases import names_office_of, state_spelled
from tests.test_events_units import marked, run

CARTER, BARZANI = "ashton_carter_x", "masoud_barzani"


def test_a_states_adjective_is_matched_by_its_state() -> None:
    assert state_spelled(frozenset({"وزير", "اميركي"})) == state_spelled(frozenset({"وزير", "امريكي"}))
    assert names_office_of(frozenset({"وزير", "دفاع", "اميركي"}), frozenset({"وزير", "دفاع", "امريكي"}))
    assert not names_office_of(frozenset({"وزير", "دفاع", "روسي"}), frozenset({"وزير", "دفاع", "امريكي"}))
    assert not names_office_of(frozenset({"وزير", "خارجيه", "اميركي"}), frozenset({"وزير", "دفاع", "امريكي"}))


def test_the_office_spelled_otherwise_is_its_holder() -> None:
    art = marked("التقى وزير الدفاع الامريكي [أشتون كارتر](PER:ashton_carter_x) أمس وزير الدفاع "
                 "[خالد العبيدي](PER:khaled_obeidi_x) في بغداد. وقال وزير الدفاع الاميركي إن الحرب طويلة.")
    index = TitleIndex(build_context(art))
    assert index.resolve(frozenset({"وزير", "دفاع", "اميركي"}), len(art.text)) == CARTER


def test_a_meeting_told_with_the_other_spelling_is_the_holders() -> None:
    evs = run("التقى وزير الدفاع الامريكي [أشتون كارتر](PER:ashton_carter_x) الجمعة رئيس إقليم كردستان "
              "[مسعود بارزاني](PER:masoud_barzani) في أربيل. وكان وزير الدفاع الاميركي قد التقى "
              "[بارزاني](PER:masoud_barzani) لبحث الحرب على الإرهاب.")
    meets = [set(e.attrs.participants) for e in evs if e.label == "MEET"]
    assert meets and all(p == {CARTER, BARZANI} for p in meets)
