"""The stops of a trip told by words of sequence (`events.trip_legs`, `event_cues.tsv` kind
next_leg): a place joined to the visit's own place by «ثم», «ومن بعدها», «ومنها إلى» is a
stop of its own, as one joined by «و»; so is a visit verb after such a word that names a
place of its own («ثم توجه إلى روسيا»), with its own status and date, the visitor of the leg
before it and not its host (the annotation guide: a trip is one VISIT a stop)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_JOINING = [r["form"] for r in load_table("event_cues") if r["kind"] == "next_leg" and int(r["window"])]


def _visits(src: str) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in run(src) if e.label == "VISIT"]


@pytest.mark.parametrize("form", _JOINING)
def test_a_place_after_a_word_of_sequence_is_the_next_stop(form: str) -> None:
    src = (f"وزار وزير الخارجية [عادل الجبير](PER:jubeir) [أمس](DATE:2015-08-04) [ألمانيا](LOC:germany) "
           f"و{form} [روسيا](LOC:russia) لبحث العلاقات.")
    assert _visits(src) == [(["jubeir"], "germany"), (["jubeir"], "russia")]


def test_a_stop_after_sequence_and_ila_in_brackets() -> None:
    src = ("وكلف الملك وزير الدفاع [الأمير محمد بن سلمان](PER:mbs) بزيارة ( [روسيا](LOC:russia) ) ومن بعدها "
           "( [فرنسا](LOC:france) ) لمباحثات مهمة.")
    assert _visits(src) == [(["mbs"], "russia"), (["mbs"], "france")]


def test_travel_to_one_state_then_to_another() -> None:
    src = ("وسافر وزير الخارجية [عادل الجبير](PER:jubeir) [أمس](DATE:2015-08-04) إلى [برلين](LOC:berlin) "
           "ثم إلى [موسكو](LOC:moscow).")
    assert _visits(src) == [(["jubeir"], "berlin"), (["jubeir"], "moscow")]


def test_minha_joins_a_stop_only_before_ila() -> None:
    onward = ("وزار وزير الخارجية [عادل الجبير](PER:jubeir) [أمس](DATE:2015-08-04) [الأردن](LOC:jordan) "
              "ومنها إلى [العراق](LOC:iraq).")
    assert _visits(onward) == [(["jubeir"], "jordan"), (["jubeir"], "iraq")]
    among = ("وزار نائب الرئيس [خالد بحاح](PER:bahah) [أمس](DATE:2015-08-04) عددا من المواقع "
             "في [عدن](LOC:aden)، منها [المعلا](LOC:mualla).")
    assert _visits(among) == [(["bahah"], "aden")]


def test_a_place_the_sequence_word_does_not_join_is_no_stop() -> None:
    # «ثم» opens another clause: its verb, not a visit trigger, governs the place («ثم عاد إلى»)
    src = ("وزار وزير الخارجية [عادل الجبير](PER:jubeir) [أمس](DATE:2015-08-04) [ألمانيا](LOC:germany) "
           "ثم عاد إلى [الرياض](LOC:riyadh).")
    assert _visits(src) == [(["jubeir"], "germany")]


def _legs(src: str) -> list[tuple[str, list[str], str | None, str, str | None]]:
    return [(e.label, e.attrs.participants, e.attrs.place, e.attrs.status, e.attrs.date) for e in run(src)]


@pytest.mark.parametrize("leg", ["ثم توجه إلى", "وتوجه بعدها إلى", "قبل أن يتوجه إلى", "ثم وصل إلى"])
def test_a_visit_verb_after_a_word_of_sequence_is_a_visit_of_its_own(leg: str) -> None:
    src = (f"وزار وزير الخارجية [عادل الجبير](PER:jubeir) [برلين](LOC:berlin) [أمس](DATE:2015-08-04) {leg} "
           "[موسكو](LOC:moscow).")
    assert [(p, pl) for _, p, pl, _, _ in _legs(src)] == [(["jubeir"], "berlin"), (["jubeir"], "moscow")]


def test_each_leg_has_its_own_status_and_date() -> None:
    src = ("ووصل وزير الخارجية [عادل الجبير](PER:jubeir) إلى [برلين](LOC:berlin) [أمس](DATE:2015-08-04)، "
           "ومنها سيتوجه [غدا](DATE:2015-08-06) إلى [موسكو](LOC:moscow).")
    assert _legs(src) == [("VISIT", ["jubeir"], "berlin", "happened", "2015-08-04"),
                          ("VISIT", ["jubeir"], "moscow", "planned", "2015-08-06")]


def test_a_host_stays_with_his_leg_and_a_meeting_on_the_last_leg_is_held_there() -> None:
    hosted = ("وزار وزير الخارجية [عادل الجبير](PER:jubeir) [برلين](LOC:berlin) [أمس](DATE:2015-08-04) حيث "
              "استقبله [أنجيلا ميركل](PER:merkel) ثم توجه إلى [موسكو](LOC:moscow).")
    assert [(p, pl) for lb, p, pl, _, _ in _legs(hosted) if lb == "VISIT"] == [
        (["jubeir", "merkel"], "berlin"), (["jubeir"], "moscow")]
    met = ("وزار وزير الخارجية [عادل الجبير](PER:jubeir) [برلين](LOC:berlin) [أمس](DATE:2015-08-04)، ثم توجه "
           "إلى [موسكو](LOC:moscow) حيث التقى [سيرغي لافروف](PER:lavrov).")
    assert sorted((lb, p, pl) for lb, p, pl, _, _ in _legs(met)) == [
        ("MEET", ["jubeir", "lavrov"], "moscow"), ("VISIT", ["jubeir"], "berlin"),
        ("VISIT", ["jubeir", "lavrov"], "moscow")]


def test_a_place_within_the_state_visited_is_no_new_leg() -> None:
    src = ("وزار وزير الخارجية [عادل الجبير](PER:jubeir) [السعودية](LOC:saudi_arabia) [أمس](DATE:2015-08-04) "
           "ثم وصل إلى [الرياض](LOC:riyadh).")
    assert [(p, pl) for _, p, pl, _, _ in _legs(src)] == [(["jubeir"], "saudi_arabia")]


def test_a_meeting_after_a_word_of_sequence_is_no_leg() -> None:
    src = ("وزار وزير الخارجية [عادل الجبير](PER:jubeir) [برلين](LOC:berlin) [أمس](DATE:2015-08-04) ثم التقى "
           "[أنجيلا ميركل](PER:merkel).")
    assert sorted((lb, pl) for lb, _, pl, _, _ in _legs(src)) == [("MEET", "berlin"), ("VISIT", "berlin")]
