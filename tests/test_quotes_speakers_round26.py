"""Speakers of round 26 (issue 15), on invented sentences.

- A person no verb of saying told the gender of («قال ابنه [أحمد ...]»: a word of kinship stands
  between the verb and the name) has the gender of his or her given name: a feminine verb without
  a subject («وأوضحت») goes back past him to the woman who spoke before, not to him, even when
  a masculine verb between them («وتابع») went back to him.
- Speech after a colon ends at a later verb of saying with a colon of its own, its subject
  before it («وقال X: إن …، لكن [Y] قال: إن …»): what follows is Y's, not more of X's.
- Two speakers joined by و after the verb («أكدت [أوبك] [وروسيا] أنهما», «قال الجيش [وقوة] المهام
  المشتركة إن») are no one of them: the speaker is null, as for a group. An office with a second
  office joined to it («رئيس مجلس الإدارة والرئيس التنفيذي») is still one person, and «كل من X
  وY» (each of them said it) stays X's (tests/test_quotes_described_speakers.py).
- «مشايخ» (the sheikhs of a tribe or town: «وأوضح مشايخ [ذمار] في بيانهم») is an unnamed group, not
  the place named after it.
"""

from __future__ import annotations

from marsad.events.speaker_agreement import name_gender
from tests.test_quotes_described_speakers import said


def test_a_given_name_tells_a_persons_gender() -> None:
    assert name_gender("أحمد الزهراني") == "m"
    assert name_gender("فاطمة السالم") == "f"
    assert name_gender("الزهراني") is None


def test_a_feminine_verb_goes_back_past_a_man_named_after_a_kinship_word() -> None:
    src = ("وقال ابنه [أحمد الزهراني](PER:ahmed) إن الجنود اقتحموا البيت. وأشارت متحدثة باسم الشرطة "
           "إلى أن الدورية تعرضت لهجوم. وتابع أن والده أصيب بثلاث رصاصات. وأوضحت أن أحد الجنود أصيب "
           "بجروح طفيفة.")
    assert [s for s, _, _ in said(src)] == ["ahmed", None, "ahmed", None]


def test_a_masculine_verb_still_goes_back_to_him() -> None:
    src = ("وقال ابنه [أحمد الزهراني](PER:ahmed) إن الجنود اقتحموا البيت. وأضاف أن والده أصيب "
           "بثلاث رصاصات.")
    assert [s for s, _, _ in said(src)] == ["ahmed", "ahmed"]


def test_a_verb_with_its_own_colon_ends_the_speech_before_it() -> None:
    src = ("وقال [سالم العنزي](PER:anazi): إن الطريق مغلق منذ يومين، لكن [فهد الحربي](PER:harbi) قال: "
           "إن الطريق مفتوح أمام السيارات.")
    got = said(src)
    assert [s for s, _, _ in got] == ["anazi", "harbi"]


def test_a_verb_inside_the_speech_without_a_colon_ends_nothing() -> None:
    src = "وقال [سالم العنزي](PER:anazi): إن الطريق مغلق منذ يومين كما قال الناس في القرية."
    assert [s for s, _, _ in said(src)] == ["anazi"]


def test_two_names_joined_by_wa_are_no_one_speaker() -> None:
    src = ("وفي بيان نشر بعد اللقاء أكدت [أوبك](ORG:opec) و[روسيا](LOC:russia) أنهما تتوقعان استقرار "
           "السوق.")
    assert [s for s, _, _ in said(src)] == [None]


def test_a_name_and_a_body_joined_by_wa_are_no_one_speaker() -> None:
    src = "وقال [الجيش النيجيري](ORG:army) وقوة المهام المشتركة إن هجوما انتحاريا وقع عند الظهيرة."
    assert [s for s, _, _ in said(src)] == [None]


def test_a_name_alone_still_speaks() -> None:
    src = "وقال [الجيش النيجيري](ORG:army) إن هجوما انتحاريا وقع عند الظهيرة وقوة المهام طاردت المهاجمين."
    assert [s for s, _, _ in said(src)] == ["army"]


def test_the_sheikhs_of_a_place_are_an_unnamed_group() -> None:
    src = "وأوضح مشايخ [ذمار](LOC:dhamar) في بيانهم أنه لا يمكن لهم المشاركة في تلك الأعمال."
    assert [s for s, _, _ in said(src)] == [None]


def test_two_offices_of_one_person_are_still_one_speaker() -> None:
    src = ("وقال رئيس مجلس الإدارة والرئيس التنفيذي للشركة [خالد الحربي](PER:harbi) إن الأرباح "
           "ارتفعت هذا العام.")
    assert [s for s, _, _ in said(src)] == ["harbi"]
