"""A verb row of event_triggers.tsv never matches a word carrying the article: «للبحث والاستكشاف»,
«البحث العلمي» are research, the verbal noun, not «بحث X مع Y» (issue 15, precision: a contract
«للبحث والاستكشاف مع شركات نفط» read as talks); the bare verb and «لبحث» (to discuss) stay."""

from __future__ import annotations

import pytest

from marsad.events.triggers import find_triggers
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run

_VERBS = sorted({r["form"] for r in load_table("event_triggers")
                 if r["pos"] == "verb" and " " not in r["form"]})


@pytest.mark.parametrize("form", _VERBS)
@pytest.mark.parametrize("article", ["ال", "لل"])
def test_no_verb_row_reads_a_word_with_the_article(form: str, article: str) -> None:
    words = words_of(f"وتحدث عن {article}{form} مع الوفد")
    assert not [t for t in find_triggers(words) if t.row.pos == "verb"]


def test_research_with_companies_is_no_meeting() -> None:
    assert run("وانتهت [مصر](LOC:eg) من توقيع عقود للبحث والاستكشاف مع شركات نفط عالمية مثل "
               "[بي بي](ORG:bp).") == []
    assert run("وتتولى [أرامكو](ORG:ar) أعمال البحث والتنقيب مع [شل](ORG:sh) في المنطقة.") == []


def test_the_verb_and_its_purpose_form_stay() -> None:
    assert labelled_parties(run("وبحث [خالد العلي](PER:k) مع [سعد الفهد](PER:s) العلاقات الثنائية.")) \
        == [("MEET", ["k", "s"])]
    assert labelled_parties(run("والتقى الوزير [خالد العلي](PER:k) نظيره [سعد الفهد](PER:s) لبحث "
                                "العلاقات الثنائية.")) == [("MEET", ["k", "s"])]
