"""An office with another nationality is not the person introduced with that office (issue 15,
quotes, round 34): after «وزير الخارجية الأمريكي [جون كيري]», «وزير الخارجية الماليزي» (its holder's
name left untagged, or not given) is a foreign minister the article does not name, not Kerry —
whether the office is the subject after the verb or before it, or the one who spoke last described
again. The same nationality, or none when he was introduced, still goes to him."""

from __future__ import annotations

import pytest

from tests.test_quotes_described_speakers import said

_KERRY = "وقال وزير الخارجية الأمريكي [جون كيري](PER:kerry) إن المحادثات بناءة. "


@pytest.mark.parametrize("sentence", [
    "لكن وزير الخارجية الماليزي قال إن الدول اتفقت على ضبط النفس.",
    "وقال وزير الخارجية الماليزي إن الدول اتفقت على ضبط النفس.",
])
def test_another_nation_s_minister_is_not_the_one_introduced(sentence: str) -> None:
    got = said(_KERRY + sentence)
    assert [q[0] for q in got] == ["kerry", None]
    assert got[1][1] == "وزير الخارجية الماليزي"


def test_the_same_nation_or_none_introduced_stays_his() -> None:
    got = said(_KERRY + "وقال وزير الخارجية الأمريكي إن الدول اتفقت على ضبط النفس.")
    assert [q[0] for q in got] == ["kerry", "kerry"]
    got = said("وقال وزير الخارجية [جون كيري](PER:kerry) إن المحادثات بناءة. "
               "وقال وزير الخارجية الماليزي إن الدول اتفقت على ضبط النفس.")
    assert [q[0] for q in got] == ["kerry", "kerry"]
