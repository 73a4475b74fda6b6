"""Language per segment: script-based, ar / en / other."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.clean.script import script_language
from marsad.model import Article, SegmentAttrs, Span
from marsad.steps.language import language


@pytest.mark.parametrize(("text", "lang"), [
    ("أعلنت الحكومة اليوم خطة جديدة للنقل العام", "ar"),
    ("قال الوزير إن «الخطة» ستبدأ في 2025 – بحسب البيان", "ar"),
    ("Rescue teams answered more than two hundred calls.", "en"),
    ("Café résumé naïve", "en"),
    ("❗️Security Council Secretary arrives in Beijing", "en"),
    ("وقالت شركة Apple إن الجهاز الجديد", "ar"),
    ("The ministry said: «الوضع مستقر»", "en"),
    ("Министр иностранных дел", "other"),
    ("外交部发言人", "other"),
    ("12345 ... !!", "other"),
    ("", "other"),
    ("آمنة پیروز گلستان", "ar"),  # Persian letters are Arabic script
    ("ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "ar"),  # presentation forms
])
def test_script_language(text: str, lang: str) -> None:
    assert script_language(text) == lang


def test_stage_fills_only_missing_lang() -> None:
    text = "أعلنت الحكومة\nHello there"
    art = Article(path="x.txt", text=text)
    art.set_layer("segments", [Span(0, 13, "body", SegmentAttrs()),
                               Span(14, 25, "embed", SegmentAttrs(lang="ar"))])
    language.func(art)
    assert [s.attrs.lang for s in art.segments()] == ["ar", "ar"]


@given(st.text(max_size=60))
def test_always_one_of_three(text: str) -> None:
    assert script_language(text) in ("ar", "en", "other")
