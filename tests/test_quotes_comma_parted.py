"""A word before a participle of saying reads it as a verbal noun or a relative's verb only with no
comma between them (quote_words.comma_parted), on invented sentences: «فيما بينهم، مشيرًا إلى أن …»
and «عن بعد، مشيرا إلى أن …» go on with the speaker, the participle's clause a span of its own."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_participle_after_a_blocker_word_and_a_comma_is_a_cue() -> None:
    got = run("وقال [عاصم العيسى](PER:a) إن الدعوى تقام ضد المتسببين بالتضامن فيما بينهم، "
              "مشيرًا إلى أن الدعوى الجماعية ليست منظمة.")
    assert [t for _k, t, _s in got] == ["الدعوى تقام ضد المتسببين بالتضامن فيما بينهم",
                                       "الدعوى الجماعية ليست منظمة"]


def test_a_participle_after_a_preposition_and_a_comma_is_a_cue() -> None:
    got = run("وأشار مسؤول أمني إلى أن التفجير تم عن بعد، مشيرا إلى أن قوات الأمن أبطلت قنبلة أخرى.")
    assert [t for _k, t, _s in got] == ["التفجير تم عن بعد", "قوات الأمن أبطلت قنبلة أخرى"]

