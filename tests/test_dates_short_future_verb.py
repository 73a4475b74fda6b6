"""A five-letter future verb («سيكون», «ستجرى», «ستعقد») right before «في» and a month or date sets it
ahead, as a longer one anywhere in the clause's last four words does; further back such a word is as
often a name («وول ستريت»), and «سنتين» is no verb («سنتي», «سنتا»: not_future cues)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract

ANCHOR = date(2015, 7, 21)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, ANCHOR)]


@pytest.mark.parametrize(("text", "value"), [
    ("وآخر موعد لتقديم الطلبات سيكون في 26 أكتوبر", "2015-10-26"),
    ("وتعهد الجيش باحترام نتائج الانتخابات التي ستجرى في نوفمبر", "2015-11"),
    ("وقالت المنظمة إن اللجنة ستعقد في ديسمبر اجتماعها", "2015-12"),
])
def test_a_short_future_verb_before_fi_sets_the_date_ahead(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("وتبنى خطابا ضد عالم المال في وول ستريت (30 مايو).", "2015-05-30"),  # a name, not before «في»
    ("وقد انتقل إلى النادي قبل سنتين في نوفمبر", "2014-11"),  # «سنتين» is no verb
])
def test_a_word_of_those_letters_that_is_no_verb_before_fi(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)][-1] == value
