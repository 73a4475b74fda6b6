"""Speakers the interviews census of round 11 (issue 15) found on quotes-dev-interviews2, on
invented sentences: a continuation verb («واستطرد», «وأضاف») later in the sentence of a quote
carries on that quote's speaker, not a body named in his description between his verb and his
words («أشار X الذي يشغل منصب نائب رئيس مجلس التنسيق إلى أن …»)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_continuation_in_the_same_sentence_carries_on_its_speaker_not_his_body() -> None:
    # «جامل» alone is no mention: the person named in full before, by his last name.
    got = run("كشف مدير الكهرباء [نبيل جامل](PER:jamel) أن الأزمة خانقة. وأشار جامل الذي يشغل منصب نائب "
              "رئيس [مجلس التنسيق](ORG:council) إلى أن هناك عملا كبيرا في المحافظة، واستطرد بالقول إن "
              "انتشار المرض يمثل أكبر مشكلة.")
    assert [q[2] for q in got] == ["jamel", "jamel", "jamel"]


def test_a_continuation_with_its_own_subject_keeps_it() -> None:
    got = run("وقال [سعد](PER:saad) إن الوضع هادئ، وأضاف [خالد](PER:khalid) أن الزيارة ناجحة.")
    assert [q[2] for q in got] == ["saad", "khalid"]


def test_a_continuation_in_a_later_sentence_is_unchanged() -> None:
    got = run("وقال [سعد](PER:saad) إن الوضع هادئ. وأضاف أن الزيارة ناجحة.")
    assert [q[2] for q in got] == ["saad", "saad"]
