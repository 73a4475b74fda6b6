"""«يبين», the present of بيّن (showed), is a verb of saying (round 53; round 52's outside audit row 17:
«العم X يشير إلى أنه …، ويبين أن …» ran the first span over «ويبين» and gave its words no span of
their own)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_present_showed_opens_its_own_quotation() -> None:
    got = run("وقال الوزير [خالد](PER:h) إن الوضع صعب في هذه المهنة، ويبين أن الحل قريب.")
    assert ("indirect", "الحل قريب", "h") in got


def test_a_named_subject_after_it_speaks() -> None:
    got = run("لكن يبين الاقتصادي [بول كروجمان](PER:k) بأن هنالك حجة تدعو لخروج اليونان.")
    assert got == [("indirect", "هنالك حجة تدعو لخروج اليونان", "k")]
