"""Speakers of round 24 (issue 15), on invented sentences.

- A paper's own sources after «من» («وعلمت "الصحيفة" من [مصادرها] أن»): unnamed, not the paper.
- Sources after the paper they told («وتشير لـ"الصحيفة" [مصادر] إلى أن», «وأبلغت (الصحيفة)
  [مصادر] مطلعة أن»): unnamed, not the paper.
- A subject ends at its complementizer: «وقالت المصادر إن زيارة [X] تأتي …، مشيرة إلى أن» — X is
  what was said, no office holder of «المصادر».
- A count of people («وقال [عدد] منهم إن», «تظاهر [المئات]») is an unnamed group, not the last
  speaker carried on.
- A comma after a subject of plain definite nouns ends it («اتهم الزوج، [جامعة X] بـ…، مضيفا بأن»):
  the name after it is the verb's object, and the participle's speaker is the unnamed subject; a
  person's name after the comma is still an apposition that speaks.
- A sentence opening with an according-to phrase, a comma and a verb joined by ف («ووفقا [لمصادر]
  تحدثت للصحيفة أمس، فقد أكدت أن»): the source is the verb's subject — unnamed sources here, not
  the last speaker carried on.
- A report's issuer named before its verb of issuing («وكان [معهد X] أصدر قبل شهور قليلة، تقريرا»):
  «وأشار التقرير» is that institute's, not the issuer of the statement named before it.
"""

from __future__ import annotations

from tests.test_quotes_described_speakers import said


def test_a_papers_own_sources_after_min_are_unnamed() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. وعلمت «[عكاظ](ORG:okaz)» من مصادرها أن "
           "الوزير سيزور المدينة غدا.")
    assert [s for s, _, _ in said(src)] == ["anazi", None]


def test_sources_after_the_paper_they_told_are_unnamed() -> None:
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. وتشير لـ\"[الاقتصادية](ORG:eqt)\" مصادر "
           "إلى أن قيمة الصفقة تجاوزت خمسة ملايين ريال.")
    assert [s for s, _, _ in said(src)] == ["anazi", None]
    src = ("وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. وأبلغت ([عكاظ](ORG:okaz)) مصادر مطلعة أن "
           "بعض المسارات غير قادرة على استيعاب المركبات.")
    assert [s for s, _, _ in said(src)] == ["anazi", None]


def test_the_paper_named_alone_still_speaks() -> None:
    src = "وأكدت ([عكاظ](ORG:okaz)) أن بعض المسارات غير قادرة على استيعاب المركبات."
    assert [s for s, _, _ in said(src)] == ["okaz"]


def test_a_name_after_the_complementizer_is_no_holder_of_the_sources() -> None:
    src = ("وقالت المصادر إن زيارة [فانديلا](PER:vandela) تأتي للاطلاع على الأوضاع، مشيرة في الوقت "
           "ذاته إلى أن هناك زيارة مرتقبة للمبعوث.")
    assert [s for s, _, _ in said(src)] == [None, None]


def test_a_count_of_people_is_an_unnamed_group() -> None:
    src = "وقال [سالم العنزي](PER:anazi) إن المياه شحيحة. وقال عدد منهم إن الصهاريج لا تكفي."
    assert [s for s, _, _ in said(src)] == ["anazi", None]


def test_a_name_after_a_comma_closing_a_plain_subject_is_the_object() -> None:
    src = ("وقالت [جامعة تبوك](ORG:tabuk) إن القبول تم وفق رغبة الطالبة. ومن جهته اتهم الزوج، "
           "[جامعة تبوك](ORG:tabuk) بتغيير رغبات ابنته، مضيفا بأن لديه مستندات تؤكد ذلك.")
    # the charge «[بتغيير رغبات ابنته]» is the unnamed husband's too (quote_nominal._accused_named)
    assert [s for s, _, _ in said(src)] == ["tabuk", None, None]


def test_a_person_after_the_comma_is_an_apposition() -> None:
    src = "وقال المواطن، [محمد العتيبي](PER:otaibi)، إن الماء انقطع منذ يومين."
    assert [s for s, _, _ in said(src)] == ["otaibi"]


def test_an_issuer_named_before_its_verb_of_issuing_speaks_for_the_report() -> None:
    src = ("وقال [البيت الأبيض](ORG:wh) في بيان إن الاتصال تم. وكان [معهد واشنطن](ORG:inst) أصدر "
           "[قبل شهور قليلة](DATE:2015-04)، تقريرا عن العلاقات بين البلدين. وأشار التقرير إلى أن "
           "الخلافات تتعمق.")
    assert [s for s, _, _ in said(src)] == ["wh", "inst"]


def test_sources_an_according_to_phrase_fronts_speak() -> None:
    src = ("وقالت [الهيئة العامة للطيران](ORG:gaca) إن الطائرة تحطمت. ووفقا لمصادر تحدثت لـ«[الشرق "
           "الأوسط](ORG:asharq)» أمس، فقد أكدت أن الركاب الأربعة توفوا، موضحة أن قائد الطائرة توفي أيضا.")
    assert [s for s, _, _ in said(src)] == ["gaca", None, None]
