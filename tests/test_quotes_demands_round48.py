"""Demands «طالب X بـ» + a verbal noun are indirect quotations of X (the guide, ruled in round 48):
a short demand headed by a verbal noun after ب, and a participle of demand with the one asked named
right after it, no comma before it; on invented sentences."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_two_word_demand_headed_by_a_verbal_noun_after_ba_is_quoted() -> None:
    got = run("حتى أن النجم [دييجو مارادونا](PER:dm) طالب بإعادة المباراة. أما المدرب فقد غضب.")
    assert [(t, s) for _, t, s in got] == [("بإعادة المباراة", "dm")]


def test_a_two_word_noun_phrase_after_ba_with_no_verbal_noun_is_none() -> None:
    got = run("وطالب [سعيد الزهراني](PER:saeed) بخمسين ريالا. أما المدرب فقد غضب.")
    assert got == []


def test_a_demand_participle_naming_the_one_asked_needs_no_comma() -> None:
    got = run("وتظاهر العشرات أمام مبنى المحافظة مطالبين المحافظ والمجالس المحلية بإخراج "
              "الميليشيات من المستشفى وإيقاف تدخلهم في عمله.")
    assert [t for _, t, _ in got] == ["بإخراج الميليشيات من المستشفى وإيقاف تدخلهم في عمله"]


def test_the_passive_participle_obliged_to_is_no_demand() -> None:
    got = run("وأصبح الموظفون مطالبين بدفع الرسوم كاملة قبل نهاية الشهر.")
    assert got == []


def test_a_demand_in_a_relative_conjoined_on_a_medium_is_the_name_s_before_it() -> None:
    got = run("ووافق مجلس الوزراء أمس على مشروع القرار الذي قدمه رئيس الحكومة، [حيدر العبادي](PER:abadi) "
              "والذي طالب فيه بعدد من الأمور في مقدمتها إلغاء مناصب نواب الرئيس.")
    assert [(t, s) for _, t, s in got] == [("بعدد من الأمور في مقدمتها إلغاء مناصب نواب الرئيس", "abadi")]


def test_a_conjoined_relative_with_no_medium_pronoun_stays_out() -> None:
    got = run("ووافق مجلس الوزراء أمس على مشروع القرار الذي قدمه رئيس الحكومة، [حيدر العبادي](PER:abadi) "
              "والذي طالب بعدد من الأمور في مقدمتها إلغاء مناصب نواب الرئيس.")
    assert got == []
