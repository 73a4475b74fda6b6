"""Speakers of round 17 (issue 15), on invented sentences: a participle of saying after a verb
that is not one of saying («وأرجعت الشركة نتائجها …، مشيرة إلى أن») goes on with that verb's
described subject (the company named before), not with the last speaker, unless a name follows
the description (its holder: «وقدم الأمير [فيصل] شكره …، مؤكدا») or a person is named nearer
the participle («… قدم مدير الفئات [بدر الحقباني] …، مؤكدا»)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_participle_after_another_verb_goes_on_with_its_described_subject() -> None:
    got = run("تعاقدت شركة [سيمنس](ORG:siemens) مع الوزارة. وقال الوزير إن العقد مهم. "
              "وأرجعت الشركة نتائجها إلى انخفاض الأسعار، مشيرة إلى أن هنالك انخفاضا في الكلفة.")
    assert [q[2] for q in got] == [None, "siemens"]


def test_a_name_after_the_description_is_the_subject() -> None:
    got = run("وقال الأمير [محمد بن سلمان](PER:mbs) إن الخطة جاهزة. "
              "وقدم الأمير [فيصل بن سلمان](PER:fbs) شكره للأهالي، مؤكدا أن الولاء نهج حكيم.")
    assert [q[2] for q in got] == ["mbs", "fbs"]


def test_a_person_named_nearer_the_participle_keeps_it() -> None:
    got = run("وقال [سعد](PER:saad) إن الفريق جاهز. وكان النادي استقبل أمس أبناء الدار، وفي نهاية اليوم "
              "قدم مدير الفئات السنية [بدر الحقباني](PER:badr) درع النادي للدار، مؤكدا أن الأبواب مفتوحة.")
    assert [q[2] for q in got] == ["saad", "badr"]
