"""«نقل» read as transport and «تعتبر» read as «is considered» are no verbs of saying (issue 15
round 33, quote_other_readings._transport and _considered).

نقل relays words only with its source on عن («ونقلت الوكالة عن مصادر ...», after a comma too),
a complementizer, a colon or marks in its clause, or after an attribution («حسبما نقلت الوكالة»).
Elsewhere it moves people or things («وتم نقله للمستشفى», «قد تضاعف نقل الغاز»), and read as a
verb of saying it ended the quotation it stood in. Likewise «تعتبر» / «يعتبر» with no complementizer
in its clause (an aside on the subject aside: «، الذي …،», «، خطأ،») is «is considered» or «considers
X Y»: no words of anyone, and no clause after a later comma («، في حين أن …») is its speech. And
«وبين» a few words after a «بين» is «and between», not «and he made clear», and «قدرتها على» is
«her ability to», not «she estimated it»; «لافتة» / «لافتا» with no إلى, الانتباه, النظر or
complementizer close after it is a sign or «striking», not «pointing out».
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_transport_does_not_end_the_quotation() -> None:
    got = run("وقال [سالم العبدالله](PER:s) إن المقاومة قدمت ضمانات للمسلحين حتى يغادروا المدينة، "
              "وتوفر وسيلة نقل لهم.")
    assert [t for _, t, _ in got] == ["المقاومة قدمت ضمانات للمسلحين حتى يغادروا المدينة، "
                                      "وتوفر وسيلة نقل لهم"]
    got = run("وقال [سالم العبدالله](PER:s) إن الحالات الخطرة نقلت جوا إلى المستشفى، فيما نقلت الحالة "
              "المتوسطة عن طريق الفرق الأرضية.")
    assert [t for _, t, _ in got] == ["الحالات الخطرة نقلت جوا إلى المستشفى، فيما نقلت الحالة المتوسطة "
                                      "عن طريق الفرق الأرضية"]


def test_relayed_words_are_still_relayed() -> None:
    got = run("ونقلت الصحف الأوروبية في بروكسل، عن [المفوضية](ORG:ec) قولها إن المفاوضات انتهت باتفاق.")
    assert [t for _, t, _ in got] == ["المفاوضات انتهت باتفاق"]
    got = run("ويحتاج الأطفال إلى مساعدات غذائية عاجلة في الإقليم، حسبما نقلت [الوكالة](ORG:a).")
    assert [t for _, t, _ in got] == ["ويحتاج الأطفال إلى مساعدات غذائية عاجلة في الإقليم"]


def test_is_considered_does_not_end_the_quotation() -> None:
    got = run("وأشار [سالم العبدالله](PER:s) إلى أن مواسم الأعياد والإجازات تعتبر الدخل السنوي للمحلات "
              "في المدينة.")
    assert [t for _, t, _ in got] == ["مواسم الأعياد والإجازات تعتبر الدخل السنوي للمحلات في المدينة"]


def test_an_opinion_with_its_clause_still_speaks() -> None:
    got = run("ويعتبر [سالم العبدالله](PER:s)، الذي يرأس اللجنة منذ سنوات، أن القرار جاء متأخرا.")
    assert got == [("indirect", "القرار جاء متأخرا", "s")]
    assert run("ويعتبر موعد الانتخابات مكسبا للرئيس، في حين أن الاتحاد كان يريد تأجيلها.") == []


def test_the_second_between_is_no_verb_of_saying() -> None:
    got = run("وقال [سالم العبدالله](PER:s): لا يوجد أي خلاف بيني وبين إدارة النادي فأنا لاعب حر.")
    assert [t for _, t, _ in got] == ["لا يوجد أي خلاف بيني وبين إدارة النادي فأنا لاعب حر"]
    got = run("وقال [سالم العبدالله](PER:s) إن هناك توافقا يحدث حاليا بين روسيا والمنظمة من جانب وبين "
              "روسيا والسعودية من جانب آخر.")
    assert [t for _, t, _ in got] == ["هناك توافقا يحدث حاليا بين روسيا والمنظمة من جانب وبين روسيا "
                                      "والسعودية من جانب آخر"]
    got = run("وبين [سالم العبدالله](PER:s) أن الخلاف انتهى.")
    assert got == [("indirect", "الخلاف انتهى", "s")]


def test_her_ability_is_no_estimate() -> None:
    assert run("وتركت لها الأسرة الباب مفتوحا لكي تبحث عن طرق أخرى للتعبير عن موهبتها وقدرتها على الابتكار، "
               "على شرط أن تتوافق مع عادات المجتمع.") == []
    got = run("وقال [سالم العبدالله](PER:s) إن المهرجان يختبر قوى المدينة السياحية، وقدرتها على جذب الزوار، "
              "الذي ينتظر أن يستقطب نحو مليون زائر.")
    assert len(got) == 1
    got = run("وقدرت [الشركة](ORG:c) أن تبلغ أرباحها سبعة مليارات.")
    assert got == [("indirect", "تبلغ أرباحها سبعة مليارات", "c")]


def test_a_sign_or_a_striking_thing_is_no_participle_of_saying() -> None:
    got = run("وقال [سالم العبدالله](PER:s) إن المشروع شهد اهتماما لافتا من الشركات العالمية وعكس ثقة "
              "المستثمرين في السوق.")
    assert [t for _, t, _ in got] == ["المشروع شهد اهتماما لافتا من الشركات العالمية وعكس ثقة المستثمرين "
                                      "في السوق"]
    got = run("وقال [سالم العبدالله](PER:s) إن الموسم كان ناجحا، لافتا في الوقت نفسه إلى أن الأسعار ارتفعت.")
    assert [t for _, t, _ in got] == ["الموسم كان ناجحا", "الأسعار ارتفعت"]
