"""«لاحقا» opening its clause in a story told is a later moment of that story, no timex (the guide's
round-39 ruling, as «فيما بعد»; `story_later` cues of `lang/ar/date_cues.tsv`, dates/narrative_after.py);
inside a clause, with a word of the future in its sentence or an imperfective verb right after it, it stays
the future (FUTURE_REF)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

ANCHOR = date(2015, 8, 11)
STORY_LATER = [r["word"] for r in load_table("date_cues") if r["kind"] == "story_later"]


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize("word", STORY_LATER)
@pytest.mark.parametrize("text", [
    "وأصيب ثلاثة شرطيين بحسب بيان للمحافظة.و{w} وقعت مواجهات بين المسلحين والشرطة.",
    "كان المعرض مخصصا للكتب القديمة. و{w} انفتحنا على فنون أخرى، مثل الرسم.",
    "تأسس النادي في قرية صغيرة، و{w} انتقل إلى المدينة.",
])
def test_later_opening_a_clause_of_a_story_is_no_time(word: str, text: str) -> None:
    written = f"في {word}" if " " in word else word  # «وفي وقت لاحق»: «في» before the noun
    assert found(text.format(w=written)) == []


@pytest.mark.parametrize("text", [
    "وشنت القوات عملية. ونقلت وسائل الإعلام التركية في وقت لاحق أن الشرطة أوقفت أحدهما.",  # timex-dev-27
    "ستخرج منها في حالة أسوأ. وأثنى خامنئي في وقت لاحق على المفاوضين.",
])
def test_later_time_after_a_past_verb_opening_its_clause_is_no_time(text: str) -> None:
    """Round 50: «في وقت لاحق» at most five words after a perfective verb opening its clause with «و»."""
    assert found(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("انتهى الاجتماع. وسيتم تحديد موعد الجلسة في وقت لاحق.", [("وقت لاحق", "FUTURE_REF")]),
    ("انتهى الاجتماع. وأضاف أن النتائج تعلن في وقت لاحق.", [("وقت لاحق", "FUTURE_REF")]),
    ("انتهى الاجتماع. وفي وقت لاحق اليوم، اجتمع الأمير بالوزير.", [("وقت لاحق اليوم", "2015-08-11")]),
] + [(f"انتهى الاجتماع. و{w} المكتب في وقت لاحق.", [("وقت لاحق", "FUTURE_REF")])  # no verb opens it
     for w in [r["word"] for r in load_table("date_cues") if r["kind"] in ("story_verb_not", "preposition")]])
def test_later_time_of_what_is_to_come_or_of_a_day_stays(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize("word", STORY_LATER)
@pytest.mark.parametrize("text", [
    "وتتوالى العروض {w} بمشاركة فرق من عدة دول.",  # inside its clause
    "انتهى الاجتماع الأول. و{w} ستعلن اللجنة أسماء الفائزين.",  # a future verb after it
    "يبدأ المعسكر صباحا. و{w}، يعود الفريق إلى التدريبات في الملعب.",  # an imperfective verb right after
    "وقال إن المنافسة ستكون على قطاع الطاقة، و{w} على قطاع النقل.",  # a future verb before it in its sentence
])
def test_later_of_what_is_to_come_stays_the_future(word: str, text: str) -> None:
    assert found(text.format(w=word)) == [(word, "FUTURE_REF")]


RELATIVES = [r["word"] for r in load_table("date_cues") if r["kind"] == "later_relative"]


@pytest.mark.parametrize("pronoun", RELATIVES)
@pytest.mark.parametrize("word", STORY_LATER)
def test_later_after_a_relative_pronouns_past_verb_is_no_time(pronoun: str, word: str) -> None:
    assert found(f"شكلوا خلية بقيادة الضابط {pronoun} اعتقل {word}. وظهر الظواهري في المحكمة") == []
    assert found(f"تريثت في توجيه الاتهام للتنظيم {pronoun} أعلن مسؤوليته {word}، قبل اكتمال التحقيقات") == []


@pytest.mark.parametrize("pronoun", RELATIVES)
@pytest.mark.parametrize("word", STORY_LATER)
def test_later_after_a_relative_pronouns_present_or_future_verb_stays_the_future(
        pronoun: str, word: str) -> None:
    assert found(f"لاستقطاب القلة {pronoun} تسهم {word} في التوسع") == [(word, "FUTURE_REF")]
    assert found(f"وزير الخارجية {pronoun} سيزور {word} قطر لطمأنة دول الخليج") == [(word, "FUTURE_REF")]


NOT_PAST = [r["word"] for r in load_table("date_cues") if r["kind"] == "not_past_letter"]
# a verb opening with each letter that `imperfective` alone does not read as one (three letters, or no ي/ت)
SHORT_VERBS = {"ي": "يرد", "س": "سيرد", "ن": "نرد"}


@pytest.mark.parametrize("letter", NOT_PAST)
def test_later_after_a_relative_pronouns_verb_of_a_not_past_letter_stays_the_future(letter: str) -> None:
    verb = SHORT_VERBS[letter]
    assert found(f"وقال المسؤول الذي {verb} لاحقا على الأسئلة") == [("لاحقا", "FUTURE_REF")]
