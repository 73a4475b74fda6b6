"""A meeting that names no place takes the place of the visit it is held in (issue 15): the
visitor is a party, the two told alike and dated the same, or the meeting still to come, undated,
within a visit made on the report's day or the day before; a meeting on another day, one to come
on a day of its own after a visit made, or one without the visitor keeps no place."""

from __future__ import annotations

from tests.test_events_units import run

_VISIT = ("وصل ولي ولي العهد الأمير [محمد بن سلمان](PER:mbs) إلى [عمّان](LOC:amman) "
          "[أمس](DATE:2015-08-04) في زيارة رسمية. ")


def _places(evs: list) -> list[tuple[str, str | None]]:
    return [(e.label, e.attrs.place) for e in evs]


def test_a_meeting_with_the_visitor_that_day_is_held_where_the_visit_is() -> None:
    evs = run(_VISIT + "وعقد الملك [عبدالله الثاني](PER:abdullah) اجتماعاً مع سمو الأمير "
              "[محمد بن سلمان](PER:mbs).", "2015-08-05")
    assert _places(evs) == [("VISIT", "amman"), ("MEET", "amman")]


def test_a_meeting_with_a_place_of_its_own_keeps_it() -> None:
    evs = run(_VISIT + "والتقى [محمد بن سلمان](PER:mbs) الملك [عبدالله الثاني](PER:abdullah) في "
              "[العقبة](LOC:aqaba).", "2015-08-05")
    assert _places(evs) == [("VISIT", "amman"), ("MEET", "aqaba")]


def test_a_meeting_without_the_visitor_takes_no_place() -> None:
    evs = run(_VISIT + "وعقد الملك [عبدالله الثاني](PER:abdullah) اجتماعاً مع الرئيس "
              "[محمود عباس](PER:abbas).", "2015-08-05")
    assert _places(evs) == [("VISIT", "amman"), ("MEET", None)]


def test_a_meeting_on_another_day_or_still_to_come_takes_no_place() -> None:
    evs = run(_VISIT + "وكان [محمد بن سلمان](PER:mbs) قد التقى الملك [عبدالله الثاني](PER:abdullah) "
              "[في مارس الماضي](DATE:2015-03).", "2015-08-05")
    assert _places(evs) == [("VISIT", "amman"), ("MEET", None)]
    evs = run(_VISIT + "وسيلتقي [محمد بن سلمان](PER:mbs) الرئيس [باراك أوباما](PER:obama) "
              "[الشهر المقبل](DATE:2015-09).", "2015-08-05")
    assert _places(evs) == [("VISIT", "amman"), ("MEET", None)]


def test_a_meeting_to_come_within_a_visit_under_way_is_held_there() -> None:
    # events-dev: «بدأ رئيس الوزراء الماليزي ... اليوم ... زيارة رسمية لبروناي ... كما سيجرى مباحثات
    # مع سلطان بروناي»: the talks are in Brunei
    evs = run(_VISIT + "كما سيجري [محمد بن سلمان](PER:mbs) مباحثات مع الملك [عبدالله الثاني](PER:abdullah).",
              "2015-08-05")
    assert _places(evs) == [("VISIT", "amman"), ("MEET", "amman")]


def test_a_meeting_to_come_after_an_older_visit_takes_no_place() -> None:
    evs = run(_VISIT + "كما سيجري [محمد بن سلمان](PER:mbs) مباحثات مع الملك [عبدالله الثاني](PER:abdullah).",
              "2015-08-09")
    assert _places(evs) == [("VISIT", "amman"), ("MEET", None)]
