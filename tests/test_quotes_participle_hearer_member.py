"""A participle of saying goes on with its clause's subject, never with a person named only in
apposition to one member of a group a preposition governs («وتوجه إلى أحد منظمي الحفل [X] قائلا
له»: X heard it; quote_speaker._object_member over speaker_names.governed_member), on invented
sentences; a verb of saying of its own after meeting such a person still goes on with him."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_the_member_a_preposition_governs_is_not_the_participles_speaker() -> None:
    got = run("وكان الفنان يغني طوال السهرة، وتوجه تارة إلى أحد منظمي الحفل [سامر خليل](PER:samer) "
              "قائلا له «لم نتفق على هذا الحر في العقد».")
    assert [speaker for _, _, speaker in got] == [None]


def test_a_preposition_glued_to_the_member_word_governs_it_too() -> None:
    got = run("وتوجه الوزير لأحد مساعديه [سامر خليل](PER:samer) قائلا «أين التقرير؟».")
    assert [speaker for _, _, speaker in got] == [None]


def test_the_clauses_named_subject_still_speaks() -> None:
    got = run("وتوجه [وليد ناصر](PER:walid) إلى أحد منظمي الحفل [سامر خليل](PER:samer) "
              "قائلا له «لم نتفق على هذا الحر في العقد».")
    assert [speaker for _, _, speaker in got] == ["walid"]


def test_the_one_met_speaks_in_a_verb_of_his_own() -> None:
    got = run("والتقينا بأحد رواد المقهى [سامر خليل](PER:samer)، وقال: «نأتي إلى هنا كل مساء».")
    assert [speaker for _, _, speaker in got] == ["samer"]
