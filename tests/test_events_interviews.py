"""A conversation noun given to the press is an interview, not talks between actors (issue 15):
«أجرى حوارا تلفزيونيا مع محطة سكاي نيوز», «في حوار مع إذاعة الأمم المتحدة»; talks with a named
partner stay a meeting. The `media` rows of event_senses.tsv row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run


def _meets(evs: list) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in evs if e.label == "MEET"]


def test_a_television_interview_is_no_meeting() -> None:
    evs = run("وكان [كيفيماكي](PER:kivimaki) أجرى حوارا تلفزيونيا مع محطة [سكاي نيوز](ORG:sky) تحت اسم "
              "مستعار.")
    assert _meets(evs) == []
    evs = run("وقالت [جوان جوزيف](PER:joseph) في حوار مع إذاعة [الأمم المتحدة](ORG:un) إن السجون مكان "
              "للتأهيل.")
    assert _meets(evs) == []


def test_a_meeting_with_a_named_partner_stays_one() -> None:
    evs = run("وعقد وزير الخارجية [عادل الجبير](PER:jubeir) لقاء مع نظيره [سيرغي لافروف](PER:lavrov) "
              "في [موسكو](LOC:moscow).")
    assert _meets(evs) == [("MEET", ["jubeir", "lavrov"])]


@pytest.mark.parametrize("row", [r for r in load_table("event_senses") if r["kind"] == "media"],
                         ids=lambda r: r["form"])
def test_each_medium_word_makes_the_conversation_an_interview(row: dict[str, str]) -> None:
    evs = run(f"وعقد وزير الخارجية [عادل الجبير](PER:jubeir) لقاء {row['form']} مع نظيره "
              "[سيرغي لافروف](PER:lavrov).")
    assert _meets(evs) == []


def test_a_call_with_a_news_outlet_is_an_interview() -> None:
    outlet = "[الشرق الأوسط](ORG:asharq_al_awsat)"
    evs = run(f"وأوضح [محمد الأمين](PER:amin) في اتصال هاتفي مع «{outlet}» أن [جون كيري](PER:kerry) "
              "التقى الوزير.")
    assert [e for e in evs if e.label == "CALL"] == []
    evs = run("وأوضح [محمد الأمين](PER:amin) في اتصال هاتفي مع [جون كيري](PER:kerry) أن الاتفاق قريب.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("CALL", ["amin", "kerry"])]


def test_a_call_an_outlet_made_with_him_is_an_interview() -> None:
    """Round 53 (outside audit): «أجرته معه» + a news outlet: the outlet called him for its
    story; a person named there is the other side of a call."""
    outlet = "[الشرق الأوسط](ORG:asharq_al_awsat)"
    evs = run(f"وذكر الوزير [عبده الحذيفي](PER:hud) في اتصال هاتفي أجرته معه «{outlet}»، عقب انتهاء "
              "اجتماع [خالد بحاح](PER:bahah) مع الحكومة المحلية في [عدن](LOC:aden)، أن نائب الرئيس تفقد "
              "الموانئ الثلاثة.")
    assert [e for e in evs if e.label == "CALL"] == []
    evs = run("وذكر الوزير [عبده الحذيفي](PER:hud) في اتصال هاتفي أجراه معه [خالد بحاح](PER:bahah) أن "
              "الموانئ آمنة.")
    assert [e.label for e in evs if e.label == "CALL"] == ["CALL"]


def test_a_meeting_with_a_channel_past_its_subject_is_an_interview() -> None:
    evs = run("إذا كنت لم تشاهد لقاء السفير السابق [ألبرتو فرنانديز](PER:af) مع قناة «[سي بي إس](ORG:cbs)» "
              "في ضيافة المذيعة [مارغريت برينان](PER:mb)، فعليك مشاهدته.")
    assert _meets(evs) == []
