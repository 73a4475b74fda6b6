"""A weekday that is a family name («محمد الخميس رئيس لجنة») is no date."""

from datetime import date

import pytest

from marsad.dates.extract import extract
from marsad.lang import load_table

ANCHOR = date(2015, 3, 4)


def _spans(text: str) -> list[str]:
    return [text[t.start:t.end] for t in extract(text, ANCHOR)]


def test_weekday_between_given_name_and_office_is_a_family_name() -> None:
    assert _spans("من جهته، أكد محمد الخميس رئيس لجنة الأهالي أن المشروع تأخر") == []
    assert _spans("وقال عبدالله الجمعة مدير المدرسة إن الدوام انتظم") == []
    assert _spans("وأوضح سعود السبت عضو المجلس البلدي أن") == []


def test_weekday_after_a_titled_actor_or_without_office_stays_a_date() -> None:
    assert _spans("استقبل الأمير محمد الخميس وزير الخارجية") == ["الخميس"]
    assert _spans("استقبل ولي العهد محمد الخميس رئيس الوزراء") == ["الخميس"]
    assert _spans("قال الرئيس هادي الاثنين إن الحكومة ستعود") == ["الاثنين"]
    assert _spans("وصل محمد الخميس إلى الرياض") == ["الخميس"]
    assert _spans("وقال عبدالله الجمعة إن الدوام انتظم") == ["الجمعة"]


def test_weekday_after_an_office_holders_given_name_is_a_family_name() -> None:
    """Round 52's outside audit: an office in construct, its complement ending in a definite word, a given
    name, then the weekday: news names such a holder by given and family names."""
    assert _spans("وأوضح رئيس اللجنة الاجتماعية الأهلية بحي الروضة محمد الخميس أن ثلاث جهات تعمل") == []
    assert _spans("ما دار بين الأمين العام للاتحاد السعودي أحمد الخميس ورئيس لجنة الانضباط") == []


@pytest.mark.parametrize("row", [r for r in load_table("date_names") if r["kind"] == "ruler_title"],
                         ids=lambda r: r["name"])
def test_weekday_after_a_rulers_title_and_given_name_stays_a_date(row: dict[str, str]) -> None:
    assert _spans(f"استقبل {row['name']} محمد الخميس الوفد المشارك") == ["الخميس"]
