"""A statement noun with a pronoun suffix («في بيانها», «تقريره», «دراستها») is still the
statement noun: its issuer is the one who gave it, so «وأضاف التقرير» goes on with that speaker;
the suffixes are the shared clitic table's, a ta marbuta written ت before them."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import speaker_ref
from marsad.lang import load_table
from marsad.lang.clitics import pronoun_suffixes
from marsad.lang.normalize import normalize
from tests.test_quotes_units import run

# a row with the article («النشرة»: its bare form is also a verb) is the definite noun alone, no pronoun
_STATEMENTS = [r for r in load_table("speaker_references") if r["kind"] == "statement"
               and not r["form"].startswith("ال")]


def _possessed(form: str, suffix: str) -> str:
    return (form[:-1] + "ت" if form.endswith("ة") else form) + suffix


def test_the_statement_rows_are_there() -> None:
    assert {r["form"] for r in _STATEMENTS} >= {"بيان", "تقرير", "دراسة"}


@pytest.mark.parametrize("row", _STATEMENTS, ids=lambda r: r["form"])
def test_every_statement_row_possessed_is_that_statement(row: dict[str, str]) -> None:
    for suffix in pronoun_suffixes():
        for word in (_possessed(row["form"], suffix), "و" + _possessed(row["form"], suffix),
                     "ب" + _possessed(row["form"], suffix)):
            assert speaker_ref(normalize(word)) == ("statement", normalize(row["key"])), word


@pytest.mark.parametrize("word", ["البيانها", "بالتقريره", "وزيرها", "بيانات", "بياناتها"])
def test_no_statement_from_an_article_with_a_suffix_or_another_noun(word: str) -> None:
    ref = speaker_ref(normalize(word))
    assert ref is None or ref[0] != "statement"


def test_a_person_s_own_report_goes_on_as_him() -> None:
    got = run("وأكد [أحمد الزهراني](PER:z) في تقريره أن المشروع متأخر. "
              "وأضاف التقرير أن التكلفة ارتفعت.")
    assert [(words, sp) for _, words, sp in got] == [
        ("المشروع متأخر", "z"), ("التكلفة ارتفعت", "z")]


@pytest.mark.parametrize("body, noun, later", [
    ("[جامعة الملك سعود](ORG:ksu)", "دراستها", "وأضافت الدراسة"),
    ("[وزارة الصحة](ORG:ksu)", "بيانها", "وأضاف البيان"),
])
def test_a_body_s_own_statement_goes_on_as_the_body_past_another_speaker(
        body: str, noun: str, later: str) -> None:
    got = run(f"وقالت {body} في {noun} إن النتائج مشجعة. وقال [سعد الحربي](PER:h) إن العمل "
              f"مستمر. {later} أن العينة كبيرة.")
    assert [sp for _, _, sp in got] == ["ksu", "h", "ksu"]



def test_a_name_after_a_possessed_statement_is_not_its_issuer() -> None:
    got = run("وقال [سعد الحربي](PER:h) في رسالته إلى [خالد العتيبي](PER:o) إن العمل مستمر. "
              "وأضافت الرسالة أن النتائج مشجعة.")
    assert [sp for _, _, sp in got] == ["h", "h"]
