"""Round 42 (issue 15), on invented sentences: a continuation verb with no conjunction right after
the definite noun a reported clause opens with («مبينا أن [القنصلية] تابعت الحادثة») is that
clause's own verb (followed up), not «وتابع» (he went on to say): what was said runs past it, and a
participle after it keeps the speaker."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_followed_up_inside_the_clause_is_no_verb_of_saying() -> None:
    got = run("وقال [خالد](PER:k) إن الوزارة تبلغت بالحادثة، مبينا أن القنصلية تابعت الحادثة ووقفت على آخر "
              "التطورات، مضيفا أن الهلع انتاب بعض النزلاء.")
    assert ("indirect", "القنصلية تابعت الحادثة ووقفت على آخر التطورات", "k") in got
    assert ("indirect", "الهلع انتاب بعض النزلاء", "k") in got


def test_the_continuation_with_its_conjunction_still_goes_on() -> None:
    got = run("وقال [خالد](PER:k) إن الوزارة تبلغت بالحادثة. وتابع أن القنصلية على اتصال بالنزلاء.")
    assert ("indirect", "القنصلية على اتصال بالنزلاء", "k") in got
