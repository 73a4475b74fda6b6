"""Quotation spans of round 24 (issue 15), on invented sentences.

- «بالقول», the saying noun with the article after a verb of going on or of keeping to («ومضى
  البيان بالقول إن ...», «واكتفى بالقول إن ...»), introduces speech like «بقوله»: its clause's
  subject said it. The noun with no complementizer, colon or mark after it opens nothing; right
  after a verb of saying («واستطرد بالقول إن») it only tells how that verb spoke (kind manner).
- Words before their source («…، وفق ما أعلن X», «…، حسبما أعلنت الوزارة») are its quotation also
  when a few marked words stand inside them (a term, a name: «نتيجة "خلل تقني"», «ضد «داعش»»);
  marks over half the words are the quotation themselves, and before «على حد تعبيرهم» any marked
  words are what the expression attributes (no clause is taken).
- «برر» (justified) gave its reason after ب as what was said (quote_objects, kind ب+) until the
  guide's round-41 ruling (a reason given with a noun phrase is no quotation; with «بأن» + a clause it
  is speech), which round 48 follows (tests/test_quotes_reasons_given.py).
- The complementizer's pronoun paradigm is whole: the feminine plural («أوضحت المشاركات [أنهن]
  ...», «قلن إنهن ...»), «بأنك», «بأنكم» and the dual «أنكما» open reported speech too.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


def test_by_saying_opens_a_reported_clause() -> None:
    got = run("وأصدرت الجماعة بيانا. "
              "ومضى البيان بالقول إن الاتهامات المنشورة ما هي إلا تعبير عن إفلاس الخصوم.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "الاتهامات المنشورة ما هي إلا تعبير عن إفلاس الخصوم")]


def test_by_saying_keeps_its_clause_subject() -> None:
    got = run("وسئل [عادل الجبير](PER:jubeir) عن القاعدة فاكتفى بالقول إن الرئيسين ناقشا تعميق التعاون.")
    assert got == [("indirect", "الرئيسين ناقشا تعميق التعاون", "jubeir")]


def test_by_saying_before_a_colon() -> None:
    got = run("وختم [خالد الفيصل](PER:faisal) كلمته بالقول: نحن فخورون بما تحقق في هذا العام.")
    assert got == [("direct", "نحن فخورون بما تحقق في هذا العام", "faisal")]


def test_by_saying_after_a_verb_of_saying_keeps_that_verbs_speaker() -> None:
    got = run("وأوضح [نبيل جامل](PER:jamel) أن الأزمة خانقة. وأشار جامل الذي يرأس "
              "[مجلس التنسيق](ORG:council) إلى أن العمل كبير، واستطرد بالقول إن المرض يمثل أكبر مشكلة.")
    assert [(t, sp) for _, t, sp in got][-1] == ("المرض يمثل أكبر مشكلة", "jamel")


def test_the_noun_alone_opens_nothing() -> None:
    assert run("وتمسك الفريق بالقول الفصل في القضية المعروضة أمام المحكمة.") == []


def test_words_before_their_source_with_a_marked_term_inside() -> None:
    got = run('تحطمت طائرة حربية أمس بعد سقوطها نتيجة "خلل تقني" أثناء قصفها حيا في وسط المدينة، '
              "وفق ما أعلن المرصد السوري لحقوق الإنسان.")
    assert [(k, t) for k, t, _ in got] == [
        ("indirect", 'تحطمت طائرة حربية أمس بعد سقوطها نتيجة "خلل تقني" أثناء قصفها حيا في وسط المدينة')]


def test_words_before_their_source_with_marked_names_inside() -> None:
    got = run("ناقش الوزيران العمليات ضد «داعش» و«العمال الكردستاني» في اتصال هاتفي، "
              "حسبما أعلنت الوزارة أمس.")
    assert [t for _, t, _ in got] == ["ناقش الوزيران العمليات ضد «داعش» و«العمال الكردستاني» في اتصال هاتفي"]


def test_marked_words_before_an_expression_of_wording_stay_a_term() -> None:
    assert run("وحوّل التنظيم الزكاة إلى مصدر تمويل لـ “بيت مال المسلمين” على حد تعبيرهم في كل المناطق.") == []


def test_a_justification_with_a_noun_phrase_after_ba_is_no_quotation() -> None:
    assert run("وبررت الشرطة المحلية في المدينة خطوتها بشكاوى عديدة من السكان الذين صدموا من المشهد.") == []
    assert run("وبرر [سالم الأحمد](PER:salem) طلب الإعفاء بوجود ظروف خاصة تحول دون استمراره في مهامه.") == []


def test_a_justification_with_a_clause_is_speech() -> None:
    got = run("وبرر الوزير القرار بأن الظروف الاقتصادية لا تسمح بزيادة الرواتب هذا العام.")
    assert [t for _, t, _ in got] == ["الظروف الاقتصادية لا تسمح بزيادة الرواتب هذا العام"]


@pytest.mark.parametrize("form", ["أنهن", "إنهن", "بأنهن", "بأنك", "بأنكم", "أنكما", "إنكما"])
def test_every_person_of_the_complementizer_opens_speech(form: str) -> None:
    got = run(f"وأوضحت [سارة](PER:sara) {form} قد حصلن على قروض من جهات حكومية وغير حكومية.")
    assert got == [("indirect", "قد حصلن على قروض من جهات حكومية وغير حكومية", "sara")]
