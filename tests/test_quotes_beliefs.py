"""A belief stated with «عبّر» (quote_beliefs.tsv, quote_beliefs.expressed_beliefs), on invented
sentences: «وعبر X عن قناعته بأن [...]» is reported speech, as «أعرب X عن قناعته بأن»; «عبر» as «عَبْر»
(via) and «عبر عن قلقه» (an attitude, no clause) are not."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence, said, who", [
    ("وعبر [الملك عبدالله](PER:k) في تصريحات أطلقها من العقبة عن قناعته بأن المشروع جزء من التضامن.",
     "المشروع جزء من التضامن", "k"),
    ("وفي هذا السياق، عبر [الرنتاوي](PER:r) عن اعتقاده أن بعض العشائر ستغير موقفها.",
     "بعض العشائر ستغير موقفها", "r"),
])
def test_a_belief_stated_with_abbara_is_reported_speech(sentence: str, said: str, who: str) -> None:
    assert run(sentence) == [("indirect", said, who)]


def test_with_no_subject_between_the_belief_is_still_found() -> None:
    got = run("وقال [الخبير](PER:x) إن الوضع صعب. وعبر عن اعتقاده بأن التنظيم يسعى إلى جذب المقاتلين.")
    assert [g[:2] for g in got] == [("indirect", "الوضع صعب"), ("indirect", "التنظيم يسعى إلى جذب المقاتلين")]


@pytest.mark.parametrize("sentence", [
    "وعبر الوفد عن قلقه من تدهور الأوضاع في المنطقة.",  # an attitude, no clause
    "وصل الوفد عبر مطار الملك خالد عن قناعته بأن الرحلة ممتعة.",  # «عَبْر» inside a clause: via
])
def test_no_belief_clause_no_quotation(sentence: str) -> None:
    assert run(sentence) == []
