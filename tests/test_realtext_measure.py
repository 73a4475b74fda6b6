"""The real-text scorer on hand-made gold and predictions: what counts as right, what does not."""

from __future__ import annotations

from typing import Any

from benchmarks.realtext.gold import Event as GoldEvent
from benchmarks.realtext.gold import GoldArticle, Mention, Quote, build_units
from benchmarks.realtext.measure import Pair, cleaning, events, linking, ner, quotes, value_right

TEXT = (
    "الرياض - واس\nوالتقى الأمير محمد بن سلمان بوتين في جدة. وقال بوتين إن العلاقات قوية.\nشارك تويتر فيسبوك"
)
#       0           12 13


def gold(**kw: Any) -> GoldArticle:
    line1 = TEXT.index("\n") + 1
    line2 = TEXT.index("\n", line1)
    args: dict[str, Any] = dict(
        line=1,
        source="t",
        split="test",
        stratum="random",
        region_end=len(TEXT),
        record={"content": TEXT},
        title_hash=None,
        published=["2015-08-01"],
        segments=[
            (0, line1 - 1, "junk:dateline"),
            (line1, line2, "body"),
            (line2 + 1, len(TEXT), "junk:share"),
        ],
        mentions=[
            Mention(*span("محمد بن سلمان"), "PER", "mbs"),
            Mention(*span("بوتين"), "PER", "putin"),
            Mention(*span("جدة"), "LOC", "jeddah"),
            Mention(*span("بوتين", 2), "PER", "putin"),
        ],
        neutral=[],
        timexes=[],
        events=[],
        quotes=[],
    )
    args.update(kw)
    g = GoldArticle(**args)
    build_units(g)
    return g


def span(s: str, occ: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(occ):
        i = TEXT.index(s, i + 1)
    return i, i + len(s)


def m(s: str, typ: str, ent: str, occ: int = 1, grow: int = 0) -> dict[str, Any]:
    a, b = span(s, occ)
    return {"start": a - grow, "end": b, "type": typ, "entity": ent}


def test_exact_boundaries_differ_from_overlap_and_junk_is_out_of_scope() -> None:
    preds = [
        m("محمد بن سلمان", "PER", "e1", grow=6),  # «الأمير » kept: overlap right, exact wrong
        m("بوتين", "PER", "e2"),
        m("جدة", "LOC", "e3"),
        {"start": 0, "end": 6, "type": "LOC", "entity": "e3"},
    ]  # in the dateline: not judged
    r = ner([Pair(gold(), {"mentions": preds}, 0)])["all"]
    assert r["strict"]["pred"] == 3 and r["strict"]["gold"] == 4
    assert abs(r["strict"]["p"] - 2 / 3) < 1e-9 and r["strict"]["r"] == 0.5
    assert r["overlap"]["p"] == 1.0 and r["overlap"]["r"] == 0.75


def test_wrong_type_is_wrong_and_neutral_is_neither() -> None:
    g = gold(neutral=[span("العلاقات")])
    preds = [m("جدة", "PER", "e3"), m("العلاقات", "ORG", "x")]
    r = ner([Pair(g, {"mentions": preds}, 0)])["all"]["overlap"]
    assert r["pred"] == 1 and r["p"] == 0.0


def test_cleaning_keeps_body_sentences_and_drops_junk_lines() -> None:
    g = gold()
    body = [s for s in g.segments if s[2] == "body"][0]
    assert len(g.body_units) == 2 and len(g.junk_units) == 2
    r = cleaning(
        [
            Pair(
                g,
                {
                    "segments": [{"start": body[0], "end": body[1], "role": "body"}],
                    "published": {"date": "2015-08-01"},
                },
                0,
            )
        ]
    )
    assert r["body_keep"] == 1.0 and r["junk_drop"] == 1.0 and r["published"] == 1.0
    r = cleaning([Pair(g, {"segments": [{"start": 0, "end": len(TEXT), "role": "body"}]}, 0)])
    assert r["junk_drop"] == 0.0 and r["published"] == 0.0


def test_linking_counts_pairs_across_articles() -> None:
    a, b = gold(), gold(line=2)
    same = [
        m("بوتين", "PER", "P"),
        m("بوتين", "PER", "P", occ=2),
        m("محمد بن سلمان", "PER", "M"),
        m("جدة", "LOC", "J"),
    ]
    r = linking([Pair(a, {"mentions": same}, 0), Pair(b, {"mentions": same}, 0)])
    assert r["cross"]["p"] == 1.0 and r["cross"]["r"] == 1.0
    merged = [dict(x, entity="P") for x in same]  # everything one entity: precision falls
    r = linking([Pair(a, {"mentions": merged}, 0), Pair(b, {"mentions": merged}, 0)])
    assert r["cross"]["r"] == 1.0 and r["cross"]["p"] < 0.5


def test_an_event_reported_twice_counts_once_and_participants_must_all_be_there() -> None:
    g = gold(
        events=[GoldEvent(span("التقى"), "MEET", ("mbs", "putin"), "jeddah", ("2015-08-01",), "happened")]
    )
    ments = [m("محمد بن سلمان", "PER", "M"), m("بوتين", "PER", "P"), m("جدة", "LOC", "J")]
    s, e = span("والتقى الأمير محمد بن سلمان بوتين في جدة")
    ev = {
        "start": s,
        "end": e,
        "type": "MEET",
        "participants": ["M", "P"],
        "place": "J",
        "date": "2015-08-01",
    }
    r = events([Pair(g, {"mentions": ments, "events": [ev, dict(ev)]}, 0)])
    assert r["r"] == 1.0 and r["p"] == 0.5 and r["place_right"] == 1.0 and r["date_right"] == 1.0
    r = events([Pair(g, {"mentions": ments, "events": [dict(ev, participants=["M"])]}, 0)])
    assert r["r"] == 0.0 and r["p"] == 0.0


def test_quote_speaker_goes_through_the_mentions_and_shift_moves_spans() -> None:
    g = gold(quotes=[Quote(*span("العلاقات قوية"), "putin", "indirect")])
    head = "عنوان\n\n"
    ments = [m("بوتين", "PER", "P", occ=2)]
    q = dict(zip(("start", "end"), span("العلاقات قوية"), strict=True), speaker="P")
    shifted = [{k: v + len(head) if k in ("start", "end") else v for k, v in x.items()} for x in [*ments, q]]
    r = quotes([Pair(g, {"mentions": shifted[:-1], "quotes": shifted[-1:]}, len(head))])
    assert r["p"] == 1.0 and r["r"] == 1.0 and r["speaker_right"] == 1.0
    r = quotes([Pair(g, {"mentions": ments, "quotes": [dict(q, speaker=None)]}, 0)])
    assert r["r"] == 1.0 and r["speaker_right"] == 0.0


def test_a_duration_is_right_whatever_units_write_its_length() -> None:
    assert value_right(("PT8H30M",), [{"value": "PT8.5H"}])
    assert value_right(("P1Y6M",), [{"value": "P1.5Y"}])
    assert value_right(("P1W",), [{"value": "P7D"}])
    assert not value_right(("P1M",), [{"value": "P30D"}])
    assert not value_right(("PT8H",), [{"value": "PT8.5H"}])
    assert not value_right(("PXD",), [{"value": "P3D"}])
    assert value_right((None,), [{"value": None}])
    assert not value_right((None,), [{"value": "2015-07-01"}])
