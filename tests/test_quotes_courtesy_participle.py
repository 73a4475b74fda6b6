"""A courtesy pronoun (سموه, معاليه) as the subject of a participle of saying with no verb of saying
before it, right after the participle or after the verb its sentence opens with, is the prince or
minister it refers to, not a name in that verb's object (round 51, the outside audit's sample)."""

from __future__ import annotations

from tests.test_quotes_units import run

_PRINCE = "وقال الأمير [مشاري بن سعود](PER:ms) إن الصيف ناجح. "


def test_the_courtesy_subject_of_the_opening_verb_says_the_participle_words() -> None:
    got = run(_PRINCE + "وعقب الحفل رفع سموه التهاني لخادم الحرمين الشريفين الملك [سلمان بن عبدالعزيز]"
              "(PER:salman)، وإلى الأمير [محمد بن نايف](PER:mbn) ولي العهد، سائلا الله أن يعيد هذه "
              "المناسبة أعواما مديدة.")
    assert [(t, s) for _k, t, s in got][1] == ("يعيد هذه المناسبة أعواما مديدة", "ms")


def test_the_courtesy_pronoun_after_the_participle_is_its_subject() -> None:
    got = run(_PRINCE + "وهنأ سموه منسوبي [الحرس الوطني](ORG:sang) بمناسبة العيد، مؤكداً سموه على "
              "أهمية العمل.")
    assert [(t, s) for _k, t, s in got][1] == ("أهمية العمل", "ms")



def test_a_courtesy_pronoun_after_a_verbal_noun_in_a_lead_is_no_subject() -> None:
    got = run("رعى الأمير [مشاري بن سعود](PER:ms) الحفل. ولدى وصول سموه مقر الحفل، عزف السلام الملكي، وفي "
              "الحفل الخطابي رحب وكيل إمارة المنطقة الدكتور [حامد بن مالح الشمري](PER:h) بسمو أمير المنطقة، "
              "مهنئا الجميع بحلول العيد، مشيرا إلى أن أهالي الباحة يتشرفون.")
    assert [(t, s) for _k, t, s in got] == [("أهالي الباحة يتشرفون", "h")]


def test_an_office_behind_a_preposition_after_a_name_is_not_his() -> None:
    got = run("رعى صاحب السمو الملكي الأمير [مشاري بن سعود](PER:ms) أمير منطقة الباحة الحفل. وفي الحفل رحب "
              "وكيل إمارة المنطقة الدكتور [حامد الشمري](PER:h) بسمو أمير المنطقة والحضور، مشيرا إلى أن "
              "الأهالي يتشرفون. وقال الشمري: إن العيد جميل. وعقب الحفل رفع سموه التهاني إلى الأمير "
              "[محمد بن نايف](PER:mbn) ولي العهد، سائلا الله أن يعيد هذه المناسبة.")
    assert [(t, s) for _k, t, s in got][-1] == ("يعيد هذه المناسبة", "ms")
