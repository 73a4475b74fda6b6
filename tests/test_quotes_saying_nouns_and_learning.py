"""Quotations on real news (issue 15, quotes, round 2): speech after a saying noun with the
speaker's pronoun («وختم الشهراني حديثه بقوله: ...») or after a clause about a text («بيانا جاء
فيه: ...», «ما نصه: ...»), whose speaker is the clause subject like قائلا's; and what a newspaper
learned from sources («وعلمت "الوطن" من مصادر مطلعة أن ...»): the sources' words, their speaker
unnamed, while what it learned from nobody named («وعلمت "الوطن" أن ...») is no quotation."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_and_events_realtext import said

_SAYING_NOUNS = {"بقوله": "[الشهراني](PER:sh) حديثه", "بقولها": "[سارة](PER:sh) حديثها",
                 "بقولهم": "[اللاعبون](PER:sh) حديثهم"}
_TEXT_CLAUSES = ("جاء فيه", "جاء فيها", "ما نصه")
_ROWS = [r for r in load_table("quote_cues") if r["form"] in (*_SAYING_NOUNS, *_TEXT_CLAUSES)]


@pytest.mark.parametrize("row", [r for r in _ROWS if r["form"] in _SAYING_NOUNS], ids=lambda r: r["form"])
def test_a_saying_noun_and_a_colon_open_the_clause_subjects_words(row: dict[str, str]) -> None:
    assert row["kind"] == "participle"
    got = said(f"وختم {_SAYING_NOUNS[row['form']]} {row['form']}: ما زادنا هذا الانفجار إلا شجاعة واصرارًا.")
    assert got == [("direct", "ما زادنا هذا الانفجار إلا شجاعة واصرارًا", "sh")]


def test_a_saying_noun_in_other_senses_is_no_quotation() -> None:
    assert said("وأشاد الجميع بقوله الحق في كل المواقف الصعبة التي مرت بها البلاد.") == []


@pytest.mark.parametrize("row", [r for r in _ROWS if r["form"] in _TEXT_CLAUSES], ids=lambda r: r["form"])
def test_a_clause_about_a_text_and_a_colon_open_its_issuers_words(row: dict[str, str]) -> None:
    assert row["kind"] == "participle"
    got = said(f"وأصدرت [الوزارة](ORG:moe) بيانا {row['form']}: العمل مستمر في جميع المواقع دون توقف.")
    assert got == [("direct", "العمل مستمر في جميع المواقع دون توقف", "moe")]


def test_a_text_clause_without_speech_after_it_is_no_quotation() -> None:
    assert said("ووقع والدي على العقد دون أن يعترض على شيء مما جاء فيه. وترتب على ذلك أنني بعد مدة.") == []


_LEARN = [r for r in load_table("quote_cues") if r["kind"] == "learn_verb"]


@pytest.mark.parametrize("row", _LEARN, ids=lambda r: r["form"])
def test_what_was_learned_from_sources_is_their_speech(row: dict[str, str]) -> None:
    assert {"verb", "relay_verb"} <= {r["kind"] for r in load_table("quote_cues") if r["form"] == row["form"]}
    form = row["form"]
    got = said(f"و{form} \"الوطن\" من مصادر مطلعة أن اللجنة يترأسها نائب وزير الصحة وتضم عددا من الوكلاء.")
    assert got == [("indirect", "اللجنة يترأسها نائب وزير الصحة وتضم عددا من الوكلاء", None)]
    # the newspaper, named, is not the speaker: the sources after من are
    got = said(f"و{form} [الوطن](ORG:watan) من مصادر مطلعة أن اللجنة يترأسها نائب وزير الصحة.")
    assert got == [("indirect", "اللجنة يترأسها نائب وزير الصحة", None)]
    # learned from nobody named: what the writer found out, no quotation
    assert said(f"و{form} [الوطن](ORG:watan) أن إدارة نادي الهلال تدرس عرضين من نادي الشباب.") == []


def test_learning_in_other_forms_is_no_quotation() -> None:
    assert said("كما نمت تلك الأراضي خلال الفترة نفسها، علماً بأنّ السمة البارزة للتمدّن هي أن المدن "
                "أصبحت أكثر كثافة.") == []
    assert said("فاندهشت كثيرا عندما علمت أن سائق السيارة كان يعمل مدير أمن الجامعة.") == []


def test_learn_source_is_only_the_source_of_a_verb_of_learning() -> None:
    # «من» after an ordinary relaying verb does not name its source: the subject speaks as before
    got = said("ونقلت صحيفة [الحياة](ORG:hayat) من الرياض أن الاجتماع سيعقد الأسبوع المقبل.")
    assert [g[2] for g in got] == ["hayat"]


def test_every_form_has_its_row() -> None:
    assert {r["form"] for r in _ROWS} == {*_SAYING_NOUNS, *_TEXT_CLAUSES}
    assert {r["form"] for r in _LEARN} == {"علم", "علمت"}
    assert [r["form"] for r in load_table("quote_cues") if r["kind"] == "learn_source"] == ["من"]
