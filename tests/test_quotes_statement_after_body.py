"""«وجاء في بيان أن …» right after a sentence whose verb a body's name follows is that body's
statement (docs/realtext-annotation.md, quotes-dev-fresh20 rulings): «أعرب [الاتحاد الأوروبي] أمس
عن دعمه … . وجاء في بيان أن «…»، مضيفا أن «…»» is the union's, both quotations; a lead phrase up to
a comma («ومن جهة أخرى،») may open that sentence. After a person's sentence or a passive one the
statement stays nobody's the article names (issue 15, round 34)."""

from __future__ import annotations

from tests.test_quotes_speakers_round21 import _described


def test_a_statement_right_after_a_body_s_sentence_is_the_body_s() -> None:
    got = _described("ومن جهة أخرى، أعرب [الاتحاد العربي](ORG:au) أمس عن دعمه للمبادرة. "
                     "وجاء في بيان أن «الدول تبذل الجهود الممكنة لإنهاء الأزمة»، "
                     "مضيفا أن «الاتحاد يدعم هذه الجهود بكل قوة».")
    assert [q[0] for q in got] == ["au", "au"]


def test_after_a_person_or_a_passive_sentence_nobody_named_issues_it() -> None:
    got = _described("التقى [سالم عمر](PER:salem) أمس السفير. وجاء في بيان أن الجانبين بحثا التعاون.")
    assert [q[0] for q in got] == [None]
    got = _described("وقتل خمسة أشخاص في هجوم على [شركة النفط](ORG:oil). وجاء في بيان أن المهاجمين فروا.")
    assert [q[0] for q in got] == [None]
