"""Accusations the guide's round-49 ruling (second reader) marks and the code read nowhere before
(quote_accusations), on invented sentences: the accuser named right before the verb («بعد أن
كانت واشنطن اتهمت تركيا [بمساعدة …]»), a participle with its object and no comma before it
(«متهما وكيله [بالتحايل …]») and a relative clause on an unnamed accuser («الذي يتهم أحد
الأشخاص [بتزوير …]»); the passive and a counted noun («24 متهما») give none."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize(("sentence", "said"), [
    # quotes-dev-fresh11 8590: the accuser before the verb, the accused alone after it
    ("وذلك بعد أن كانت [واشنطن](LOC:w) اتهمت [تركيا](LOC:t) بمساعدة تنظيم داعش في المنطقة.",
     "بمساعدة تنظيم داعش في المنطقة"),
    # quotes-dev-fresh16 733: a participle with no comma before it, its object then the charge
    ("ورفض العودة إلى فريقه متهما وكيله بالتحايل عليه وإخفاء العرض عنه.",
     "بالتحايل عليه وإخفاء العرض عنه"),
    # quotes-dev-fresh17 28188: a relative clause on an unnamed accuser
    ("وفقا لدعوى ابن المواطن المتوفى، الذي يتهم أحد الأشخاص من أقاربه بتزوير توقيع والدهم.",
     "بتزوير توقيع والدهم"),
])
def test_the_charge_is_what_was_said(sentence: str, said: str) -> None:
    assert [g[:2] for g in run(sentence)] == [("indirect", said)]


@pytest.mark.parametrize("sentence", [
    "وكان [الجيش](ORG:a) اتهم بارتكاب مجازر في القرية.",  # the passive: nobody accused between
    "وتم اعتقال 590 شخصا متهمين بالارتباط بتنظيم داعش في المدينة.",  # the passive participle
    "وأصدرت المحكمة حكما بإعدام 24 متهما شنقا لإدانتهم بحادثة سبايكر في المدينة.",  # a counted noun
    "وهو الرجل الذي اتهم بالتجسس لصالح دولة أجنبية.",  # a relative passive: no accused before ب
])
def test_no_charge_is_read(sentence: str) -> None:
    assert run(sentence) == []
