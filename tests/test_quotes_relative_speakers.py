"""The speaker of a verb of saying right after الذي or التي whose pronoun no name stands right
before (issue 15, round 11): the person named in the few words before the pronoun, after a
comma or an apposition («زهير مراد، الذي قال إنه», «ايلون ماسك مؤسس شركة ... الذي قال إنه»),
not the first person of the sentence nor the speaker carried on from before."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_the_person_before_a_comma_and_the_pronoun_speaks() -> None:
    got = run("افتتحت [دوناتيلا فرساتي](PER:donatella) الأسبوع واختتم بعرض [زهير مراد](PER:murad)، "
              "الذي قال إنه استلهم تشكيلته من النجوم والسماء.")
    assert [(g[1], g[2]) for g in got] == [("استلهم تشكيلته من النجوم والسماء", "murad")]


def test_the_person_an_apposition_describes_speaks_not_the_last_speaker() -> None:
    got = run("وقال [يوري ميلنر](PER:milner) إن المشروع طموح جدا. ومن المهتمين [ايلون ماسك](PER:musk) "
              "مؤسس شركة [سبيس إكس](ORG:spacex) (سبيس) الذي قال إنه يود استعمار المريخ يوما ما.")
    assert [(g[1], g[2]) for g in got] == [("المشروع طموح جدا", "milner"),
                                           ("يود استعمار المريخ يوما ما", "musk")]

