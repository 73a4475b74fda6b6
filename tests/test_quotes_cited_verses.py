"""A verse cited with no colon and no verb of saying: a noun of saying («قول», «قوله») and God's name,
a definite title His praise makes one of His names («الحق سبحانه وتعالى»), or His praise alone, then
the verse in brackets or marks (a few words between at most): the verse is God's words, a quotation
of its own, even inside the citer's reported clause, which ends before the noun of saying; a verb of
saying inside the verse («إنهم») is the verse's own word (quotes-dev-fresh25 26433, fresh21 8090).
Invented sentences."""

from __future__ import annotations

from tests.test_quotes_revered_speakers import said


def test_a_verse_after_a_title_with_gods_praise_is_his() -> None:
    got = said("وأكد المجمع في بيانه أن هذا العمل يتنافى مع ثوابت الإسلام ومن ذلك قول الحق سبحانه وتعالى "
               "( ومن يقتل مؤمنا متعمدا فجزاؤه جهنم ).")
    assert got[-1] == ("ومن يقتل مؤمنا متعمدا فجزاؤه جهنم", "الحق سبحانه وتعالى", "الحق سبحانه وتعالى")
    assert got[0][0] == "هذا العمل يتنافى مع ثوابت الإسلام ومن ذلك"  # the citer's words end before it


def test_gods_praise_alone_after_his_noun_of_saying_with_words_between() -> None:
    got = said("وحث الخطيب على تقوى الله. وأكد أن التسابق إلى الخيرات من أسباب إجابة الدعاء، كما في قوله "
               "سبحانه وتعالى عن زكريا عليه السلام ( إنهم كانوا يسارعون في الخيرات ويدعوننا رغبا ورهبا ).")
    assert got[-1] == ("إنهم كانوا يسارعون في الخيرات ويدعوننا رغبا ورهبا", "الله", "الله")


def test_a_bracket_after_a_noun_with_no_revered_name_is_no_verse() -> None:
    got = said("وأشار الوزير إلى قول الكاتب ( الوقت كالسيف ) في مقاله.")
    assert all(speaker != "الكاتب" for _, speaker, _ in got) and len(got) <= 1
