"""A unit with no count that is a length by the words around it: one whole unit («يوم كامل»),
the object of a verb of lasting («تستمر أسبوعا», «استمرت سنوات»), a plural after a frame of
length («خلال ساعات من بدء») or after «ل» with a particle next («لسنوات قبل أن»); a plural in
construct («يقضي أيام العيد», «خلال أيام العيد») stays no time. Every `complete`, `lasting` and
`plural_length` cue row of date_cues.tsv is tried."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

MONDAY = date(2015, 7, 20)
CUES = load_table("date_cues")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, MONDAY)]


@pytest.mark.parametrize("word", [r["word"] for r in CUES if r["kind"] == "complete"])
def test_one_whole_unit(word: str) -> None:
    assert found(f"وقضى يوم {word} في السوق") == [("يوم", "DURATION", "P1D")]


@pytest.mark.parametrize("verb", [r["word"] for r in CUES if r["kind"] == "lasting"])
def test_the_object_of_a_verb_of_lasting(verb: str) -> None:
    assert found(f"وقد {verb} أسبوعا في المدينة") == [("أسبوعا", "DURATION", "P1W")]
    assert found(f"وقد {verb} سنوات في المدينة") == [("سنوات", "DURATION", "PXY")]
    assert found(f"وقد {verb} أيام العيد في المدينة") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("خلال ساعات من بدء تلك المعارك", [("ساعات", "DURATION", "PTXH")]),
    ("أنشطة ستستمر على مدى أيام» مضيفة", [("أيام", "DURATION", "PXD")]),
    ("كسر المقاتلون أشهرًا من الجمود", [("أشهرًا", "DURATION", "PXM")]),
    ("في الساعات الأربع والعشرين الماضية", [("الساعات الأربع والعشرين الماضية", "DURATION", "PT24H")]),
    ("ما بين العشرين والثلاثين سنة المقبلة", [("الثلاثين سنة المقبلة", "DURATION", "P30Y")]),
    ("خلال أيام العيد", []),
    ("خلال سنوات عمله الطويلة", []),
    ("وقامت الشركة بعقد كامل للتصميم", []),  # a whole contract
])
def test_bare_lengths(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


PARTICLES = ["في", "قبل", "بعد", "ضد", "حتى", "دون", "على", "مع", "إلى", "عن", "ثم", "من"]


@pytest.mark.parametrize("word", PARTICLES)
def test_a_particle_after_a_plural_with_lam(word: str) -> None:
    assert word in {r["word"] for r in CUES if r["kind"] == "plural_length"}
    assert found(f"واستمرت الاحتجاجات لأسابيع {word} الحكومة")[0][1:] == ("DURATION", "PXW")


@pytest.mark.parametrize("verb", [r["word"] for r in CUES if r["kind"] == "elapse"])
@pytest.mark.parametrize("after", [r["word"] for r in CUES if r["kind"] in ("complete", "one_after")
                                   and r["word"].endswith(("ل", "لا", "د", "دا"))])
def test_a_decade_passed_or_reached(verb: str, after: str) -> None:
    """A verb of passing or reaching (`elapse`) before a singular unit with a whole or «one» word after
    it: a length, «عقد» a decade and not a contract («فقد مر عقد كامل على», «يبلغ عقدا واحدا»)."""
    noun = "عقدا" if after.endswith("ا") else "عقد"
    assert found(f"وقد {verb} {noun} {after} على الإعلان") == [(noun, "DURATION", "P10Y")]


@pytest.mark.parametrize("text", [
    "وقع اللاعب بعقد كامل مع النادي",  # a whole contract
    "ووقع اللاعب عقدا واحدا مع النادي",  # one contract signed: no verb of passing before it
    "وبلغت قيمة العقد الواحد مليون ريال",
])
def test_a_contract_stays_no_decade(text: str) -> None:
    assert found(text) == []
