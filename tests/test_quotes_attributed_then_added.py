"""Words attributed by «كما قال» before a participle that goes on (issue 15 round 33).

«…، كما قال X، مضيفا أن …»: the complementizer after the comma and the participle is the
participle's own clause, not the attributing verb's, so the words before «كما قال» stay X's
quotation (quote_words.own_clause). A verb that only names («كما يصف، مفيدا أن») and a participle
of manner («بقوله») keep the old reading.
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_the_words_before_kama_qal_are_quoted_when_a_participle_goes_on() -> None:
    got = run("والشقق الصغيرة تباع بأسعار تتراوح بين مئة ومئتي ألف ريال، "
              "كما قال [سالم العبدالله](PER:salem)، مضيفا أن معظم المشترين من الشباب.")
    assert got == [("indirect", "والشقق الصغيرة تباع بأسعار تتراوح بين مئة ومئتي ألف ريال", "salem"),
                   ("indirect", "معظم المشترين من الشباب", "salem")]


def test_the_verbs_own_clause_still_is_what_it_said() -> None:
    got = run("والشقق الصغيرة تباع بأسعار مرتفعة، كما أكد [سالم العبدالله](PER:salem) "
              "أن معظم المشترين من الشباب.")
    assert got == [("indirect", "معظم المشترين من الشباب", "salem")]


def test_a_naming_aside_attributes_nothing() -> None:
    got = run("وطرح [سالم العبدالله](PER:salem) سؤالا عن العملة المعدنية هل هي عبء ثقيل، كما يصف، "
              "مفيدا أن ذلك يعتمد على سياسة البنك.")
    assert [t for _, t, _ in got] == ["ذلك يعتمد على سياسة البنك"]
