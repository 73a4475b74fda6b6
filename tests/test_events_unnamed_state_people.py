"""Unnamed people of a named state met by one person are that state's side (the round 39 ruling,
docs/realtext-annotation.md § Events: «التقى الوزير مسؤولين عراقيين» is a MEET of him and Iraq,
as «بحث مع المسؤولين الروس» already was): the object of a verb of meeting, with no «مع»."""

from __future__ import annotations

from tests.test_events_units import run


def _meets(src: str) -> list[list[str]]:
    return [e.attrs.participants for e in run(src, published="2015-08-04") if e.label == "MEET"]


def test_officials_of_a_state_met_as_the_object_of_the_verb() -> None:
    assert _meets("والتقى الوزير [سامي الهادي](PER:sami) أمس مسؤولين عراقيين في بغداد.") == [["sami", "iraq"]]


def test_in_a_clause_of_where_after_a_statement() -> None:
    src = ("وصرّح [سامي الهادي](PER:sami) من [بغداد](LOC:baghdad)؛ حيث التقى مسؤولين عراقيين، أن "
           "البلدين يتعاونان.")
    assert _meets(src) == [["sami", "iraq"]]


def test_officials_received_by_the_host() -> None:
    assert _meets("واستقبل [سامي الهادي](PER:sami) أمس المسؤولين الروس في مكتبه.") == [["sami", "russia"]]


def test_the_visitors_own_title_names_no_side() -> None:
    # «وزير الخارجية الأمريكي»: a person's office, no state's people met
    assert _meets("والتقى وزير الخارجية الأمريكي [سامي الهادي](PER:sami) أمس.") == []
