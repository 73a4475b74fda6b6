"""A text the writer announces and then gives whole (round 41, quote_announced_text): «وفيما يلي نص
البيان :» and the lines after it, or «نص الرسالة: “…”» on its own line, are one `direct` quotation
with what it holds in it not split apart; «نص» that announces nothing stays out. Invented sentences."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quote_colon import _by_lines as run

_STATEMENT = ("وأصدر [النادي الأهلي](ORG:ahli) بيانا رسميا أمس حول انتقال اللاعب.\n"
              " وفيما يلي نص البيان الأهلاوي:\n"
              " يود المركز الإعلامي بالنادي أن يوضح لجمهوره الكريم ما يلي:\n"
              " استكمالا للمفاوضات السابقة، فقد عاودت إدارة النادي اتصالاتها الرسمية بالنادي الآخر.\n"
              " وقد أكد المركز أن الإدارة تعمل بوضوح تام.")


def test_the_lines_after_an_announced_statement_are_one_quotation() -> None:
    got = run(_STATEMENT)
    assert len(got) == 1
    kind, text, _ = got[0]
    assert kind == "direct"
    assert text.startswith("يود المركز الإعلامي بالنادي") and text.endswith("الإدارة تعمل بوضوح تام")


def test_a_statement_announced_by_its_pronoun_and_a_dash() -> None:
    got = run("وصدر عن القمة بيان مشترك في ختام أعمالها فيما يلي نصه :-\n"
              " اجتمع القادة أمس في العاصمة بهدف تعزيز الشراكة بين الجانبين. وأكد القادة التزامهم المشترك.")
    assert [(k, t[:20]) for k, t, _ in got] == [("direct", "اجتمع القادة أمس في ")]
    assert got[0][1].endswith("وأكد القادة التزامهم المشترك")


def test_a_letter_given_after_its_lead_on_the_same_line() -> None:
    got = run("وبعث الدكتور [سعد المالكي](PER:saad) رسالة إلى زملائه في المستشفى يودعهم فيها.\n"
              "نص الرسالة: “تعجز الكلمات أن تصف مشاعرنا في هذا اليوم، قضينا معكم أياما”، وأشكر فيكم "
              "حسن استقبالكم وحسن تعاملكم طوال فترة عملي معكم”.\n"
              "يشار إلى أن المالكي تولى إدارة المستشفى قبل خمسة أشهر.")
    texts = [t for _, t, _ in got]
    assert ("تعجز الكلمات أن تصف مشاعرنا في هذا اليوم، قضينا معكم أياما”، وأشكر فيكم حسن استقبالكم "
            "وحسن تعاملكم طوال فترة عملي معكم") in texts
    assert not any(t.startswith("المالكي تولى") for t in texts)


def test_nass_that_announces_no_text_is_no_lead() -> None:
    got = run("وقال [خالد الفيصل](PER:khalid) إن نص القرار واضح ولا يحتاج إلى تفسير.\n"
              "وأضاف أن اللجنة ستجتمع الأسبوع المقبل لمناقشة التفاصيل.")
    assert [t for _, t, _ in got] == ["نص القرار واضح ولا يحتاج إلى تفسير",
                                      "اللجنة ستجتمع الأسبوع المقبل لمناقشة التفاصيل"]


_LEAD_ROWS = [r for r in load_table("quote_cues") if r["kind"] == "text_lead"]


@pytest.mark.parametrize("row", _LEAD_ROWS)
def test_every_text_lead_row_is_found_where_it_stands(row: dict[str, str]) -> None:
    ws = words_of(row["form"])
    cue = quote_cues().at(ws, 0, frozenset({row["kind"]}))
    assert cue is not None and cue.size == len(ws)
