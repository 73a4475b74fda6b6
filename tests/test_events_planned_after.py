"""A planned event told after a dated past one keeps its own status: «استقبل X أمس Y. وسيلتقي Y Z»
is a meeting to come, not one held on the day the sentence before told (issue 15: «MEET ... marked
happened although the text says next month»). A past event there still takes that day."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "[أمس](DATE:2015-08-09)"


def _told(src: str) -> list[tuple[str, list[str], str | None, str | None]]:
    return [(e.label, e.attrs.participants, e.attrs.status, e.attrs.date) for e in run(src, "2015-08-10")]


def test_a_meeting_to_come_after_a_dated_reception_stays_planned() -> None:
    evs = _told(f"واستقبل [محمد بن سلمان](PER:mbs) {_DAY} [جون كيري](PER:kerry) في الرياض. "
                "وسيلتقي [جون كيري](PER:kerry) [عادل الجبير](PER:jubeir).")
    assert evs == [("MEET", ["mbs", "kerry"], "happened", "2015-08-09"),
                   ("MEET", ["kerry", "jubeir"], "planned", None)]


def test_a_visit_to_come_after_a_dated_arrival_stays_planned() -> None:
    evs = _told(f"وصل [جون كيري](PER:kerry) إلى الرياض مساء {_DAY}. "
                "وسيزور [جون كيري](PER:kerry) [الكويت](LOC:kuwait).")
    assert [(lab, st, d) for lab, _, st, d in evs] == [("VISIT", "planned", None)]


def test_a_past_meeting_after_a_dated_arrival_takes_that_day() -> None:
    evs = _told(f"وصل [جون كيري](PER:kerry) إلى الرياض مساء {_DAY}. "
                "والتقى [جون كيري](PER:kerry) [عادل الجبير](PER:jubeir).")
    assert evs == [("MEET", ["kerry", "jubeir"], "happened", "2015-08-09")]
