"""A place told after the event (issue 15, place): an event that names no place takes the one a
later sentence gives to a noun or verb of its type that tells no event of its own («وجرت مراسم
توقيع الاتفاق بالخرطوم»), up to the next event of that type; not one in a quotation, nor where
the later sentences name two places."""

from __future__ import annotations

from tests.test_events_units import run

_SIGNED = ("أبرمت [الحكومة السودانية](ORG:sudan) [يوم الأربعاء](DATE:2015-07-29) اتفاقا في مجال التعدين "
           "مع [شركة سيبيريا](ORG:siberia). ")


def _places(evs: list) -> list[tuple[str, str | None]]:
    return [(e.label, e.attrs.place) for e in evs]


def test_the_ceremony_told_after_gives_the_place() -> None:
    evs = run(_SIGNED + "وجرت مراسم توقيع الاتفاق التاريخي بالقصر الرئاسي [بالخرطوم](LOC:khartoum).",
              "2015-07-30")
    assert _places(evs) == [("AGREE", "khartoum")]


def test_a_verb_with_no_doer_told_after_gives_the_place() -> None:
    evs = run(_SIGNED + "ووقع الاتفاقية التي جرت بمقر الوزارة [بالخرطوم](LOC:khartoum) وزير المعادن.",
              "2015-07-30")
    assert _places(evs) == [("AGREE", "khartoum")]


def test_a_place_in_a_quotation_is_another_happening() -> None:
    evs = run(_SIGNED + "وقال الوزير: «نحن على علم بالاتفاقات في [القاهرة](LOC:cairo) حول اليمن».",
              "2015-07-30")
    assert _places(evs) == [("AGREE", None)]


def test_another_event_of_the_type_keeps_its_own_place() -> None:
    evs = run(_SIGNED + "ووقعت [الحكومة السودانية](ORG:sudan) اتفاقا آخر مع [شركة قطرية](ORG:qco) "
              "[أمس](DATE:2015-07-29) في [الدوحة](LOC:doha).", "2015-07-30")
    assert _places(evs) == [("AGREE", None), ("AGREE", "doha")]
