"""Points a statement lists on the lines after «ما يلي :» (round 41, quote_points): each numbered
or bulleted point is what the announcing sentence's speaker said, up to its line's end or a clause
of saying of its own; a decision listed without a verb of saying, and a list after a sentence that
ends with no lead, are no quotations. Invented sentences."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import quote_cues
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quote_colon import _by_lines as run

_STATEMENT = ("وقالت [المديرية](ORG:dir) في بيان أصدرته اليوم إنه حرصا على الشفافية فإنها تود بيان ما يلي :\n"
              "أولاً : المريض وصل إلى قسم الطوارئ في حالة حرجة بعد منتصف الليل؛ وقد أكد ذلك شقيقه وأفاد أن "
              "الإسعاف تأخر نصف ساعة .\n"
              "ثانياً : تم تحويل المريض إلى العناية المركزة فور وصوله إلى المستشفى .\n")


def test_each_numbered_point_is_the_statements_speakers() -> None:
    got = run(_STATEMENT)
    assert ("indirect", "المريض وصل إلى قسم الطوارئ في حالة حرجة بعد منتصف الليل", "dir") in got
    assert ("indirect", "تم تحويل المريض إلى العناية المركزة فور وصوله إلى المستشفى", "dir") in got


def test_a_point_ends_before_a_clause_of_saying_of_its_own() -> None:
    texts = [t for _, t, _ in run(_STATEMENT)]
    assert "الإسعاف تأخر نصف ساعة" in texts
    assert not any("وقد أكد ذلك" in t for t in texts)


def test_bulleted_points_after_a_statement_are_quotations() -> None:
    got = run("وأوضح [النادي](ORG:club) في بيانه ما يأتي:\n- اللاعب لم يوقع أي عقد مع ناد آخر حتى الآن.\n"
              "- الإدارة ستعلن قرارها النهائي بعد نهاية المعسكر.\n")
    assert ("indirect", "اللاعب لم يوقع أي عقد مع ناد آخر حتى الآن", "club") in got
    assert ("indirect", "الإدارة ستعلن قرارها النهائي بعد نهاية المعسكر", "club") in got


def test_a_decision_listed_is_no_quotation() -> None:
    assert run("وقرر مجلس الوزراء ما يلي :\n1 - تجديد عضوية المجلس لمدة ثلاث سنوات.\n"
               "2 - تعيين عضو جديد في مجلس الإدارة.\n") == []


def test_a_list_after_a_sentence_with_no_lead_is_no_quotation() -> None:
    got = run("وقال [سامي الفهد](PER:sami) إن الفريق استعد جيدا للمباراة:\n1 - الحارس عاد من الإصابة.\n")
    assert not any(t.startswith("الحارس عاد") for _, t, _ in got)


_POINT_ROWS = [r for r in load_table("quote_cues") if r["kind"] in ("points_lead", "point_ordinal")]


@pytest.mark.parametrize("row", _POINT_ROWS)
def test_every_points_row_is_found_where_it_stands(row: dict[str, str]) -> None:
    ws = words_of(row["form"])
    cue = quote_cues().at(ws, 0, frozenset({row["kind"]}))
    assert cue is not None and cue.size == len(ws)
