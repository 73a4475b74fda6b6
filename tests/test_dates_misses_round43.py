"""Dates read wrongly in the dev dates batches (round 43), on invented sentences:

- adverbial «قديما/قديماً» ("in old times") is PAST_REF (docs/realtext-annotation.md, round-40 ruling: the
  reference-adverb rule, as «في الماضي», «من قبل»), with a conjunction written onto it too; after an
  indefinite accusative it agrees with it is the adjective «old» («ارتدى كوتا قديما»), and before «وحديثا»
  (`pair_word`, `pair_next` cues) one half of "old and new", all times, no timex;
- a count measured from an event with two hedges before «من» («بعد نحو أسبوع واحد فقط من إطلاقه») is its
  length, as with one («بعد أسبوع واحد من», «قبل 3 أسابيع فقط من»): `hedge` cues, at most two.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 7, 25)
Found = list[tuple[str, str, str | None]]
CUES = load_table("date_cues")


def found(text: str) -> Found:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


def cue_words(kind: str) -> list[str]:
    return [r["word"] for r in CUES if r["kind"] == kind]


@pytest.mark.parametrize("text, word", [
    ("وقديما قال الحكماء إن الصبر مفتاح الفرج", "قديما"),
    ("فقديماً كانت الأسر تجتمع في بيت الجد", "قديماً"),
    ("وهي من الأطباق التي اشتهرت بها المدينة قديما ويقبل عليها الزوار", "قديما"),
])
def test_old_times_adverb_is_the_past(text: str, word: str) -> None:
    assert found(text) == [(word, "DATE", "PAST_REF")]


def test_old_after_an_indefinite_accusative_is_its_adjective() -> None:
    assert found("وكان يرتدي معطفا قديما في المسجد") == []


@pytest.mark.parametrize("word", cue_words("pair_word"))
@pytest.mark.parametrize("after", cue_words("pair_next"))
def test_old_and_new_is_all_times(word: str, after: str) -> None:
    assert found(f"وعرف الناس هذه العادة {word} {after} في كل مكان") == []
    assert found(f"وعرف الناس هذه العادة {word} في كل مكان") == [(word, "DATE", "PAST_REF")]


@pytest.mark.parametrize("first", [w for w in cue_words("hedge") if w.startswith("واحد")])
@pytest.mark.parametrize("second", ["فقط", "تقريبا"])
def test_two_hedges_before_the_event_leave_a_length(first: str, second: str) -> None:
    text = f"وتجاوز عدد المستخدمين مليونا بعد أسبوع {first} {second} من إطلاق التطبيق"
    assert found(text) == [("أسبوع", "DURATION", "P1W")]


def test_one_unit_with_two_hedges_and_no_event_stays_a_date() -> None:
    assert found("وسيعود الوفد بعد أسبوع واحد فقط") == [("بعد أسبوع", "DATE", "2015-W31")]
