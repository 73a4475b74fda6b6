"""Issue 16, round 12: «اليوم» after a pronoun, «أما», a verb of becoming or of living through a
state is "nowadays", the present (PRESENT_REF), not the publication day (`present` cues of
`lang/ar/date_cues.tsv`)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import extract
from marsad.lang import load_table

DAY = date(2015, 8, 8)  # a Saturday


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start:t.end], t.type, t.value) for t in extract(text, DAY)]


@pytest.mark.parametrize("row", [r for r in load_table("date_cues") if r["kind"] == "present"],
                         ids=lambda r: r["word"])
def test_today_after_a_present_cue_is_nowadays(row: dict[str, str]) -> None:
    """Each cue, bare and with «و» written onto it, makes «اليوم» the present; a weekday after
    «اليوم» keeps it the day."""
    assert found(f"قال إن العالم {row['word']} اليوم في مرحلة صعبة") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"قال إن العالم و{row['word']} اليوم في مرحلة صعبة") == [("اليوم", "DATE", "PRESENT_REF")]
    assert found(f"قال إن العالم {row['word']} اليوم السبت في مرحلة صعبة") == \
        [("اليوم السبت", "DATE", "2015-08-08")]


@pytest.mark.parametrize("text", [
    "وذكر السنيورة أن العالم العربي يعيش اليوم حالة «تهافت التهافت»",  # timex-dev-5, line 25096
    "أما اليوم فالأمور تغيرت كثيراً",
    "كنت أتابعها، أما اليوم فقد اكتشفت أنها لا مصداقية لها",
    "لكن علينا اليوم أن نتساءل بجرأة",  # the dates gold
    "وهذا اللغو هو ما نراه اليوم ينتشر عبر مواقع التواصل",
    "إن قلت بأن السعودية باتت اليوم تواجه حربا نفسية",
    "فهي المدينة التي ولدت فيها الصحافة كما نعرفها اليوم، ومنها انطلقت",  # round 37: as we know it
    "ويبقى الملعب الذي نعرفه اليوم شاهدا على تلك الحقبة",
])
def test_nowadays_in_running_text(text: str) -> None:
    assert found(text) == [("اليوم", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize("text", [
    "تمر اليوم الذكرى الخمسون لتأسيس النادي",  # an anniversary falls today: «تمر» is no cue
    "أعلنت الوزارة اليوم نتائج القبول",
    "ويلتقي الهلال اليوم مع النصر",
])
def test_today_of_the_news_stays_the_day(text: str) -> None:
    assert found(text) == [("اليوم", "DATE", "2015-08-08")]
