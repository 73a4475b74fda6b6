"""Round 41 (issue 15), on invented sentences: an increase or a movement announced (quote_object_heads
زيادة, تحرك) is what was said, and an announcement's «عن» past a relative clause set off by commas
opens what was announced; «عن» inside the relative clause stays the clause's."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize(("text", "said"), [
    ("أعلنت [أمانة المحافظة](ORG:amana) عن زيادة عدد الدوائر الانتخابية إلى عشر دوائر.",
     "زيادة عدد الدوائر الانتخابية إلى عشر دوائر"),
    ("بينما أعلن [مركز الإغاثة](ORG:amana) عن تحرك قوافل بحرية إلى ميناء عدن.",
     "تحرك قوافل بحرية إلى ميناء عدن"),
])
def test_an_increase_or_a_movement_announced_is_what_was_said(text: str, said: str) -> None:
    assert ("indirect", said, "amana") in run(text)


def test_the_increase_with_the_article_is_no_announcement() -> None:
    assert run("وأعلنت [الشركة](ORG:co) عن الزيادة التي أقرتها الجمعية العمومية أمس.") == []


def test_an_announcement_past_a_relative_clause_set_off_by_commas() -> None:
    got = run("أعلنت [محافظات المنطقة الوسطى](ORG:gov)، التي تشمل ثلاث محافظات جبلية، عن تشكيل مجلس "
              "قيادة موحد للمقاومة.")
    assert ("indirect", "تشكيل مجلس قيادة موحد للمقاومة", "gov") in got


def test_an_about_inside_a_relative_clause_stays_the_clauses() -> None:
    got = run("أعلنت [الشرطة](ORG:police) تعزيز الإجراءات بعد الهجمات التي أسفرت عن مقتل عشرة أشخاص.")
    assert not any(t.startswith("مقتل") for _, t, _ in got)
