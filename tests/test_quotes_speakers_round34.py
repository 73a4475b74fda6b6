"""Speakers of round 34 (issue 15), on invented sentences.

- A bare فَعْل past of a verb of saying («نقل», «ذكر») joined by و to a noun behind «لل»/«بال»
  and in construct with a definite noun is a second verbal noun under that preposition, no verb:
  «مدير المركز الإقليمي للتدريب [ونقل] التقنية، إنه …» is the director's clause, not one whose
  speaker is «التقنية». A shadda («وبيّن») or an office after it («وبين المحافظ») keeps the verb.
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
