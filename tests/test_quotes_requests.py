"""Requests with the thing asked and no marks (quote_requests, the guide's round-49 ruling, second
reader), on invented sentences: «طلب X (من Y)» + a verbal noun or a noun of the thing asked is an
`indirect` quotation of X from the thing asked, «من Y» left out; the noun «طلب» («بناء على طلب»,
«قدمت طلبا»), a source's anonymity («طلب عدم نشر اسمه») and the present after a word give none.
Round 50: a bare noun right after a verb whose subject a particle holds («لكنه طلب [مهلة]») reads too,
and so does the thing asked past an unnamed subject with the article («وطلبت النيابة [توقيف …]»)."""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_units import run


@pytest.mark.parametrize(("sentence", "said", "speaker"), [
    # quotes-dev-fresh10 7027: past the subject's office, body and name, and «من Y»
    ("طلب مدير [مستشفى القنفذة العام](ORG:o) الدكتور [محمد حمزة مليباري](PER:m) من مسؤولي الصحة "
     "إعفاءه من منصبه.", "إعفاءه من منصبه", "m"),
    # quotes-dev-fresh17 5436: a bare noun right after the named subject
    ("في نفس الإطار طلب [مرتضى منصور](PER:m) عقد جلسة عاجلة مع المدرب العام لمناقشة النتائج.",
     "عقد جلسة عاجلة مع المدرب العام لمناقشة النتائج", "m"),
    # quotes-dev-more 3622: right after the verb, the asker before it
    ("وعاد إليه [لورد](PER:l) غاضبا، وطلب مقابلة [كيسنجر](PER:k).", "مقابلة كيسنجر", "l"),
    # quotes-dev-fresh7 11975 (round 50): a bare noun after a particle holding the subject
    ("ولم يعترض الوزير على الملك الغاضب، لكنه طلب مهلة عشرة أيام.", "مهلة عشرة أيام", None),
    # round 50: past an unnamed subject of words with the article (the guide's «طلب الفريقان الخاسران
    # [فتح تحقيق …]»), and past «في» + such words or «من Y» after it
    ("وطلبت النيابة توقيف الشبان الثلاثة المشتبه بهم.", "توقيف الشبان الثلاثة المشتبه بهم", None),
    ("وطلب الفريقان الخاسران في الوقت الإضافي إعادة المباراة.", "إعادة المباراة", None),
    ("وطلبت المدينة من المسؤولين العسكريين المساعدة في إعادة النظام.", "المساعدة في إعادة النظام", None),
])
def test_a_request_with_the_thing_asked_is_a_quotation(sentence: str, said: str, speaker: str) -> None:
    assert run(sentence) == [("indirect", said, speaker)]


@pytest.mark.parametrize("sentence", [
    "وجاء القرار بناء على طلب من الاتحاد الأوروبي لمراجعة الاتفاق.",
    "وقدمت الشركة طلبا للحصول من شركة التدوين المصغر على بيانات مستخدم مجهول.",
    "وقال مصدر مطلع، طلب عدم نشر اسمه.",
    "وبرر المدير طلب الإعفاء بوجود ظروف خاصة تحول دون استمراره.",
    "ومن المتوقع أن يطلب الفريق تأجيل المباراة إلى الأسبوع المقبل.",
    "وقد يطلب الفريق تأجيل المباراة إلى الأسبوع المقبل.",  # the present after a word: no request made
    "وطلب مواطنون تأجيل المباراة إلى الأسبوع المقبل.",  # a bare noun after «وطلب» may be its subject
    "وطلبت إلى خادمتي أن تتصل بالاستوديو هاتفيا.",  # «إلى» (الى) has no article: no subject
    "وطلب الإذن بالهبوط في المطار الدولي.",  # a definite noun and a phrase after ب: no thing asked after it
])
def test_no_request_is_read(sentence: str) -> None:
    assert run(sentence) == []


@pytest.mark.parametrize("row", [r for r in load_table("quote_request_words")
                                 if r["kind"] == "clause_particle"], ids=lambda r: r["form"])
def test_each_clause_particle_makes_a_verb_of_request(row: dict[str, str]) -> None:
    assert run("وكان [لورد](PER:l) غاضبا جدا طلب مقابلة الوزير في مكتبه.") == []  # «طلب» after a word
    got = run(f"وكان [لورد](PER:l) غاضبا جدا {row['form']} طلب مقابلة الوزير في مكتبه.")
    assert got == [("indirect", "مقابلة الوزير في مكتبه", "l")], row["form"]


@pytest.mark.parametrize("row", [r for r in load_table("quote_request_words")
                                 if r["kind"] == "subject_particle"], ids=lambda r: r["form"])
def test_each_subject_particle_makes_a_bare_noun_the_thing_asked(row: dict[str, str]) -> None:
    assert run("وكان [لورد](PER:l) غاضبا جدا وقد طلب مهلة عشرة أيام.") == []  # its subject may follow
    got = run(f"وكان [لورد](PER:l) غاضبا جدا {row['form']} طلب مهلة عشرة أيام.")
    assert got == [("indirect", "مهلة عشرة أيام", "l")], row["form"]


@pytest.mark.parametrize("row", [r for r in load_table("quote_request_words") if r["kind"] == "no_noun"],
                         ids=lambda r: r["form"])
def test_each_no_noun_word_after_the_subject_opens_nothing(row: dict[str, str]) -> None:
    assert run(f"وطلب [مرتضى منصور](PER:m) {row['form']} جلسة عاجلة مع المدرب.") == [], row["form"]
    assert run("وطلب [مرتضى منصور](PER:m) جلسة عاجلة مع المدرب.") == [
        ("indirect", "جلسة عاجلة مع المدرب", "m")]
