"""A word the article writes inside a longer name keeps its letters (resolve/first_pass.py)."""

from __future__ import annotations

from tests.test_resolve import article, entity_of, resolve


def test_a_word_written_inside_a_longer_name_keeps_its_first_letter() -> None:
    # «كينج» could be «ك» + «ينج» (a spelling of «يونج», named more often in the corpus), but the
    # article writes it as the last word of «رالف بيتر كينج»: it is his family name.
    arts = [article("قال يونج إن الفريق جاهز، وأضاف يونج أن المباراة صعبة.",
                    [("يونج", "PER"), ("يونج", "PER")]),
            article("قال النائب رالف بيتر كينج إن الاتفاق سيئ، وأضاف كينج أن الكونغرس سيصوت.",
                    [("رالف بيتر كينج", "PER"), ("كينج", "PER")])]
    resolve(arts)
    got = entity_of(arts)
    assert got[(1, "كينج")] == got[(1, "رالف بيتر كينج")] != got[(0, "يونج")]
