"""A verb of saying with «فيها» after a reported clause that opens with a person («أن [X] أجرى
اتصالات …، قال فيها»): that person speaks, not the outlet that relayed the clause, its sources or
the last speaker (speaker_resumptive), on invented sentences."""

from __future__ import annotations

from tests.test_quotes_units import run

_RELAYED = ("ونقلت وكالة الأنباء عن مصادر في الحكومة أن [سامي العلي](PER:ali) أجرى اتصالات هاتفية "
            "مع قادة الحزب بمناسبة العيد، {verb} فيها: «سنواصل المفاوضات حتى النهاية».")


def test_the_person_opening_the_relayed_clause_speaks_in_it() -> None:
    got = run(_RELAYED.format(verb="قال"))
    assert got[-1] == ("direct", "سنواصل المفاوضات حتى النهاية", "ali")


def test_not_the_last_speaker_before_it() -> None:
    got = run("وقال [خالد الحربي](PER:khalid) إن الوضع صعب. " + _RELAYED.format(verb="أكد"))
    assert got[-1][2] == "ali"


def test_a_verb_that_disagrees_with_him_is_not_his() -> None:
    got = run("وقالت [هند](PER:hind) إن الوضع صعب. " + _RELAYED.format(verb="قالت"))
    assert got[-1][2] != "ali"


def test_another_person_named_after_him_blocks_it() -> None:
    # فهد made the talks «فيها» goes back to: the clause's opener is not sure to be the speaker
    got = run("ونقلت الصحيفة أن [سامي العلي](PER:ali) التقى [فهد الراشد](PER:fahd) الذي أجرى معه "
              "محادثات مطولة حول الأوضاع الاقتصادية في المنطقة، قال فيها: «سنواصل المفاوضات».")
    assert got[-1][2] != "ali"
