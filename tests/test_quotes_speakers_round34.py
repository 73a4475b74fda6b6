"""Speakers of round 34 (issue 15), on invented sentences.

- A bare فَعْل past of a verb of saying («نقل», «ذكر») joined by و to a noun behind «لل»/«بال»
  and in construct with a definite noun is a second verbal noun under that preposition, no verb:
  «مدير المركز الإقليمي للتدريب [ونقل] التقنية، إنه …» is the director's clause, not one whose
  speaker is «التقنية». A shadda («وبيّن») or an office after it («وبين المحافظ») keeps the verb.
- An indefinite office in construct with a bare noun («وقال مدير [مركز] بازل») is the one person
  the article names with that office when the body of his office has that noun as its head
  («X مدير [المركز] الإقليمي للتدريب»): one director of one centre. Another noun («مدير مستشفى»),
  an adjective («وكيل ملاحي») or two holders of the office leave someone unnamed.
"""

from __future__ import annotations

from tests.test_quotes_speakers_round21 import _described


def test_a_verbal_noun_joined_under_a_preposition_is_no_verb() -> None:
    got = _described("قال الدكتور [سامي يوسف](PER:sami) مدير المركز العربي للتدريب ونقل التقنية، "
                     "إنه سيتم تنظيم دورة للموظفين في الشهر المقبل.")
    assert [q[0] for q in got] == ["sami"]
    got = _described("وأوضح [خالد سعد](PER:khalid) رئيس الجمعية الخيرية للتوعية وذكر الله بالمنطقة "
                     "أن البرنامج يبدأ بعد صلاة العصر.")
    assert [q[0] for q in got] == ["khalid"]


def test_the_verb_stays_after_a_preposition_phrase_with_its_subject() -> None:
    got = _described("زار الأمير مقر الجمعية بالقنفذة وبيّن المحافظ أن الجمعية نفذت عشرين ملتقى.")
    assert [q[1] for q in got] == ["المحافظ"]
    got = _described("اطلع الأمير على برامج الجمعية بالقنفذة وبين المحافظ أن الجمعية نفذت عشرين ملتقى.")
    assert [q[1] for q in got] == ["المحافظ"]
    got = _described("وقال [سامي يوسف](PER:sami) مدير المركز، إنه سيتم تنظيم دورة للموظفين.")
    assert [q[0] for q in got] == ["sami"]


def test_the_office_over_the_same_kind_of_body_is_its_one_holder() -> None:
    got = _described("قال الدكتور [سامي يوسف](PER:sami) مدير المركز الإقليمي للتدريب، إن الدورة تبدأ غدا. "
                     "وقال مدير مركز بازل إن الدورة تستمر أسبوعا. وأضاف أن المشاركين من عشر دول.")
    assert [q[0] for q in got] == ["sami", "sami", "sami"]


def test_another_body_an_adjective_or_two_holders_stay_unnamed() -> None:
    got = _described("قال الدكتور [سامي يوسف](PER:sami) مدير المركز الإقليمي للتدريب، إن الدورة تبدأ غدا. "
                     "وقال مدير مستشفى المدينة إن المرضى بخير.")
    assert [q[0] for q in got] == ["sami", None]
    got = _described("قال [سامي يوسف](PER:sami) وكيل الشؤون الملاحية، إن العبور سريع. "
                     "وأوضح وكيل ملاحي أن الرسوم لم تتغير.")
    assert [q[0] for q in got] == ["sami", None]
    got = _described("قال [سامي يوسف](PER:sami) مدير المركز الإقليمي، إن الدورة تبدأ غدا. "
                     "وقال [علي حسن](PER:ali) مدير المركز الوطني إن الدورة مفيدة. "
                     "وقال مدير مركز بازل إن الدورة تستمر أسبوعا.")
    assert [q[0] for q in got] == ["sami", "ali", None]
