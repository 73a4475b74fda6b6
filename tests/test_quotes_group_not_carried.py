"""A singular verb without a subject is never an unnamed group of men carried on (issue 15,
round 33): «وقال مغردون إن …» then «وأضاف: "…"» is one man again, the last person who agrees
with the verb, not the group (which would take «وأضافوا»); a plural verb is the group's still."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def said(src: str) -> list[tuple[str | None, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(q.attrs.speaker, q.attrs.speaker_text) for q in art.layer("quotes")]


_START = "وقال الكاتب [سعد الفهد](PER:saad) إن المقال لم يقصد أحدا. وقال مغردون إن المقال مسيء. "


def test_a_singular_verb_skips_the_group() -> None:
    got = said(_START + 'وأضاف: "لم أقصد الإساءة لأحد".')
    assert [s for s, _ in got] == ["saad", None, "saad"]


def test_a_plural_verb_goes_on_with_the_group() -> None:
    got = said(_START + "وأضافوا أن الكاتب يجب أن يعتذر.")
    assert got[-1][0] is None  # the group, not the writer named before it
