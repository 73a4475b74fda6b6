"""Round 42's ruling (docs/realtext-annotation.md): where the article names the Iran deal's sides
elsewhere («بعد الاتفاق النووي في فيينا بين إيران ومجموعة 5+1»), the agreement told with one side
named and the other described («أبرمته الدول الكبرى مع إيران») is keyed to both
(events/deal_sides.py); an article with two deals of the lone side adds none."""

from __future__ import annotations

from tests.test_events_units import run


def _agreements(evs: list) -> list[list[str]]:
    return [sorted(e.attrs.participants) for e in evs if e.label == "AGREE"]


_SIDES = ("وتأتي الجولة بعد الاتفاق النووي في [فيينا](LOC:vienna) بين [إيران](LOC:iran) "
          "و[مجموعة 5+1](ORG:p5). ")


def test_the_lone_side_takes_the_other_side_the_article_names() -> None:
    text = _SIDES + ("ويسعى الوزير إلى طمأنة الحلفاء بشأن الاتفاق الذي أبرمته الدول الكبرى مع "
                     "[إيران](LOC:iran) في 14 يوليو.")
    assert _agreements(run(text)) == [["iran", "p5"]]


def test_two_deals_of_the_lone_side_add_none() -> None:
    text = _SIDES + ("وكان الاتفاق العسكري بين [إيران](LOC:iran) و[روسيا](LOC:russia) قد أثار القلق. "
                     "ويسعى الوزير إلى طمأنة الحلفاء بشأن الاتفاق الذي أبرمته الدول الكبرى مع "
                     "[إيران](LOC:iran) في 14 يوليو.")
    assert ["iran", "p5"] not in _agreements(run(text))


def test_without_sides_named_the_lone_side_stays_alone() -> None:
    text = ("ويسعى الوزير إلى طمأنة الحلفاء بشأن الاتفاق الذي أبرمته الدول الكبرى مع "
            "[إيران](LOC:iran) في 14 يوليو.")
    assert _agreements(run(text)) == [["iran"]]
