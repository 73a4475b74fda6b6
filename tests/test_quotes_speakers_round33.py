"""Speakers of round 33 (issue 15), on invented sentences.

- An office heading a construct of bare indefinite nouns that reaches a body's name («وزيرة
  خارجية [الاتحاد الأوروبي]», «رئيسة [اتحاد جمعيات المحامين] المغاربة») singles out that body's one
  holder, as «وزير الحج» does: where no name resolves it, its words keep their place in the text
  (`speaker_at`); so does a place past a noun of office («قائد شرطة [ولاية يوبي]»). An
  indefinite office past a preposition («مسؤول في [الوزارة]»), in an adjective's construct
  («مسؤول رفيع المستوى») or with a place right after it (a nisba: «ضابط بوروندي») stays
  someone unnamed, with no place.
- A participle of saying with no verb of saying before it goes on the subject of the verb its
  sentence opens with; that subject may be a body noun in construct with a definite noun
  («وعدّت [أمانة المنظمة] التصريحات …، مؤكدة أنها»), definite by what it is annexed to, as
  «الشركة» is: its words describe the speaker, and a later verb without a subject goes on.
- A plural verb of saying with no subject takes a body named in its sentence or nobody; nobody
  when an unnamed group is named before it there («وأشاد مواطنون بجهود [الأمن العام] وقالوا
  إن»: the citizens, not the body they praised).
- «في» or «عن» with a pronoun right after a verb of saying («تغريدة قال [فيها]», «في وقت قال
  [فيه] مسؤول أمني») is what the verb speaks in or of, never who speaks: the words describing
  the speaker start after it, or there are none.
- A news outlet the article names right after a «لـ» («يرويها المسؤول لـ«سبق»») is the paper
  words were said to: a verb with no subject of its own never goes back to it as its speaker,
  unless it stands right before that verb («ونشرت صحيفة «عكاظ» تقول إن»).
- «عندما»/«حينما» opening a sentence before its verb is no opening of its own (as «كما» is): a
  verb with no subject in the next sentence goes on the subordinate verb's subject («عندما
  أطلقت [X] حملتها …، دعت …. وقالت إنها»). Every verb_particle row is tested.
"""

from __future__ import annotations

import pytest

from marsad.lang import load_table
from tests.test_quotes_speakers_round21 import _described


def test_an_office_in_construct_with_a_named_body_keeps_its_place() -> None:
    got = _described("وأكدت رئيسة [اتحاد جمعيات المحامين](ORG:bar) المغاربة أن ثلاثة محامين "
                     "اعتقلوا في المدينة منذ أسبوع.")
    assert got == [(None, "رئيسة اتحاد جمعيات المحامين المغاربة", "رئيسة اتحاد جمعيات المحامين المغاربة")]
    got = _described("وكانت وزيرة خارجية [الاتحاد الأوروبي](ORG:eu) أكدت أن الاتفاق سيحد من التوتر.")
    assert [q[2] for q in got] == ["وزيرة خارجية الاتحاد الأوروبي"]


def test_an_unnamed_official_has_no_place() -> None:
    got = _described("وقال مسؤول رفيع المستوى إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert [(q[0], q[2]) for q in got] == [(None, None)]
    got = _described("وقال مسؤول في [وزارة الداخلية](ORG:moi) إن التحقيق مستمر في الحادث.")
    assert [(q[0], q[2]) for q in got] == [(None, None)]
    got = _described("وقال ضابط [بوروندي](LOC:burundi) إن الاشتباكات توقفت عند الفجر.")
    assert [(q[0], q[2]) for q in got] == [(None, None)]


def test_a_place_past_a_noun_of_office_is_its_body() -> None:
    got = _described("وقال قائد شرطة [ولاية يوبي](LOC:yobe) إن ثلاثة انفجارات وقعت في المدينة.")
    assert [q[2] for q in got] == ["قائد شرطة ولاية يوبي"]


def test_a_participle_goes_on_a_body_in_construct_opening_the_sentence() -> None:
    got = _described("وعدّت أمانة المنظمة هذه التصريحات غير مسؤولة، مؤكدة أنها تخالف ميثاق التعاون. "
                     "وأشارت إلى أن هذه الادعاءات تنافي الواقع.")
    assert got == [(None, "أمانة المنظمة", "أمانة المنظمة")] * 2


def test_a_construct_with_its_holder_named_after_it_is_no_description() -> None:
    got = _described("واستقبل مدير الجامعة [خالد السالم](PER:salem) الوفد، مؤكدا أن التعاون مستمر.")
    assert [q[0] for q in got] == ["salem"]


def test_a_plural_verb_after_an_unnamed_group_is_the_group() -> None:
    got = _described("وأشاد مواطنون بجهود [الأمن العام](ORG:ps) وقالوا إن المتهمين كانوا يريدون شرا بالوطن.")
    assert [q[0] for q in got] == [None]
    got = _described("وأنشأ مغردون وسما عبر موقع التواصل الاجتماعي «[تويتر](ORG:twitter)»، تساءلوا عن "
                     "أسباب الزحام المتكرر على الجسر.")
    assert [q[0] for q in got] == [None]


def test_a_plural_verb_after_a_body_alone_is_the_body() -> None:
    got = _described("وأعلنت [الشركة الوطنية](ORG:nc) نتائجها، وقالوا إن الأرباح ارتفعت.")
    assert [q[0] for q in got] == ["nc"]


def test_a_resumptive_pronoun_after_the_verb_describes_no_one() -> None:
    got = _described("ويأتي ذلك في وقت قال فيه مسؤول أمني إن الجيش سيتسلم تأمين المدينة.")
    assert [(q[0], q[1], q[2]) for q in got] == [(None, "مسؤول أمني", None)]
    got = _described("وتأتي هذه التطورات في وقت توقع فيه تقرير صدر عن الغرفة أن يسجل القطاع نموا كبيرا.")
    assert [q[1] for q in got] == ["تقرير صدر"]
    got = _described("وصلتني رسالة من إحدى الأمهات؛ تقول فيها: «أين نسافر هذا الصيف مع الأطفال؟».")
    assert all(q[1] != "فيها" for q in got)


def test_a_paper_told_is_no_speaker_a_verb_goes_back_to() -> None:
    got = _described("وبحسب التفاصيل التي يرويها المسؤول لـ«[سبق](ORG:sabq)» - تحتفظ «[سبق](ORG:sabq)» "
                     "بمعلوماته - قال: «راجعت المستوصف مع زوجتي صباح الأحد».")
    assert [q[0] for q in got] == [None]
    got = _described("وقال مسؤول في الشركة لـ«[عكاظ](ORG:okaz)» إن العقود جاهزة. و«[عكاظ](ORG:okaz)» تحدثت "
                     "إلى مصدر في الوزارة حول الأمر، حيث أكد صحة الرواية كاملة.")
    assert [q[0] for q in got] == [None, None]


def test_a_paper_told_still_says_what_it_publishes() -> None:
    got = _described("وقال مسؤول لـ«[عكاظ](ORG:okaz)» إن العقود جاهزة. ونشرت صحيفة «[عكاظ](ORG:okaz)» تقول "
                     "إن الوزير سيزور المدينة غدا.")
    assert [q[0] for q in got] == [None, "okaz"]


@pytest.mark.parametrize("row", [r for r in load_table("speaker_clauses") if r["kind"] == "verb_particle"],
                         ids=lambda r: r["form"])
def test_a_particle_before_the_opening_verb_keeps_its_subject(row: dict[str, str]) -> None:
    got = _described(f"وقال [سالم العنزي](PER:anazi) إن الطريق مغلق. {row['form']} أطلقت "
                     "[هند السالم](PER:hind) حملتها الانتخابية في المدينة، ودعت الناخبين إلى المشاركة. "
                     "وقالت إنها تترشح من أجل الجميع.")
    assert [q[0] for q in got] == ["anazi", "hind"]
