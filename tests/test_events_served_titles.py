"""A title with the lam of the one served written on it, after the holder's own title, is the
principal's, not the holder's (issue 15, round 35 fresh-text audit: «ويعين X سكرتيرا خاصا لولي
العهد», and later «استقبل خادم الحرمين الشريفين ولي عهد المملكة المتحدة» taken for X)."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.office_phrases import office_phrase_heads
from tests.test_events_units import marked, run


def _heads(text: str) -> frozenset[str]:
    ctx = build_context(marked(text + "."))
    return office_phrase_heads(ctx.sentences[0].words)


def test_the_served_title_heads_no_office_of_the_holder() -> None:
    assert "ولي" not in _heads("سكرتيرا خاصا لولي العهد")
    assert "رئيس" not in _heads("النائب الثاني لرئيس مجلس الوزراء")
    assert "سكرتير" in _heads("سكرتيرا خاصا لولي العهد")


def test_the_title_alone_heads_its_office() -> None:
    assert "ولي" in _heads("ولي العهد")


def test_the_principal_said_later_is_not_the_secretary() -> None:
    evs = run("ويعين [سامي العتيبي](PER:sami) سكرتيرا خاصا لولي العهد بمرتبة وزير. وفي يوم "
              "الثلاثاء استقبل خادم الحرمين الشريفين ولي عهد [المملكة المتحدة](LOC:uk).")
    assert all("sami" not in e.attrs.participants for e in evs)
