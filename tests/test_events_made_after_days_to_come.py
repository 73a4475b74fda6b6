"""A perfect verb takes no day to come from the sentence before (round 41, events-dev 13104: «ومن
المقرر أن يصل بخاري غدًا إلى بنين. وتأتي جولة بخاري بعد أن زار واشنطن والتقى الرئيس الأميركي»: the
Washington visit was made, not planned for tomorrow; 30396 likewise)."""

from __future__ import annotations

from tests.test_events_units import run

_TO_COME = "ومن المقرر أن يصل [خالد المنصور](PER:k) [غدًا](DATE:2015-08-01) إلى [عمان](LOC:a). "


def _dated(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.label, e.attrs.status, e.attrs.date) for e in run(text, "2015-07-31")]


def test_a_visit_made_after_a_sentence_of_tomorrow_is_made_that_day() -> None:
    got = _dated(_TO_COME + "وتأتي جولته بعد أن زار [باريس](LOC:p) والتقى الرئيس [سامي العتيبي](PER:s).")
    assert ("VISIT", "planned", "2015-08-01") in got
    assert ("MEET", "happened", "2015-07-31") in got


def test_a_past_day_before_still_dates_a_perfect_verb() -> None:
    got = _dated("وصل [خالد المنصور](PER:k) [أمس](DATE:2015-07-30) إلى [عمان](LOC:a). والتقى الرئيس "
                 "[سامي العتيبي](PER:s).")
    assert ("MEET", "happened", "2015-07-30") in got
