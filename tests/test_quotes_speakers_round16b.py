"""Speakers of round 16b (issue 15), on invented sentences: an office that two words foreign to
any office phrase part from a name is not that name's («وأثبت المدرب الفرنسي سريعا تأثير
[تشيك]»: the coach is not تشيك), while one such word stays inside («أمين عام الرابطة»)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_an_office_parted_from_a_name_by_other_words_is_not_his() -> None:
    got = run("وكان ضم الحارس ضربة للمدرب [آرسين فينغر](PER:wenger) وأثبت المدرب الفرنسي سريعا تأثير "
              "[تشيك](PER:cech). وخرجت شباك [تشيك](PER:cech) نظيفة، إلا أن المدرب الفرنسي قال إن "
              "العمل الحقيقي سيبدأ الأسبوع المقبل.")
    assert [q[2] for q in got] == ["wenger"]


def test_an_office_right_before_a_name_is_his() -> None:
    got = run("وكان ضم الحارس ضربة للمدرب [آرسين فينغر](PER:wenger) وأثبت المدرب الفرنسي [تشيك](PER:cech) "
              "قدرته. إلا أن المدرب الفرنسي قال إن العمل الحقيقي سيبدأ الأسبوع المقبل.")
    assert [q[2] for q in got] == ["cech"]


def test_one_indefinite_word_stays_inside_the_office() -> None:
    got = run("شارك أمين عام الرابطة [محمد العيسى](PER:issa) في المؤتمر. "
              "وأكد الأمين العام أن الحوار هو الطريق.")
    assert [q[2] for q in got] == ["issa"]


def test_sources_parted_from_a_name_by_other_words_are_not_he() -> None:
    got = run("أرجعت مصادر لـ«الشرق الأوسط» تأخر انضمام [محمد أبو سبعان](PER:saban) لبعثة الفريق. "
              "وأبانت المصادر أنه تم استدعاء المدافع للحاق بالبعثة.")
    assert got[-1][2] is None


def test_a_definite_word_with_its_la_stays_inside_the_office() -> None:
    got = run("وقال مدير مستشفى الصقور للعلاج [مجيد الكرخي](PER:karkhi) إن المستشفى يقدم خدمات. "
              "وأردف مدير مستشفى الصقور أن الأمراض التنفسية أصعبها.")
    assert [q[2] for q in got] == ["karkhi", "karkhi"]


def test_an_office_in_construct_with_unnamed_words_is_still_his() -> None:
    got = run("استقبل رئيس إقليم كردستان [مسعود بارزاني](PER:barzani) الوزير. "
              "وقال رئيس الإقليم إن النازحين كثر.")
    assert got[-1][2] == "barzani"
