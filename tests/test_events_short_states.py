"""A state's bare head («المملكة», «السلطنة») is the one state of that head the article names in
full, and none when a sentence tells the two apart (`events.short_states`, issue 15, round 31)."""

from __future__ import annotations

from tests.test_events_units import run


def _parties(src: str) -> list[list[str]]:
    return sorted(e.attrs.participants for e in run(src) if e.label in ("AGREE", "MEET"))


def test_the_bare_kingdom_after_the_full_name_is_that_state() -> None:
    found = _parties("زار [المملكة العربية السعودية](LOC:saudi_arabia) وفد. "
                     "واتفقت [المملكة](LOC:kingdom) مع [النيجر](LOC:niger) على تعزيز التعاون.")
    assert found == [["saudi_arabia", "niger"]]


def test_the_bare_sultanate_after_the_full_name_is_oman() -> None:
    found = _parties("رحبت [سلطنة عمان](LOC:oman) بالقرار. "
                     "واتفقت [السلطنة](LOC:sultanate) مع [إيران](LOC:iran) على تعزيز التعاون.")
    assert found == [["oman", "iran"]]


def test_with_no_full_name_the_bare_kingdom_stays_as_it_was() -> None:
    found = _parties("واتفقت [المملكة](LOC:kingdom) مع [النيجر](LOC:niger) على تعزيز التعاون.")
    assert found == [["kingdom", "niger"]]


def test_a_kingdom_named_beside_the_bare_head_is_not_it() -> None:
    found = _parties("وأكد البيان العلاقات التي تربط [المملكة](LOC:kingdom)، "
                     "و[المملكة الأردنية الهاشمية](LOC:jordan). "
                     "واتفقت [المملكة](LOC:kingdom) مع [المغرب](LOC:morocco) على تعزيز التعاون.")
    assert found == [["kingdom", "morocco"]]
