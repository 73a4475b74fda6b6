"""Speakers of quotation kinds found in round 11 (issue 15).

A verb of saying right after الذي or التي whose pronoun no name stands right before: the
person named in the few words before the pronoun, after a comma or an apposition («زهير
مراد، الذي قال إنه», «ايلون ماسك مؤسس شركة ... الذي قال إنه»), not the first person of the
sentence nor the speaker carried on from before; with no person there, a name in marks the
tagger missed right before the pronoun («ذكرت "ذي دايلي مايل" التي رأت أن») speaks as those
words (`speaker_at`). A source put before its words with an office that carries لـ («ووفقا
للرئيس X، فإن»): X, not the last speaker."""

from __future__ import annotations

from tests.test_quotes_described_bodies import spoken
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



def test_a_name_in_marks_no_mention_holds_speaks_as_those_words() -> None:
    got = spoken("وقال [أحمد سعيد](PER:ahmed) إن العرض قائم. وقرر النادي تعديل عرضه بحسب ما ذكرت "
                 "\"ذي دايلي مايل\" التي رأت أن المدرب سيشرك اللاعب يوم الأحد.")
    assert ("المدرب سيشرك اللاعب يوم الأحد", None, "ذي دايلي مايل", "ذي دايلي مايل") in got


def test_a_name_in_marks_a_mention_holds_is_no_described_speaker() -> None:
    got = spoken("وقرر النادي تعديل عرضه بحسب ما ذكرت \"[ذي دايلي مايل](ORG:mail)\" التي رأت أن "
                 "المدرب سيشرك اللاعب يوم الأحد.")
    assert all(g[3] != "ذي دايلي مايل" for g in got)


def test_the_person_after_an_office_with_la_is_the_sources_speaker() -> None:
    # «ووفقا للرئيس X، فإن»: the office carries لـ; the person named after it speaks
    for source in ("للرئيس [باراك أوباما](PER:obama)", "لوزير الخارجية [باراك أوباما](PER:obama)",
                   "الرئيس [باراك أوباما](PER:obama)"):
        got = run(f"وقال [أحمد سعيد](PER:ahmed) إن الوضع جيد. ووفقا {source}، فإن الاتفاق سيمنع "
                  "إيران من امتلاك القنبلة.")
        assert [g[2] for g in got] == ["ahmed", "obama"], source
