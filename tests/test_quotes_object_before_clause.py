"""A verb of saying whose preposition takes a verbal noun first and a clause after a comma later
(issue 15, round 38): «مشيرة إلى [تحسين الشاشة ...]، هذا بالإضافة إلى أنها [...]» holds two
quotations, the noun phrase and the clause; never the hearers after «إلى» («إلى الصحفيين، قبل أن
يغادر، أن ...») nor a head noun inside a phrase of the subject («بمناسبة قرب انطلاق ...، أنه»)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_verbal_noun_after_ila_before_a_later_clause_is_said_too() -> None:
    got = run("وأشار [سالم العلي](PER:salem) إلى أهمية التعاون بين البلدين في مجال الطاقة، بالإضافة إلى أن "
              "الاتفاق يشمل النقل.")
    assert [(t, s) for _, t, s in got] == [("أهمية التعاون بين البلدين في مجال الطاقة", "salem"),
                                           ("الاتفاق يشمل النقل", "salem")]


def test_a_participle_s_noun_object_before_a_clause_is_its_subject_s() -> None:
    got = run("وأعلنت [شركة النور](ORG:noor) أنها ستطلق جهازها الجديد، مشيرة إلى تحسين الشاشة المضادة "
              "لانعكاس الضوء، هذا بالإضافة إلى أنه لن يعمل بالنظام القديم.")
    assert "تحسين الشاشة المضادة لانعكاس الضوء" in [t for _, t, _ in got]


def test_the_hearers_after_ila_are_no_quotation() -> None:
    got = run("وأشار [سالم العلي](PER:salem) إلى الصحفيين، قبل أن يغادر، أن الاتفاق يشمل النقل.")
    assert [t for _, t, _ in got] == ["الاتفاق يشمل النقل"]


def test_a_head_noun_inside_the_subject_s_phrase_is_no_object() -> None:
    got = run("وأوضح [سالم العلي](PER:salem) خلال مؤتمر صحفي بمناسبة قرب انطلاق المرحلة الأولى من "
              "الانتخابات، أنه تمت معالجة التحديات.")
    assert [t for _, t, _ in got] == ["تمت معالجة التحديات"]
