"""Speech in round brackets right after a verb of saying (round 49, quotes-dev-fresh27 24793):
«ولسان حاله يقول ([انت مثلهن جميعاً])»; a short term in brackets stays none, and so does a bracket
with words between it and the verb."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_words_in_brackets_right_after_a_verb_of_saying_are_a_direct_quotation() -> None:
    got = run("وتزوج ليكيل لها صنوف الشك في كل تصرف ولسان حاله يقول (انت مثلهن جميعاً)، فصمتت.")
    assert got == [("direct", "انت مثلهن جميعاً", None)]


def test_a_saying_in_brackets_is_its_speaker_s() -> None:
    got = run("وتابع [محمد العلي](PER:ali) بقوله (منحت أحدهم عشرين ريالا ليذهب إلى البحرين) ثم ضحك.")
    assert got == [("direct", "منحت أحدهم عشرين ريالا ليذهب إلى البحرين", "ali")]


def test_a_short_term_in_brackets_is_no_quotation() -> None:
    assert run("وقال (تويتر) في نهاية الأسبوع الماضي كلاما كثيرا عن الحادثة.") == []
