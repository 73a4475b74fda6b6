"""Quotations of round 30 (issue 15), on invented sentences.

- The present of ادعى («ويدّعي X أن ...») is a verb of saying; written with a final ى it is
  «يُدعى» (is called: «رجل يدعى أحمد»), no verb of saying (quote_homographs maqsura_passive).
"""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.events.quote_clause_cues import other_reading
from tests.test_events_units import marked
from tests.test_quotes_units import run


def test_the_present_of_claimed_reports_a_clause() -> None:
    got = run("ويدّعي [جيمس باسوس](PER:basos) أن تلك الرحلة أسفرت عن إصابة بظهره.")
    assert [(k, t, s) for k, t, s in got] == [("indirect", "تلك الرحلة أسفرت عن إصابة بظهره", "basos")]


def test_is_called_written_with_alef_maqsura_is_no_verb_of_saying() -> None:
    assert run("واعتقلت الشرطة رجلا يدعى أحمد بعد أن حاول سرقة المتجر في وسط المدينة.") == []
    assert [s for _, _, s in run("وقال ساكن يدعى [أحمد](PER:ahmed) إن الانفجار هز الحي كله.")] == ["ahmed"]


def test_the_written_alef_maqsura_tells_the_two_verbs_apart() -> None:
    for text, other in (("وقال رجل يدعى أحمد إنه رآه.", True), ("ويدّعي الرجل أنه رآه.", False)):
        ctx = build_context(marked(text))
        sent = ctx.sentences[0]
        k = next(i for i, w in enumerate(sent.words) if "دع" in w.norm)
        assert other_reading(ctx, sent, k) is other
