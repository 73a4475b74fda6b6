"""A definite subject that describes the last speaker again with the head noun of the words in
apposition right after his name («يرى [X] المختص النفطي الروسي أن …» then «وأكد المختص النفطي
الروسي أن»: X again), on invented sentences (speaker_apposition)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_the_head_noun_after_his_name_describes_him_again() -> None:
    got = run("فيما يرى [إيجور ياكوفلف](PER:yak) المختص النفطي الروسي أن الأسعار سترتفع. "
              "وأكد المختص النفطي الروسي أن الطلب قوي.")
    assert [q[2] for q in got] == ["yak", "yak"]


def test_an_apposition_after_a_comma_and_without_the_article() -> None:
    got = run("يقول [ألكسندر إيفانز](PER:ev)، منسق فريق الرصد في الأمم المتحدة، إن التهديد كبير. "
              "كذلك حذر المنسق الدولي من أن التنظيم يتوسع.")
    assert [q[2] for q in got] == ["ev", "ev"]


def test_a_noun_inside_his_reported_clause_is_no_apposition() -> None:
    got = run("ويرى [سامي العلي](PER:ali) أن المحلل النفطي يخطئ في تقديراته. "
              "وأكد المحلل النفطي أن الطلب قوي.")
    assert got[-1][2] != "ali"


def test_another_speaker_between_keeps_the_description_unresolved() -> None:
    got = run("فيما يرى [إيجور ياكوفلف](PER:yak) المختص النفطي الروسي أن الأسعار سترتفع. "
              "وقال [خالد الحربي](PER:kh) إن السوق هادئة. وأكد المختص النفطي الروسي أن الطلب قوي.")
    assert got[-1][2] is None
