"""A year written out after «منذ» is where a stretch begins, not the day of an event told beside it
(events/dating.py `_since_year`, `since_prep` rows of event_senses.tsv): «أول زيارة ... منذ 1959» is
this visit; a year counted back («منذ عامين»: two years ago) and a year with no «منذ» still date it."""

from __future__ import annotations

from dataclasses import replace

from marsad.model import Span
from marsad.pipeline import get_step
from tests.test_events_units import marked


def _events(src: str, patterns: dict[str, str], published: str = "2015-07-21") -> list[Span]:
    art = marked(src, published)
    art.set_layer("timexes", [replace(t, attrs=replace(t.attrs, pattern=patterns.get(t.attrs.value or "")))
                              for t in art.layer("timexes")])
    for name in ("quotes", "events"):
        get_step(name).run([art])
    return art.layer("events")


def test_a_year_after_since_dates_no_visit() -> None:
    for year in ("منذ [1959](DATE:1959)", "[منذ 1959](DATE:1959)"):
        evs = _events(f"وقام [برونو رودريغيز](PER:rodriguez) بأول زيارة إلى [واشنطن](LOC:dc) لوزير خارجية "
                      f"كوبي {year}.", {"1959": "year"})
        assert [(e.label, e.attrs.date) for e in evs] == [("VISIT", "2015-07-21")], year


def test_a_year_counted_back_or_without_since_dates_the_visit() -> None:
    evs = _events("وكان [أنور السادات](PER:sadat) قد زار [القدس](LOC:jerusalem) منذ [38 عاما](DATE:1977).",
                  {"1977": "ago"})
    assert [(e.label, e.attrs.date) for e in evs] == [("VISIT", "1977")]
    evs = _events("وكان [أنور السادات](PER:sadat) قد زار [القدس](LOC:jerusalem) عام [1977](DATE:1977).",
                  {"1977": "year"})
    assert [(e.label, e.attrs.date) for e in evs] == [("VISIT", "1977")]
