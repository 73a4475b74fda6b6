"""`ArticleContext.comma_between`: whether an Arabic or a Latin comma stands between two words, the
one test the readers of quotations ask of a comma (an object after «أعلن، …، عن», an aside, a call's
clause), on invented sentences."""

from __future__ import annotations

from marsad.events.context import build_context
from tests.test_events_units import marked


def test_an_arabic_or_latin_comma_between_two_words() -> None:
    for text in ("وقال الوزير، إن الاجتماع انتهى.", "وقال الوزير , إن الاجتماع انتهى."):
        ctx = build_context(marked(text))
        ws = ctx.sentences[0].words
        assert ctx.comma_between(ws[1], ws[2])
        assert not ctx.comma_between(ws[0], ws[1])


def test_other_marks_are_no_comma() -> None:
    ctx = build_context(marked("وقال الوزير: إن الاجتماع انتهى؛ ثم غادر."))
    ws = ctx.sentences[0].words
    assert not any(ctx.comma_between(a, b) for a, b in zip(ws, ws[1:], strict=False))
