"""«منذ» + a count by the aspect of its clause (docs/realtext-annotation.md): the DATE it points
back to after a punctual past event, the length up to now (a DURATION without «منذ») when the
clause speaks of a stretch lasting up to now; every `elapsed` cue row of date_cues.tsv is tried."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

THURSDAY = date(2015, 8, 6)


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, THURSDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل الوفد منذ يومين", [("منذ يومين", "DATE", "2015-08-04")]),
    ("وكانت المديرية قد دشنت منذ نحو الشهرين عددا من المراكز", [("منذ نحو الشهرين", "DATE", "2015-06")]),
    ("تستمر المفاوضات منذ ستة أشهر دون نتيجة.", [("ستة أشهر", "DURATION", "P6M")]),
    ("وما زال التحقيق مستمرا منذ يومين.", [("يومين", "DURATION", "P2D")]),
    ("كانت الفترة الأكثر جفافا منذ مائة وعامين.", [("مائة وعامين", "DURATION", "P102Y")]),
    ("بعد أسبوع من أعنف قتال وقع منذ شهر.", [("أسبوع", "DURATION", "P1W"), ("شهر", "DURATION", "P1M")]),
    ("ولم يزر المملكة منذ عامين", [("عامين", "DURATION", "P2Y")]),
    # a negation noun, an imperfective verb or a participle of a state lasting up to now
    ("يشكو السكان من عدم صيانة الطريق منذ عشرة أعوام", [("عشرة أعوام", "DURATION", "P10Y")]),
    ("وقال إنه يعيش في المدينة منذ 30 عاما", [("30 عاما", "DURATION", "P30Y")]),
    ("ولا يزال الصياد مفقودا منذ ثلاثة أيام", [("ثلاثة أيام", "DURATION", "P3D")]),
    # the participle definite, an adjective of its noun: the same state («المختفية», «المحتجزين»)
    ("ويبحث الأهالي عن القطة المختفية منذ عشرة أيام", [("عشرة أيام", "DURATION", "P10D")]),
    ("وطالبت الأسر بالإفراج عن البحارة المحتجزين منذ عامين", [("عامين", "DURATION", "P2Y")]),
    ("سيكون الفوز الأول للفريق منذ 11 عاما", [("11 عاما", "DURATION", "P11Y")]),
    # a perfective verb of a punctual event keeps the date
    ("تأسست الشركة منذ ست سنوات فقط", [("منذ ست سنوات", "DATE", "2009")]),
])
def test_since_reads_by_the_clause(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_cue_of_another_clause_leaves_the_date() -> None:
    """A cue before a comma or a full stop belongs to another clause: «منذ» keeps its date."""
    assert found("كان أعلى معدل، ووصل الوفد منذ يومين") == [("منذ يومين", "DATE", "2015-08-04")]


def test_since_without_a_count_stays_past_ref() -> None:
    assert found("تستمر المماطلة منذ أشهر") == [("منذ أشهر", "DATE", "PAST_REF")]


def test_before_is_never_read_as_a_length() -> None:
    """Only «منذ» («since») has the two readings; «قبل» («ago») keeps its date after any cue."""
    assert found("سجل أعلى معدل قبل يومين") == [("قبل يومين", "DATE", "2015-08-04")]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "elapsed"],
                         ids=lambda r: r["word"])
def test_elapsed_cue_makes_since_a_length(row: dict[str, str]) -> None:
    assert found(f"الوضع {row['word']} منذ ثلاث سنوات") == [("ثلاث سنوات", "DURATION", "P3Y")]
    assert found(f"و{row['word']} منذ ثلاث سنوات") == [("ثلاث سنوات", "DURATION", "P3Y")]


def test_the_article_makes_no_cue_of_another_word() -> None:
    """Only a cue less its article counts: «العمل» is no «تعمل», the date stays."""
    assert found("بدأ العمل في الجسر منذ عامين") == [("منذ عامين", "DATE", "2013")]


@pytest.mark.parametrize(("text", "expected"), [
    ("- منذ سنتين والفريق يلعب خارج ملعبه", [("سنتين", "DURATION", "P2Y")]),
    ("وقال: ومنذ عامين وهو يعاني من الإصابة", [("عامين", "DURATION", "P2Y")]),
    # after a clause of its own, «و» joins another clause: the date stays
    ("افتتح الفرع منذ عامين والشركة تخطط للتوسع", [("منذ عامين", "DATE", "2013")]),
    # no imperfective verb after the subject: no circumstantial clause
    ("منذ عامين والفريق في المركز الأول", [("منذ عامين", "DATE", "2013")]),
])
def test_since_opening_a_circumstantial_clause_is_a_length(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """«منذ» + a count opening its clause, then «و» + a subject + an imperfective verb: a state going on."""
    assert found(text) == expected
