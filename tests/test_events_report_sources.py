"""A report's source is no party of the event it reports (`event_cues` kind source): «طبقا
للمصادر الأميركية», «وفقا لوكالة X», «بحسب X» name where the report comes from, not who visits,
meets or signs."""

from __future__ import annotations

from tests.test_events_units import run


def _parties(evs: list, label: str) -> list[list[str]]:
    return [e.attrs.participants for e in evs if e.label == label]


def test_the_sources_after_tibqan_are_no_party_of_a_visit() -> None:
    evs = run("وصل الجنرال [أندريه لانتا](PER:lanata) إلى [عمان](LOC:amman) مساء أمس في زيارة غير معلنة "
              "طبقا للمصادر الفرنسية.")
    assert _parties(evs, "VISIT") == [["lanata"]]
    evs = run("زار رئيس الأركان الجنرال [أندريه لانتا](PER:lanata) [عمان](LOC:amman) أمس "
              "طبقا للمصادر الفرنسية.")
    assert _parties(evs, "VISIT") == [["lanata"]]


def test_a_party_named_before_tibqan_stays_a_party() -> None:
    evs = run("وقعت [الأردن](LOC:jordan) اتفاقية تعاون مع [فرنسا](LOC:france) أمس طبقا لبيان رسمي.")
    assert any(set(p) == {"jordan", "france"} for p in _parties(evs, "AGREE"))
