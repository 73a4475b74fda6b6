"""The verbs that go on with the last speaker's words (أضاف, تابع, استطرد, أردف) show bare speech as
قال does (quote_speech_openers kind verb): after a comma with nothing to mark where the words start
(«وأضاف، [نتابع أيضا …]», quotes-dev-fresh28 20898), or an opener («وتابع [لا أحد يعرف …]»);
on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run

_LEAD = "وقال [عبدالله بترجي](PER:b) إن الموسم يبدأ قريبا. "


@pytest.mark.parametrize("verb", ["وأضاف", "وتابع", "واستطرد", "وأردف"])
def test_bare_speech_after_a_comma_following_a_verb_going_on(verb: str) -> None:
    got = run(_LEAD + f"{verb}، نتابع أيضا جلب بعض الإكسسوارات التي ورد حولها طلبات عدة.")
    assert got[-1] == ("direct", "نتابع أيضا جلب بعض الإكسسوارات التي ورد حولها طلبات عدة", "b")


def test_an_opener_after_a_verb_going_on_starts_the_speech() -> None:
    got = run(_LEAD + "وتابع لا أحد يعرف موعد المباراة حتى الآن.")
    assert got[-1] == ("direct", "لا أحد يعرف موعد المباراة حتى الآن", "b")


def test_a_complementizer_later_in_the_sentence_keeps_the_comma_from_opening_speech() -> None:
    got = run(_LEAD + "وأضاف، في حديثه للصحيفة، أن الإدارة تتابع الملف.")
    assert [t for _, t, _ in got][-1] == "الإدارة تتابع الملف"
