"""A verb of quote_objects written like a noun where no clause starts is that noun (quote_homographs
noun_homograph, issue 15 round 44): «جعل … من مكافحة التغيير المناخي وعدا أساسيا» is a promise, no one
promising «برفض الجمهوريين …»; the verb «وعد ب» still opens what was promised."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_promise_as_a_noun_opens_no_object() -> None:
    assert run("وكان [أوباما](PER:o) جعل من مكافحة التغيير المناخي وعدا أساسيا في حملته الانتخابية "
               "ولكنه اصطدم برفض الجمهوريين لهذه الخطة.") == []


def test_the_verb_of_promising_still_opens_its_object() -> None:
    got = run("ووعد [أوباما](PER:o) بتخفيض الانبعاثات الملوثة بنسبة كبيرة خلال السنوات المقبلة.")
    assert got == [("indirect", "بتخفيض الانبعاثات الملوثة بنسبة كبيرة خلال السنوات المقبلة", "o")]
