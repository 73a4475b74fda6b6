"""A visit noun with no possessive pronoun in a quotation says nothing of who went: the speaker is
not taken as its visitor («وقال هادي إن زيارة الوفد إلى عدن ناجحة»); a verb or a possessive
that is the speaker's own still makes him the visitor (issue 15, round 10)."""

from __future__ import annotations

from tests.test_events_units import run


def test_a_bare_visit_noun_in_a_quotation_is_not_the_speakers_visit() -> None:
    evs = run("وقال [هادي](PER:hadi) إن زيارة الوفد إلى [عدن](LOC:aden) ناجحة.")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == []
    evs = run("ورأى اللواء [طلعت مسلم](PER:muslim) أن «زيارة ولي ولي العهد السعودي إلى [القاهرة](LOC:cairo) "
              "كانت مناسبة جيدة».")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == []


def test_the_speakers_own_visit_keeps_him() -> None:
    evs = run("وقال [هادي](PER:hadi) إنه سيزور [عدن](LOC:aden) الأسبوع المقبل.")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == [["hadi"]]
    evs = run("وقال [هادي](PER:hadi) إن زيارته إلى [عدن](LOC:aden) ناجحة.")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == [["hadi"]]


def test_a_visit_noun_naming_its_visitor_in_a_quotation_keeps_him() -> None:
    evs = run("وقال [هادي](PER:hadi) إن زيارة [بحاح](PER:bahah) إلى [عدن](LOC:aden) ناجحة.")
    assert [e.attrs.participants for e in evs if e.label == "VISIT"] == [["bahah"]]
