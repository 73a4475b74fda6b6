"""A counterpart noun with a nisba and no name (issue 15, events11 census: «خلال اتصال هاتفي
أجراه الرئيس الإيراني مع نظيره الفرنسي»): the office of the office phrase before it (or of the
first person named before it) with the counterpart's nisba names a person introduced with that
office, or with the bare office (الرئيس هولاند); only for the trigger whose clause it stands
in. Counterpart words are the `counterpart` rows of event_cues.tsv, row by row."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_events_units import run

_COUNTERPARTS = [r["form"] for r in load_table("event_cues") if r["kind"] == "counterpart"
                 and r["form"].startswith("نظير") and not r["form"].endswith(("ي", "يه"))]
_BEFORE = ("قال الرئيس الإيراني [حسن روحاني](PER:rouhani) إن العلاقات جيدة. وأشاد الرئيس الفرنسي "
           "[فرانسوا هولاند](PER:hollande) بالعلاقات. ")


def _calls(evs: list) -> list[list[str]]:
    return [e.attrs.participants for e in evs if e.label == "CALL"]


@pytest.mark.parametrize("word", _COUNTERPARTS)
def test_the_counterpart_with_a_nisba_is_the_office_holder_introduced_before(word: str) -> None:
    evs = run(_BEFORE + f"جاء ذلك خلال اتصال هاتفي أجراه الرئيس الإيراني مع {word} الفرنسي.")
    assert _calls(evs) == [["rouhani", "hollande"]]


def test_the_counterpart_introduced_with_the_bare_office() -> None:
    evs = run("قال الرئيس الإيراني [حسن روحاني](PER:rouhani) إن العلاقات جيدة. جاء ذلك خلال اتصال "
              "هاتفي أجراه الرئيس الإيراني مع نظيره الفرنسي. ودعا الرئيس [هولاند](PER:hollande) إلى السلام.")
    assert _calls(evs) == [["rouhani", "hollande"]]


def test_the_counterpart_of_a_person_named_before_with_his_office() -> None:
    evs = run("وصل الرئيس الأمريكي [باراك أوباما](PER:obama) إلى [كينيا](LOC:kenya) أمس. وقال الرئيس "
              "الكيني [أوهورو كينياتا](PER:kenyatta) إن الزيارة مهمة. وسيجري [أوباما](PER:obama) محادثات "
              "مع نظيره الكيني حول الأمن.")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["obama", "kenyatta"]]


def test_no_counterpart_of_another_nisba_or_office() -> None:
    evs = run("قال وزير الخارجية الفرنسي [لوران فابيوس](PER:fabius) إن العلاقات جيدة. جاء ذلك خلال "
              "اتصال هاتفي أجراه الرئيس الإيراني [حسن روحاني](PER:rouhani) مع نظيره الفرنسي.")
    assert _calls(evs) == []


def test_a_counterpart_in_the_clause_of_another_trigger_joins_only_that_one() -> None:
    evs = run(_BEFORE + "وبعيد توصل [إيران](LOC:iran) إلى اتفاق نووي، أجرى الرئيس الإيراني اتصالا "
              "هاتفيا مع نظيره الفرنسي.")
    assert _calls(evs) == [["rouhani", "hollande"]]
    assert all("hollande" not in e.attrs.participants for e in evs if e.label == "AGREE")


def test_a_trigger_after_the_counterpart_does_not_take_it() -> None:
    evs = run(_BEFORE + "جاء ذلك خلال اتصال هاتفي أجراه الرئيس الإيراني مع نظيره الفرنسي قبيل توصل "
              "[إيران](LOC:iran) إلى اتفاق نووي.")
    assert _calls(evs) == [["rouhani", "hollande"]]
    assert [e.attrs.participants for e in evs if e.label == "AGREE"] == [["iran", "rouhani"]]
