"""The day of a saying is not the day of what is said (issue 15, round 26): a timex before the
complementizer that opens an event's clause («قال X أمس إن ...») dates the event only where the
clause names no day of its own and its trigger is no perfect verb."""

from __future__ import annotations

import pytest

from tests.test_events_units import run

_PAGE = "2015-08-08T08:00:00"


def _dated(src: str) -> list[tuple[str, str | None]]:
    return sorted((e.label, e.attrs.date) for e in run(src, _PAGE))


@pytest.mark.parametrize("that", ["إن", "بأن"])
def test_a_visit_made_before_the_saying_takes_not_its_day(that: str) -> None:
    src = (f"وقال مصدران [أمس الجمعة](DATE:2015-08-07) {that} القائد [قاسم](PER:qasem) زار "
           "[روسيا](LOC:russia) في خرق للحظر.")
    assert _dated(src) == [("VISIT", "2015-08-08")]  # the page's day, as any undated happened visit


def test_the_visit_told_again_with_its_day_is_one_visit() -> None:
    src = ("وقال مصدران [أمس الجمعة](DATE:2015-08-07) إن القائد [قاسم](PER:qasem) زار [روسيا](LOC:russia). "
           "وأضافا أن [قاسم](PER:qasem) وصل إلى [موسكو](LOC:moscow) [يوم 24 يوليو](DATE:2015-07-24).")
    evs = run(src, _PAGE)
    # the country its first report names as visited stays the place (events-dev-fresh9 25542: russia)
    assert [(e.label, e.attrs.place, e.attrs.date) for e in evs] == [("VISIT", "russia", "2015-07-24")]


def test_the_clause_own_day_wins_over_the_saying() -> None:
    src = ("أعلن الوزير [فابيوس](PER:fabius) [امس](DATE:2015-07-21) انه سيتوجه الى [ايران](LOC:iran) "
           "[الاسبوع المقبل](DATE:2015-W31) حيث سيلتقي الرئيس [روحاني](PER:rouhani).")
    assert _dated(src) == [("MEET", "2015-W31"), ("VISIT", "2015-W31")]


def test_an_announced_journey_keeps_the_day_of_the_announcement() -> None:
    src = ("أعلن الديوان [اليوم](DATE:2015-07-30) أن الأمير [محمد](PER:mbs) سيغادر إلى [مصر](LOC:egypt) "
           "في زيارة عمل يلتقي خلالها الرئيس [السيسي](PER:sisi).")
    assert _dated(src) == [("MEET", "2015-07-30"), ("VISIT", "2015-07-30")]


def test_a_day_after_the_complementizer_is_the_event_own() -> None:
    src = "وقال المتحدث إن الوزير [خالد](PER:khalid) زار [باريس](LOC:paris) [أمس](DATE:2015-08-07)."
    assert _dated(src) == [("VISIT", "2015-08-07")]


def test_an_adverbial_clause_is_no_saying() -> None:
    src = ("وصل الوزير [خالد](PER:khalid) [أمس](DATE:2015-08-07) إلى [باريس](LOC:paris) بعد أن التقى "
           "الرئيس [علي](PER:ali).")
    assert ("MEET", "2015-08-07") in _dated(src)
