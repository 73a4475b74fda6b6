"""Visit verbs in the imperfect third person plural («سيتوجهون إلى», «يصلون إلى»: rows of
lang/ar/event_triggers.tsv) and their doers: a group the speaker speaks of, never the speaker
(`completed_parties._third_plural`): «وأشار X إلى أن ممثلين عن مجموعة ميديف سيتوجهون إلى إيران»
is a visit of the group (the events-dev gold keys the body the representatives stand for), not
of X."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_PLURAL = [r["form"] for r in load_table("event_triggers")
           if r["type"] == "VISIT" and r["form"].endswith("ون")]


@pytest.mark.parametrize("form", _PLURAL)
def test_representatives_going_to_a_country_are_their_body_s_visit(form: str) -> None:
    evs = run(f"وأشار [فابيوس](PER:fabius) إلى أن ممثلين عن مجموعة [ميديف](ORG:medef) س{form} إلى "
              "[إيران](LOC:iran) في سبتمبر.", published="2015-07-22")
    assert labelled_parties(evs) == [("VISIT", ["medef"])]


def test_a_plural_visit_verb_never_takes_the_speaker() -> None:
    evs = run("وأشار [فابيوس](PER:fabius) إلى أن رجال أعمال سيتوجهون إلى [إيران](LOC:iran) في سبتمبر.",
              published="2015-07-22")
    assert all("fabius" not in ps for _, ps in labelled_parties(evs))
