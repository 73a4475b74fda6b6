"""A name the marks enclose whole that opens with a verb of saying is a title (مسرحية "[قال] الراوي"),
not a verb: a participle after it goes on with the speaker of its sentence, not with the title
the tagger read as a person (round 47, quotes-dev-fresh26: quote_words.inside_name)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_participle_after_a_marked_title_goes_on_with_the_speaker() -> None:
    got = run('وقال [يوسف](PER:yousef) إنه سعيد بدوره في مسرحية "[قال الراوي](PER:play)"، لافتا إلى أن '
              "المهرجانات توفر فرصة للقاء.")
    assert [(t, s) for _k, t, s in got] == [('سعيد بدوره في مسرحية "قال الراوي"', "yousef"),
                                            ("المهرجانات توفر فرصة للقاء", "yousef")]
