"""An event with no date of its own takes the day of the article's first dated past event, else
the day of the report (issue 15): «التقى X Y أمس … كما التقى X Z» met Z on that day too."""

from __future__ import annotations

from tests.test_events_units import run


def test_an_undated_event_takes_the_first_dated_past_events_day() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) في [موسكو](LOC:moscow) [أمس](DATE:2015-08-10) "
              "[سيرغي لافروف](PER:lavrov). وأكد الوزير أهمية العلاقات الثنائية. "
              "كما التقى [عادل الجبير](PER:jubeir) [ميخائيل بوغدانوف](PER:bogdanov).",
              published="2015-08-11")
    dates = {tuple(e.attrs.participants): e.attrs.date for e in evs if e.label == "MEET"}
    assert dates == {("jubeir", "lavrov"): "2015-08-10", ("jubeir", "bogdanov"): "2015-08-10"}


def test_with_no_dated_event_the_report_gives_the_day() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) [سيرغي لافروف](PER:lavrov).", published="2015-08-11")
    assert [e.attrs.date for e in evs if e.label == "MEET"] == ["2015-08-11"]


def test_an_undated_event_before_the_first_dated_one_takes_the_reports_day() -> None:
    evs = run("التقى [عادل الجبير](PER:jubeir) [سيرغي لافروف](PER:lavrov). وفي [روما](LOC:rome) التقى "
              "[عادل الجبير](PER:jubeir) [2015-08-09](DATE:2015-08-09) [باولو جنتيلوني](PER:gentiloni).",
              published="2015-08-11")
    dates = {tuple(e.attrs.participants): e.attrs.date for e in evs if e.label == "MEET"}
    assert dates == {("jubeir", "lavrov"): "2015-08-11", ("jubeir", "gentiloni"): "2015-08-09"}


def test_an_undated_event_in_a_story_of_years_gone_takes_no_reports_day() -> None:
    """Round 53 (outside audit): the last date told before the event is a year two or more before
    the page (a history of 1990): the text gives the event no day, and the page's day is not it."""
    evs = run("وفي [1990](DATE:1990) غزا العراق الكويت. فبدأت الرحلات نحو [القاهرة](LOC:cairo) التي التقى "
              "فيها [فهد بن عبدالعزيز](PER:fahd) الرئيس [حسني مبارك](PER:mubarak).", published="2015-08-02")
    assert [e.attrs.date for e in evs if e.label == "MEET"] == [None]
    evs = run("وفي [2014](DATE:2014) غزا العراق الكويت. فبدأت الرحلات نحو [القاهرة](LOC:cairo) التي التقى "
              "فيها [فهد بن عبدالعزيز](PER:fahd) الرئيس [حسني مبارك](PER:mubarak).", published="2015-08-02")
    assert [e.attrs.date for e in evs if e.label == "MEET"] == ["2015-08-02"]
