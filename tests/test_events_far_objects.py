"""A verb of agreeing whose object stands past a long subject of offices and names (issue 15,
events11 census: «وقع مدير جامعة الملك عبدالعزيز المكلف الأستاذ الدكتور عبدالرحمن بن عبيد
اليوبي مؤخرا اتفاقية تعاون ... مع جامعة أكسفورد»): the words of names do not count in the reach
of a `far_object` row (event_senses.tsv); other words still do. Row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_OBJECTS = [r for r in load_table("event_senses") if r["kind"] == "far_object"]


def _agreements(evs: list) -> list[list[str]]:
    return [e.attrs.participants for e in evs if e.label == "AGREE"]


@pytest.mark.parametrize("row", _OBJECTS, ids=lambda r: r["form"])
def test_names_in_the_subject_do_not_count_in_the_reach(row: dict[str, str]) -> None:
    evs = run("ووقع مدير [جامعة الملك عبدالعزيز](ORG:kau) المكلف الأستاذ الدكتور [عبدالرحمن بن عبيد اليوبي]"
              f"(PER:youbi) مؤخرا {row['form']} تعاون علمي مع [جامعة أكسفورد](ORG:oxford).")
    assert _agreements(evs) == [["youbi", "oxford"]]


@pytest.mark.parametrize("row", _OBJECTS[:1], ids=lambda r: r["form"])
def test_other_words_still_count(row: dict[str, str]) -> None:
    filler = " ".join(["الكبير"] * int(row["window"]))
    evs = run(f"ووقع الحادث {filler} بعد {row['form']} [شركة أرامكو](ORG:aramco) مع [شركة توتال](ORG:total).")
    assert [e for e in evs if e.label == "AGREE" and e.attrs.trigger == "ووقع"] == []
