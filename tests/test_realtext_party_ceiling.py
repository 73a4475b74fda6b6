"""`benchmarks.realtext.party_ceiling` counts the dev gold events whose every party has a predicted
mention, names each unnamed party's kind, and never reads a test or held-out row."""

from __future__ import annotations

from benchmarks.realtext import events_dev
from benchmarks.realtext.gold import Event, GoldArticle, Mention, build_units
from benchmarks.realtext.measure import Pair
from benchmarks.realtext.party_ceiling import Unnamed, count, party_kind

CONTENT = "استقبل الملك سلمان وفد أميركي في الرياض.\n"


def _span(word: str) -> tuple[int, int]:
    return CONTENT.index(word), CONTENT.index(word) + len(word)


def _article(line: int, split: str, stratum: str) -> GoldArticle:
    art = GoldArticle(
        line=line, source="spa", split=split, stratum=stratum, region_end=len(CONTENT),
        record={"content": CONTENT, "title": "t"}, title_hash=None, published=[None],
        segments=[(0, len(CONTENT) - 1, "body")],
        mentions=[Mention(*_span("سلمان"), "PER", "salman"), Mention(*_span("وفد أميركي"), "ORG", "usa")],
        neutral=[], timexes=[], quotes=[],
        events=[Event((0, 6), "MEET", ("salman", "usa"), None, (None,), "happened")],
    )
    build_units(art)
    return art


SALMAN = {"start": _span("سلمان")[0], "end": _span("سلمان")[1], "entity": "e1"}


def test_counts_dev_events_with_an_unnamed_party_by_its_kind() -> None:
    held = sorted(events_dev.HELD_OUT_STRATA)[0]
    found = [(Pair(_article(n, split, stratum), {"id": str(n), "mentions": [SALMAN]}, 0), [SALMAN])
             for n, split, stratum in ((1, "dev", "events-dev"), (2, "test", "random"), (3, "dev", held))]
    rows: list[Unnamed] = []
    by = count(found, rows)
    assert set(by) == {"events-dev"}  # the test and held-out rows never read
    c = by["events-dev"]
    assert (c["events"], c["near"], c["description"]) == (1, 0, 1)
    assert [(r.line, r.key, r.kind) for r in rows] == [(1, "usa", "description")]


def test_a_party_named_by_any_span_over_its_gold_mention_counts_as_named() -> None:
    usa = {"start": _span("أميركي")[0], "end": _span("أميركي")[1], "entity": "e2"}
    found = [(Pair(_article(1, "dev", "events-dev"), {"id": "1", "mentions": [SALMAN, usa]}, 0), [SALMAN])]
    by = count(found, [])
    assert (by["events-dev"]["near"], by["events-dev"]["tagger near"]) == (1, 0)  # named by the events step


def test_party_kinds() -> None:
    def kind(text: str, typ: str, bare: bool = False) -> str:
        return party_kind(text, Mention(0, len(text), typ, "k"), bare)

    assert kind("مجموعة العمل الدولية", "ORG") == "group"
    assert kind("5 + 1", "ORG") == "group"
    assert kind("المسؤولين الجزائريين", "ORG") == "description"
    assert kind("شركة صدارة للكيميائيات", "ORG") == "company"
    assert kind("لجنة حقوق الانسان العربية", "ORG") == "body"
    assert kind("الرئيس اليمني", "PER") == "office (person)"
    assert kind("السفير الأميركي السابق", "ORG") == "office (state)"
    assert kind("بخاري", "PER") == "person"
    assert kind("بخاري", "PER", bare=True) == "no entity"
