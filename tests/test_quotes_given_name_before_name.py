"""A given name written as such right before a name the tagger marked without it («رئيس النادي علي
[مداوي الشهراني]») is part of that name, not the preposition «على» it normalises to: the name is
no object, and a participle of saying goes on it (round 51, the outside audit's sample row 41)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_participle_goes_on_the_name_after_the_given_name_ali() -> None:
    got = run("وألقى رئيس النادي علي [مداوي الشهراني](PER:m) كلمة للمبتعثين قدم من خلالها تهنئة إدارة "
              "النادي لهم، داعيا الله عز وجل أن يديم الأفراح والأمان.")
    assert [(t, s) for _k, t, s in got] == [("يديم الأفراح والأمان", "m")]


def test_the_preposition_written_with_alif_maqsura_still_governs_the_name() -> None:
    got = run("وألقى رئيس النادي كلمة أثنى فيها على [مداوي الشهراني](PER:m)، داعيا الله عز وجل أن يديم "
              "الأفراح والأمان.")
    assert [s for _k, _t, s in got] != ["m"]
