"""Events of round 32 (second part): a summit is a meeting only where its own phrase names who
holds it (بين or مع after it, a verb of bringing together, a person or body named right after it,
or a verb of holding it with an actor named in its clause); a summit someone addresses, misses,
calls for or only recalls as an occasion is none, whoever else its sentence names. The new table
rows row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import labelled_parties, run


def test_a_summit_with_its_sides_in_its_own_phrase_is_a_meeting() -> None:
    evs = run("وقالت مصادر إن قمة ثلاثية بين [السيسي](PER:sisi) و[البشير](PER:bashir) ستعقد الشهر المقبل.",
              published="2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["sisi", "bashir"])]
    evs = run("وأشارت إلى أن الرئيسين [السيسي](PER:sisi) و[البشير](PER:bashir) سيعقدان قمة منفصلة في "
              "[الخرطوم](LOC:khartoum).", published="2015-08-06")
    assert labelled_parties(evs) == [("MEET", ["sisi", "bashir"])]
    assert evs[0].attrs.status == "planned"  # the dual light verb's future prefix


def test_a_summit_missed_called_for_or_recalled_is_no_meeting() -> None:
    assert run("وأثار غياب الملك [سلمان](PER:salman) عن قمة [كامب ديفيد](LOC:cd) تساؤلات لدى "
               "[أوباما](PER:obama).", published="2015-07-20") == []
    assert run("وقال [ساركوزي](PER:sarkozy): «من الضروري عقد قمة لأصدقاء [تونس](LOC:tn) لتعبئة دعم "
               "[الاتحاد الأوروبي](ORG:eu)».", published="2015-07-20") == []
    assert run("وتعهدت [قطر](LOC:qa) و[الكويت](LOC:kw) خلال قمة في [كامب ديفيد](LOC:cd) بتعزيز التعاون.",
               published="2015-07-20") == []


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "holding_verb"],
                         ids=lambda r: r["form"])
def test_every_verb_of_holding_with_named_holders_keeps_the_summit(row: dict[str, str]) -> None:
    evs = run(f"وقالت المصادر إن [قطر](LOC:qa) و[الكويت](LOC:kw) {row['form']} قمة طارئة في "
              "[الدوحة](LOC:doha).", published="2015-07-20")
    assert [e.label for e in evs] == ["MEET"]
    assert {"qa", "kw"} <= set(evs[0].attrs.participants)


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "summit_noun"],
                         ids=lambda r: r["form"])
def test_every_summit_noun_needs_its_sides(row: dict[str, str]) -> None:
    assert run(f"وحضر {row['form']} أمس الأمين العام [بان كي مون](PER:ban) والرئيس [هولاند](PER:hollande).",
               published="2015-07-20") == []
    relative = "التي " if row["form"].startswith("ال") else ""
    evs = run(f"وشهدت {row['form']} {relative}جمعت [أوباما](PER:obama) بقادة [مجلس التعاون](ORG:gcc) نقاشا "
              "صريحا.", published="2015-07-20")
    assert labelled_parties(evs) == [("MEET", ["obama", "gcc"])]


def test_a_summit_hosted_by_the_topic_of_the_sentence_before_takes_the_host() -> None:
    evs = run("و[قبرص](LOC:cy)، العضو في الاتحاد منذ 2004. عملت على تقوية علاقاتها بجيرانها، "
              "واستضافت في أبريل الماضي قمة مصغرة مع قادة [مصر](LOC:eg) و[اليونان](LOC:gr).",
              published="2015-07-24")
    assert labelled_parties(evs) == [("MEET", ["cy", "eg", "gr"])]
    evs = run("وكان الطقس معتدلا. واستضافت في أبريل الماضي قمة مصغرة مع قادة [مصر](LOC:eg) "
              "و[اليونان](LOC:gr).", published="2015-07-24")
    assert labelled_parties(evs) == [("MEET", ["eg", "gr"])]


def test_a_bracketed_gloss_between_the_verb_of_holding_and_the_summit_is_no_break() -> None:
    evs = run("و[قبرص](LOC:cy)، العضو في الاتحاد منذ 2004. عملت على تقوية علاقاتها بجيرانها، "
              "واستضافت في أبريل (نيسان) الماضي قمة مصغرة مع قادة [مصر](LOC:eg) و[اليونان](LOC:gr).",
              published="2015-07-24")
    assert labelled_parties(evs) == [("MEET", ["cy", "eg", "gr"])]
