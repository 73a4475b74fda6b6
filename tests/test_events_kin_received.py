"""A family received (issue 15, precision; docs/realtext-annotation.md: «a group named only by its
relation to a person («أسرة الشيخ …») are not events», «a family received for condolence … is
none»): a verb of receiving whose object, right after a comma, a time word, the host's name or
the verb, is a family noun tells no event; a reception of a named guest after a family word
elsewhere in the sentence still does."""

from __future__ import annotations

from tests.test_events_units import run


def _types(evs: list) -> list[str]:
    return [e.label for e in evs]


def test_a_family_received_after_a_comma_is_no_meeting() -> None:
    evs = run("استقبل أمير المنطقة [فيصل بن خالد](PER:faisal) في مكتبه بالإمارة، أسرة الشيخ "
              "[سعيد العطيان](PER:saeed).", "2015-07-30")
    assert "MEET" not in _types(evs)


def test_a_family_received_after_a_time_word_is_no_meeting() -> None:
    evs = run("كما استقبل أمير المنطقة [فيصل بن خالد](PER:faisal) [أمس](DATE:2015-08-03) أسرة شيخ "
              "القبائل [سعيد العطيان](PER:saeed).", "2015-08-04")
    assert "MEET" not in _types(evs)


def test_a_named_guest_is_still_received() -> None:
    evs = run("استقبل أمير المنطقة [فيصل بن خالد](PER:faisal) [أمس](DATE:2015-08-03) وزير الخارجية "
              "[عادل الجبير](PER:jubeir) الذي نقل تعازي القيادة إلى أسرة الفقيد.", "2015-08-04")
    assert _types(evs) == ["MEET"]
