"""Two visitors who will visit together take the imperfect in the dual (round 36, `event_triggers.tsv`
rows يزوران, تزوران, يصلان, تصلان): «سيزوران طهران» is a visit by both, and, as every verb of the
table, the dual is no last word of the name before it («[وليد المعلم سيزوران]» was one name)."""

from __future__ import annotations

import pytest

from marsad.ner.consistency import Chunk
from marsad.ner.person_acts import drop_trailing_acts
from tests.test_events_units import run
from tests.test_ner_participants import norms_of, signs, spans


@pytest.mark.parametrize("verb", ["سيزوران", "يزوران", "ستزوران", "سيصلان إلى"])
def test_two_visitors_in_the_dual_visit_together(verb: str) -> None:
    src = (f"وقال مصدر إن [عادل الجبير](PER:jubeir) و[سامح شكري](PER:shoukry) {verb} [طهران](LOC:tehran) "
           "قريبا لبحث المبادرة.")
    evs = [(e.label, e.attrs.participants, e.attrs.place, e.attrs.status) for e in run(src)]
    assert evs == [("VISIT", ["jubeir", "shoukry"], "tehran", "planned")]


@pytest.mark.parametrize("word", ["سيزوران", "ستزوران", "سيصلان"])
def test_a_dual_in_the_future_at_the_end_of_a_persons_name_is_cut(word: str) -> None:
    norms = norms_of(f"ووزير الخارجية سامح شكري {word} طهران")
    assert spans(drop_trailing_acts(norms, [Chunk(2, 5, "PER", 0.9)], signs())) == [(2, 4, "PER")]
