"""A verb of saying whose subject cannot speak (quote_mute_subjects.tsv, quote_mute_subjects.py)
starts no quotation: data, figures, the market, a decision, a demonstrative alone. A study's or a
report's findings, «المعلومات» and a person's words stay."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from tests.test_quotes_units import run


@pytest.mark.parametrize("sentence", [
    "وتشير البيانات إلى أن الاقتصاد فقد بعض الزخم.",  # after the verb
    "ويترقب المتعاملون تأكيد السوق أن المستويات الحالية منطقة آمنة.",  # a noun of saying's subject
    "وانخفض الدولار متأثرا ببيانات إنفاق المستهلكين ونشاط المصانع الأمريكية التي صدرت أمس الاثنين "
    "وتشير إلى أن أكبر اقتصاد في العالم ربما فقد بعض الزخم.",  # a joined verb going back to the data
    "وتشير بيانات إنفاق المستهلكين إلى أن الطلب تراجع.",  # the noun's phrase runs on to إلى
    "وبين هذا القرار أن الوزارة جادة في الإصلاح.",  # a demonstrative before the noun
    "وأشارت البيانات إلى ارتفاع الطلب على النفط.",  # «أشار إلى» + a noun (quote_nominal)
    # not the noun after an inner «إلى» either
    "وحسب موقع الهيئة، أشارت البيانات التي وصلت إلى مراكز الاتصال على الأرض إلى أن المركبة سليمة.",
])
def test_a_mute_subject_starts_no_quotation(sentence: str) -> None:
    assert run(sentence) == []


@pytest.mark.parametrize("sentence, said", [
    ("وأكد ذلك مصدر مطلع بقوله إن الموردين خفضوا الأسعار.", "الموردين خفضوا الأسعار"),  # ذلك: the object
    ("وأوضحت الإحصاءات أن نصف المشاركات يمارسن أنشطة تجارية.", "نصف المشاركات يمارسن أنشطة تجارية"),
    ("وأظهرت الدراسة أن نصف الطلاب ينامون قليلا.", "نصف الطلاب ينامون قليلا"),
    ("وقال الوزير إن البيانات تراجعت.", "البيانات تراجعت"),
    ("لكن مصادر بالسوق أشارت إلى أن القرار ليس مبررا.", "القرار ليس مبررا"),  # a noun before the verb
    ("وأشار لصور إلى أن الوضع الصحي استثنائي.", "الوضع الصحي استثنائي"),  # a preposition: no subject
    ("وأكدت بيانات للفصائل الفلسطينية أن الحرق جريمة.", "الحرق جريمة"),  # statements (بيان) of a body
    ("وقالت مصادر بالسوق التي تراجعت أمس وأشارت إلى أن الطلب سيرتفع.", "الطلب سيرتفع"),
])
def test_a_speaker_or_a_study_still_speaks(sentence: str, said: str) -> None:
    assert [g[:2] for g in run(sentence)] == [("indirect", said)]


@pytest.mark.parametrize("form", [r["form"] for r in load_table("quote_mute_subjects")
                                  if r["kind"] == "noun"])
def test_each_noun_of_the_table_silences_the_verb_after_it(form: str) -> None:
    assert run(f"وأوضحت ال{form} أن الطلب سيرتفع.") == []
    assert [g[:2] for g in run("وتشير الوزارة إلى أن الطلب سيرتفع.")] == [("indirect", "الطلب سيرتفع")]


@pytest.mark.parametrize("form", [r["form"] for r in load_table("quote_mute_subjects")
                                  if r["kind"] == "demonstrative"])
def test_each_demonstrative_before_a_noun_silences_the_verb(form: str) -> None:
    assert run(f"وتشير {form} البيانات إلى أن الطلب سيرتفع.") == []


def test_a_demonstrative_alone_is_the_verbs_object() -> None:
    assert [g[:2] for g in run("وأكد ذلك الوزير بقوله إن الطلب سيرتفع.")] == [("indirect", "الطلب سيرتفع")]


def test_a_joined_verb_past_a_comma_is_not_the_nouns() -> None:
    said = [g[:2] for g in run("ووصف التجربة بأنها ناجحة، وساهم في صنع القرار، وقال إن المرأة شاركت.")]
    assert ("indirect", "المرأة شاركت") in said


def test_forms_are_single_words_without_the_article() -> None:
    forms = [normalize(r["form"]) for r in load_table("quote_mute_subjects")]
    assert all(len(f.split()) == 1 and not f.startswith("ال") for f in forms)
