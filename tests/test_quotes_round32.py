"""Quotations of round 32 (issue 15), on invented sentences.

- A relaying verb whose source is a pronoun on «عن» («ونقلت الوكالة [عنه] قوله إن», «عنها») relays
  the words of the one spoken of before, the last speaker of that gender: not the outlet that
  relays them, and a verb without a subject after it goes on with that speaker too.
- A truce or a halt announced or confirmed («وأعلن التحالف [هدنة ...]», «وأكدت القيادة [وقف
  العمليات]») and a candidacy announced («أعلن [ترشحه] ...») are what was said (quote_object_heads);
  «الوقف» (an endowment) and «الترشح» with the article are not; so are a campaign announced
  («أعلن الجيش [حملة عسكرية …]») and the course of talks revealed or a flight confirmed («كشفت
  الإدارة [سير المفاوضات …]», «وأكدت المصادر [هرب …]»), bare only.
- An office in construct whose body the tagger named («وزيرة خارجية [الاتحاد الأوروبي]») is a
  named office when the article introduced a person with those very words: its holder speaks, not
  someone unnamed; never introduced so, it stays unnamed.
"""

from __future__ import annotations

from marsad.events.speaker_agreement import relayed_agreement
from marsad.events.words import words_of
from tests.test_quotes_described_speakers import said
from tests.test_quotes_units import run


def test_a_pronoun_on_the_relay_word_tells_whom() -> None:
    assert [relayed_agreement(words_of(w)[0]) for w in ("عنه", "عنها", "عنهم", "عن", "منه")] \
        == ["m", "f", "p", None, None]


def test_words_relayed_from_him_are_the_last_speakers_not_the_outlets() -> None:
    src = ("وقال وزير النفط [سالم العبدالله](PER:salem) إن الإنتاج سيرتفع الشهر المقبل. "
           "ونقل التلفزيون الرسمي عنه قوله إن الصادرات تراجعت بسبب الحصار. "
           "وأضاف أن الشركات الأجنبية ستعود قريبا.")
    assert [s for s, _, _ in said(src)] == ["salem", "salem", "salem"]


def test_a_feminine_pronoun_goes_back_to_the_woman_who_spoke() -> None:
    src = ("وقالت الوزيرة [هند السالم](PER:hind) إن الموازنة جاهزة. وأكد [خالد الفهد](PER:khalid) أن "
           "المجلس سيناقشها. ونقلت الصحيفة عنها قولها إن التصويت سيجري الأسبوع المقبل.")
    assert [s for s, _, _ in said(src)] == ["hind", "khalid", "hind"]


def test_a_named_source_after_the_relay_word_still_speaks() -> None:
    src = ("وقال [سالم العبدالله](PER:salem) إن الإنتاج سيرتفع. ونقلت الوكالة عن [خالد الفهد](PER:khalid) "
           "قوله إن الأسعار ستنخفض.")
    assert [s for s, _, _ in said(src)] == ["salem", "khalid"]


def test_a_truce_a_halt_and_a_candidacy_announced_are_what_was_said() -> None:
    got = run("وأعلن [التحالف](ORG:coalition) أمس هدنة إنسانية تبدأ منتصف الليل لمدة أسبوع.")
    assert got == [("indirect", "هدنة إنسانية تبدأ منتصف الليل لمدة أسبوع", "coalition")]
    got = run("وأكدت [قيادة القوات](ORG:command) وقف العمليات العسكرية في المدينة.")
    assert got == [("indirect", "وقف العمليات العسكرية في المدينة", "command")]
    got = run("وكان [سالم العبدالله](PER:salem) قد أعلن ترشحه لرئاسة النادي في الدورة المقبلة.")
    assert got == [("indirect", "ترشحه لرئاسة النادي في الدورة المقبلة", "salem")]


def test_an_endowment_and_the_topic_of_candidacy_are_no_object_said() -> None:
    assert run("وأعلنت [الهيئة](ORG:awqaf) الوقف الجديد للمسجد في الحي الشمالي.") == []
    assert run("وأعلنت [اللجنة](ORG:committee) الترشح لعضوية المجلس مفتوحا حتى نهاية الشهر.") == []


def test_an_office_in_construct_with_a_named_body_is_its_holder() -> None:
    src = ("زارت وزيرة خارجية [الاتحاد الأوروبي](ORG:eu) [هند السالم](PER:hind) الرياض أمس. وكانت وزيرة "
           "خارجية [الاتحاد الأوروبي](ORG:eu) أكدت أن الاتفاق سيحد من قدرات البرنامج.")
    assert [s for s, _, _ in said(src)] == ["hind"]
    src = ("التقى وزير خارجية [الجامعة العربية](ORG:al) [سالم العبدالله](PER:salem) نظيره أمس. وقال وزير "
           "خارجية [الجامعة العربية](ORG:al) إن اللقاء كان مثمرا.")
    assert [s for s, _, _ in said(src)] == ["salem"]


def test_an_office_in_construct_never_introduced_stays_unnamed() -> None:
    src = ("زار [سالم العبدالله](PER:salem) الرياض أمس. وقال وزير خارجية [الجامعة العربية](ORG:al) إن "
           "اللقاء كان مثمرا.")
    # no holder: null, its words describing him where they stand (round 33: an office annexed to a
    # named body singles out its one holder, as definite as «وزير الحج»)
    assert said(src) == [(None, "وزير خارجية الجامعة العربية", "وزير خارجية الجامعة العربية")]


def test_a_campaign_announced_is_what_was_said() -> None:
    got = run("وأعلن [الجيش](ORG:army) أمس حملة عسكرية على المسلحين في المنطقة الشرقية.")
    assert got == [("indirect", "حملة عسكرية على المسلحين في المنطقة الشرقية", "army")]
    assert run("وأعلن [الجيش](ORG:army) الحملة على المسلحين في المنطقة الشرقية.") == []
    assert run("وأعلنت [اللجنة](ORG:committee) عن أسماء المقبولين في البرنامج.") == []  # a list


def test_the_course_of_talks_and_a_flight_are_what_was_said() -> None:
    got = run("وكشفت [إدارة النادي](ORG:club) أمس سير المفاوضات مع اللاعب في الأيام الماضية.")
    assert got == [("indirect", "سير المفاوضات مع اللاعب في الأيام الماضية", "club")]
    got = run("وأكدت مصادر محلية هرب عناصر الميليشيات من المدينة باتجاه الجبال.")
    assert [t for _, t, _ in got] == ["هرب عناصر الميليشيات من المدينة باتجاه الجبال"]
    assert run("وأكد [المرور](ORG:traffic) السير في الطريق السريع بعد إصلاحه.") == []


def test_an_opener_word_in_marks_is_a_name_not_an_opener() -> None:
    got = run('وقال مدير الإدارة [سالم العبدالله](PER:s) لـ "سبق" إن الدوريات تعمل على مدار الساعة.')
    assert got == [("indirect", "الدوريات تعمل على مدار الساعة", "s")]
    got = run("ويؤكد [سالم العبدالله](PER:s) في حواره مع «سبق» أن السجون مليئة بالمساجين.")
    assert got == [("indirect", "السجون مليئة بالمساجين", "s")]
    got = run("وقال [سالم العبدالله](PER:s) بعد أن انتهى الاجتماع إنه راض عن النتائج.")
    assert got == [("indirect", "راض عن النتائج", "s")]
