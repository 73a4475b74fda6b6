"""Speakers of round 15 (issue 15), on invented sentences: a participle of saying with no verb
of saying before it in its sentence goes on the subject of the verb the sentence opens with
(«استنكرت [البحرين] تصريحات [المالكي] …، معتبرة أن»), not on a name in that verb's object."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import not_verb
from marsad.events.words import words_of
from marsad.lang import load_table
from tests.test_quotes_units import run

_OBJECT = " تصريحات [نوري المالكي](PER:maliki) نائب رئيس جمهورية العراق ضد المملكة، "


def test_a_participle_goes_on_the_opening_verb_s_subject_not_its_object() -> None:
    got = run("استنكرت [مملكة البحرين](LOC:bahrain) وبشدة" + _OBJECT + "معتبرة أن هذه التصريحات مرفوضة.")
    assert [q[2] for q in got] == ["bahrain"]


def test_a_body_subject_with_a_time_before_it_speaks() -> None:
    got = run("ونعت [وزارة الداخلية](ORG:moi) اليوم العقيد [عبد الله السعيطي](PER:saiti) قائلة إن "
              "رجال الشرطة لن يتراجعوا.")
    assert [q[2] for q in got] == ["moi"]


def test_an_unnamed_group_subject_is_nobody() -> None:
    got = run("استنكر دبلوماسيون عرب ومصريون مزاعم [نوري المالكي](PER:maliki) ضد المملكة، مؤكدين أنها "
              "تتصدى للإرهاب.")
    assert [q[2] for q in got] == [None]


def test_a_description_before_the_name_is_the_person() -> None:
    got = run("رفضت النجمة المصرية [نيللي كريم](PER:nelly) لقب خليفة [فاتن حمامة](PER:faten) الذي أطلقه "
              "عليها الصحفيون، مشيرة إلى أنها تعتز باللقب.")
    assert [q[2] for q in got] == ["nelly"]


def test_a_sentence_opening_with_a_comparison_has_no_opening_verb() -> None:
    got = run("ومثل كثير من المحللين يربط [إسماعيل](PER:ismail) بين الخطاب الطائفي وظهور التنظيم، "
              "قائلا إن لغة الطائفية خطيرة.")
    assert [q[2] for q in got] == ["ismail"]


def test_a_participle_after_a_verb_of_saying_keeps_that_verb_s_subject() -> None:
    got = run("وقال [أحمد الجار الله](PER:jarallah) إن الكويت بلد تعايش مع [العراق](LOC:iraq)، "
              "مضيفا أن الحكومة العراقية شكرت الكويت.")
    assert [q[2] for q in got] == ["jarallah", "jarallah"]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "not_verb"],
                         ids=lambda r: r["form"])
def test_every_not_verb_row_opens_no_verb(row: dict[str, str]) -> None:
    assert not_verb(words_of(row["form"])[0])
    assert not_verb(words_of("و" + row["form"])[0])
    assert not not_verb(words_of("استنكر")[0])


def test_an_honorific_after_the_hearer_opens_the_subject() -> None:
    got = run("قال لـ «الاقتصادية» الدكتور [مصطفى بلجون](PER:baljoun) مدير عام الشؤون الصحية في "
              "[منطقة مكة المكرمة](LOC:makkah)، إنه تم توقيع اتفاقية مع الجامعة.")
    assert [q[2] for q in got] == ["baljoun"]


def test_an_engineer_after_a_hearer_in_marks_speaks() -> None:
    got = run("وأوضح لـ«الجزيرة» المهندس [سميحان الشمري](PER:shammari)، رئيس بلدية المحافظة، أنه تم "
              "تركيب الشاشة الإلكترونية.")
    assert [q[2] for q in got] == ["shammari"]


def test_a_plural_participle_with_no_subject_of_its_clause_is_no_one_person() -> None:
    got = run("وقال [سعد](PER:saad) إن الهجوم فشل. وجدد عدد من المواطنين مطالبهم حول توسعة الطريق، "
              "مؤكدين أنه يشكل خطورة على الأبرياء.")
    assert got[-1][2] is None


def test_a_plural_participle_keeps_the_subject_of_its_verb_of_saying() -> None:
    got = run("وأكد [السفراء العرب](ORG:envoys) أن الحوار مهم، مشيرين إلى أن المملكة تدعم السلام.")
    assert [q[2] for q in got] == ["envoys", "envoys"]
