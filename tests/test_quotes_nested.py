"""Marked words inside a longer quotation of the same speaker are part of it, not a quotation of
their own (round 35, span precision on fresh text): a term the writer marks inside reported speech
(«مع "التيار المتشدد"»), a title («كتاب "..."») or the speaker's own words in marks within his
reported clause. A reported clause inside another one and a quotation of another speaker stay."""

from __future__ import annotations

from marsad.events.quote_nested import outside_longer
from marsad.model import QuoteAttrs, Span
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def _quotes(src: str) -> list[tuple[str, str, str | None]]:
    art = marked(src)
    quotes.func(art)
    return [(art.text[q.start:q.end], q.label, q.attrs.speaker) for q in art.layer("quotes")]


def test_a_marked_term_inside_reported_speech_is_no_quotation() -> None:
    got = _quotes("وقال وزير الداخلية [سالم عمر](PER:salem) إن الحكومة ستغلق الجمعيات التي يشتبه في "
                  "تعاطفها مع \"التيار المتشدد\" خلال الأسابيع المقبلة.")
    assert [g[1] for g in got] == ["indirect"]
    assert "التيار المتشدد" in got[0][0] and got[0][2] == "salem"


def test_a_title_or_the_speakers_own_words_inside_his_clause_go_with_it() -> None:
    got = _quotes("وأوضح الباحث [سالم عمر](PER:salem) أنه تعلق بالفلك بعد أن قرأ في صغره كتاب "
                  "«الكون الفسيح» لعالم أمريكي.")
    assert [g[1] for g in got] == ["indirect"]
    got = _quotes("وأكد [سالم عمر](PER:salem) أن إنشاء المحكمة سيعطي «أفضل ضمان للعدالة» لعائلات الضحايا.")
    assert [(g[1], g[2]) for g in got] == [("indirect", "salem")]


def test_a_quotation_standing_alone_stays() -> None:
    got = _quotes("وقال [سالم عمر](PER:salem): «سنواصل العمل حتى النهاية».")
    assert got == [("سنواصل العمل حتى النهاية", "direct", "salem")]


def _span(start: int, end: int, label: str, speaker: str | None) -> Span[QuoteAttrs]:
    return Span(start, end, label, QuoteAttrs(speaker=speaker))


def test_only_direct_words_inside_the_same_speakers_longer_quotation_go() -> None:
    outer = _span(10, 90, "indirect", "salem")
    inner_direct = _span(40, 60, "direct", "salem")
    other_speaker = _span(20, 30, "direct", "ali")  # a source inside a source keeps its speaker
    inner_clause = _span(65, 85, "indirect", "salem")  # a speech act the outer clause ran over
    same_span = _span(10, 90, "direct", "salem")  # not longer: stays
    kept = outside_longer([outer, inner_direct, other_speaker, inner_clause, same_span])
    assert kept == [outer, other_speaker, inner_clause, same_span]
