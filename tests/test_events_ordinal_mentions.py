"""A mention that is only an ordinal word is no name (issue 15, events-dev-fresh6): the tagger and
the linker read «الثاني» of «النائب الثاني لرئيس مجلس الوزراء» (or of «تشرين الثاني») as the king
named «عبدالله الثاني» earlier, and the visit went to the king instead of the visitor."""

from __future__ import annotations

import pytest

from marsad.events.context import build_context
from marsad.events.rounds import ordinal_word
from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_events_units import marked, run

_UNITS = [r for r in load_table("event_ordinals") if r["kind"] == "unit"]


@pytest.mark.parametrize("row", _UNITS, ids=lambda r: r["form"])
def test_each_unit_ordinal_is_an_ordinal_word(row: dict[str, str]) -> None:
    assert ordinal_word(normalize(row["form"]))


@pytest.mark.parametrize("word", ["عبدالله", "الأمير", "ثاني", "الثنيان", "الأولمبي"])
def test_names_and_other_words_are_no_ordinal(word: str) -> None:
    assert not ordinal_word(normalize(word))


def test_the_context_leaves_out_a_one_word_ordinal_mention_but_keeps_a_regnal_name() -> None:
    art = marked("وأكد الملك [عبدالله الثاني](PER:abdullah) الموقف. وفي نوفمبر (تشرين "
                 "[الثاني](PER:abdullah) وصل الوفد.")
    names = [m.slice(art.text) for m in build_context(art).mentions]
    assert names == ["عبدالله الثاني"]


def test_the_visitor_is_the_deputy_named_after_the_ordinal_not_the_king() -> None:
    evs = run("استقبل الملك [عبدالله الثاني](PER:abdullah) الوفد. واهتمت وسائل الإعلام بزيارة ولي ولي "
              "العهد النائب [الثاني](PER:abdullah) لرئيس مجلس الوزراء وزير الدفاع الأمير "
              "[محمد بن سلمان](PER:mbs) إلى [الأردن](LOC:jordan).")
    visits = [e.attrs for e in evs if e.label == "VISIT"]
    assert [v.roles.get("mbs") for v in visits] == ["guest"]
    assert all(v.roles.get("abdullah") != "guest" for v in visits)
