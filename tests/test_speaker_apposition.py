"""A definite subject that describes the last speaker again with the head noun of the words in
apposition right after his name («يرى [X] المختص النفطي الروسي أن …» then «وأكد المختص النفطي
الروسي أن»: X again), or with the noun before his name behind a clitic («فالطبيب X» then «وأشار
الطبيب الشاب»), on invented sentences (speaker_apposition, SpeakerTracker.described_last)."""

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


def test_the_noun_before_his_name_behind_a_clitic_describes_him_again() -> None:
    # «فالطبيب [X]»: the noun before the name is read bare of «ف» when matched («الطبيب»)
    got = run("ويعمل في المستشفى منذ عشر سنوات. فالطبيب [سامي العلي](PER:ali) يرى أن العلاج متوفر. "
              "وأشار الطبيب الشاب إلى أن المرضى في تحسن.")
    assert [q[2] for q in got] == ["ali", "ali"]
