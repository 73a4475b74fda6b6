"""A verb of saying that carries its object as a pronoun («هدنة [أعلنتها] الحكومة», «حلول
[كشفها] الوزير») has its object already: no noun phrase after it is what was said, by a direct
object («-») or an announcement's «عن-» (quote_objects). Its other objects stay: «ووعدهم [بحل …]»
names whom the pronoun stands for, then the promise (issue 15, round 34).
"""

from __future__ import annotations

from tests.test_quotes_speakers_round21 import _described


def test_no_noun_object_after_a_verb_with_an_object_pronoun() -> None:
    assert _described("شنت الطائرات غارات قبل ساعات من هدنة أعلنتها الحكومة وقوات التحالف التي من "
                      "المقرر بدء سريانها مساء أمس.") == []
    assert _described("هناك حلول عملية كثيرة كشفها الوزير في اللقاء تستحق التنفيذ في أقرب وقت ممكن.") == []


def test_the_bare_verb_keeps_its_noun_object() -> None:
    got = _described("وأعلنت الحكومة اليمنية بدء سريان الهدنة مساء أمس في كل المحافظات.")
    assert [q[1] for q in got] == ["الحكومة اليمنية"]


def test_a_promise_after_the_pronoun_of_those_promised_stays() -> None:
    got = _described("ووعدهم الوزير [سالم عمر](PER:salem) بحل جميع المشكلات العالقة خلال أسبوعين.")
    assert [q[0] for q in got] == ["salem"]
