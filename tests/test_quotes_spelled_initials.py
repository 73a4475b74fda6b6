"""A name's spelled Latin initials (lang/sentences.py, sentence_letters.tsv) keep the verb of saying and
its speech in one sentence, and «إن.» of a spelled acronym is no complementizer (quotes._indirect)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_speech_after_a_name_with_a_spelled_initial_is_found() -> None:
    got = run("وقال كيه. [شانموجام](PER:s) وزير الخارجية للصحافيين إنه لا يمكن تجاهل القضية.")
    assert got == [("indirect", "لا يمكن تجاهل القضية", "s")]


def test_a_spelled_n_before_its_stop_opens_no_reported_speech() -> None:
    got = run('وصرح [كوتون](PER:c) لبرنامج "واجه الصحافة" على قناة (إن. بي. سي): '
              "إيران دولة خارجة عن القانون.")
    assert got == [("direct", "إيران دولة خارجة عن القانون", "c")]
