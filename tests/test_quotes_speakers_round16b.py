"""Speakers of round 16b (issue 15), on invented sentences: an office that two words foreign to
any office phrase part from a name is not that name's («وأثبت المدرب الفرنسي سريعا تأثير
[تشيك]»: the coach is not تشيك), while one such word stays inside («أمين عام الرابطة»); a place
named after a statement noun past another noun or preposition is what the statement is about
(«تقرير مراجعة للاقتصاد [الصومالي]»), not its issuer, while one right after it or past issuing
words («بيان صادر عن [السعودية]») still issued it."""

from __future__ import annotations

import pytest

from marsad.events.speaker_clauses import speaker_clauses
from marsad.events.words import words_of
from marsad.lang import load_table
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


_REPORT = ("قال [صندوق النقد الدولي](ORG:imf) في أول تقرير مراجعة للاقتصاد [الصومالي](LOC:somalia) إن الدولة "
           "حققت تقدما كبيرا. وأشار التقرير إلى أن الصوماليين عانوا بشدة.")


def test_a_place_a_report_is_about_is_not_its_issuer() -> None:
    assert [q[2] for q in run(_REPORT)] == ["imf", "imf"]


_LINKS = [r["form"] for r in load_table("speaker_clauses") if r["kind"] == "issuer_link"]


@pytest.mark.parametrize("link", _LINKS)
def test_a_place_past_issuing_words_issued_the_statement(link: str) -> None:
    assert speaker_clauses().at(words_of(link), 0) is not None
    words = "صادر عن" if link in ("صادر", "الصادر") else "صادرة عن" if link in ("صادرة", "الصادرة") else link
    got = run(f"وجاء ذلك في بيان {words} [السعودية](LOC:ksa) أمس. وأضاف البيان أن المملكة ترحب بالاتفاق.")
    assert got[-1][2] == "ksa"


def test_a_place_right_after_the_statement_noun_issued_it() -> None:
    got = run("وجاء ذلك في بيان [السعودية](LOC:ksa) أمس. وأضاف البيان أن المملكة ترحب بالاتفاق.")
    assert got[-1][2] == "ksa"


def test_a_place_past_another_preposition_did_not_issue_it() -> None:
    got = run("وجاء ذلك في تقرير حول الوضع في [اليمن](LOC:yemen) أمس. وأضاف التقرير أن الوضع صعب.")
    assert got[-1][2] != "yemen"


def test_a_body_the_tagger_called_a_place_after_its_noun_still_issued_it() -> None:
    got = run("وأظهرت الدراسة التي أجرتها مؤسسة ([ميديا أناليسيس](LOC:media)) أن عدد القراء تراجع. "
              "وكشفت الدراسة أن نصف القراء يشتركون في صحيفة محلية.")
    assert got[-1][2] == "media"


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
