"""Agreements in the plural with a list of partners are one agreement per partner
(`events.agreement_lists`, issue 15, round 31), each row of `event_cues.tsv` kind
agreement_list at a time; a singular or dual agreement noun keeps one agreement of them all,
and a person alone is no signer of such a list. A state's bare head («المملكة») after the
state's full name is that state (`events.short_states`)."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import event_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_events_units import run

_ROWS = [r for r in load_table("event_cues") if r["kind"] == "agreement_list"]
_PLURALS = [r["form"] for r in _ROWS if " " not in r["form"]]
_EACH = [r["form"] for r in _ROWS if " " in r["form"]]


def _agreements(src: str) -> list[list[str]]:
    return sorted(e.attrs.participants for e in run(src) if e.label == "AGREE")


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: r["form"])
def test_every_row_is_read_at_its_word(row: dict[str, str]) -> None:
    cue = event_cues().at(words_of(row["form"] + " كلمة"), 0, frozenset({"agreement_list"}))
    assert cue is not None and cue.kind == "agreement_list"


@pytest.mark.parametrize("noun", _PLURALS)
def test_a_plural_agreement_noun_lists_an_agreement_per_partner(noun: str) -> None:
    found = _agreements(f"وأبرمت [المملكة العربية السعودية](LOC:saudi) {noun} ثنائية مع "
                        "[الفلبين](LOC:philippines) و[الهند](LOC:india) لاستقدام العمالة.")
    assert found == [["saudi", "india"], ["saudi", "philippines"]]


@pytest.mark.parametrize("each", _EACH)
def test_with_each_of_lists_an_agreement_per_partner(each: str) -> None:
    found = _agreements(f"ووقعت [المملكة العربية السعودية](LOC:saudi) اتفاقية تعاون مع {each} "
                        "[جيبوتي](LOC:djibouti) و[النيجر](LOC:niger).")
    assert found == [["saudi", "djibouti"], ["saudi", "niger"]]


def test_a_list_after_a_colon_and_commas_is_read_whole() -> None:
    found = _agreements("وبهذا تكون [المملكة العربية السعودية](LOC:saudi) قد وقعت اتفاقيات ثنائية مع ثلاث "
                        "دول هي : [الفلبين](LOC:philippines) ، [الهند](LOC:india) ، [النيجر](LOC:niger).")
    assert found == [["saudi", "india"], ["saudi", "niger"], ["saudi", "philippines"]]


def test_a_dual_agreement_noun_stays_one_agreement() -> None:
    found = _agreements("أبرمت [مدينة الملك عبدالعزيز للعلوم والتقنية](ORG:kacst) مذكرتي تفاهم مع "
                        "[الشركة السعودية للكهرباء](ORG:sec) و[شركة تقنية للطاقة](ORG:taqnia).")
    assert found == [["kacst", "sec", "taqnia"]]


def test_a_person_alone_is_no_signer_of_the_list() -> None:
    found = _agreements("أكد [سعد البداح](PER:badah) أن الأزمة ستحل في ظل توقيع اتفاقيات مع دول "
                        "جديدة، [كالهند](LOC:india) و[بنجلاديش](LOC:bangladesh) و[كينيا](LOC:kenya).")
    assert all(len(parts) != 2 or parts[0] != "badah" for parts in found)


def test_the_bare_kingdom_after_its_full_name_is_that_state() -> None:
    found = _agreements("ووقعت [المملكة العربية السعودية](LOC:saudi_arabia) اتفاقية مع "
                        "[جيبوتي](LOC:djibouti). وبهذا تكون [المملكة](LOC:kingdom) قد وقعت اتفاقيات مع "
                        "[الفلبين](LOC:philippines) و[الهند](LOC:india).")
    assert ["saudi_arabia", "india"] in found and ["saudi_arabia", "philippines"] in found


def test_the_bare_kingdom_told_apart_from_another_kingdom_is_not_it() -> None:
    found = _agreements("ووقع [الأردن](LOC:jordan) مع [مصر](LOC:egypt) اتفاقية تعاون. وأكد البيان العلاقات "
                        "التي تربط [المملكة](LOC:kingdom)، و[المملكة الأردنية الهاشمية](LOC:jordan). "
                        "واتفقت [المملكة](LOC:kingdom) مع [المغرب](LOC:morocco) على تعزيز التعاون.")
    assert ["jordan", "morocco"] not in found
