"""Events (issue 15, round 34): a meeting noun after a word of sequence (عقب, بعد) is a time mark
unless it names its parties; partners named by a plural office after «مع» («عقب اجتماع مشترك مع
وزراء خارجية دول مجلس التعاون») make it a report of the meeting (events/time_marks.py), and so do
a plural office in the genitive naming a body with a partner after «مع» in the same phrase, whose
«، في X» right after is the meeting's place."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_a_meeting_with_a_group_of_ministers_after_a_time_word_is_reported() -> None:
    evs = run("وقال [لافروف](PER:lavrov) في مؤتمر صحفي عقب اجتماع مشترك مع وزراء خارجية دول "
              "[الجامعة العربية](ORG:league) في [القاهرة](LOC:cairo) أمس إن الحل سياسي.")
    assert ("MEET", ["lavrov", "league"]) in labelled_parties(evs)
    meet = next(e for e in evs if e.label == "MEET")
    assert meet.attrs.place == "cairo"


def test_a_meeting_after_a_time_word_with_no_partner_named_stays_a_mark() -> None:
    evs = run("وقال [لافروف](PER:lavrov) في مؤتمر صحفي عقب اجتماع وزراء خارجية دول "
              "[الجامعة العربية](ORG:league) أمس إن الحل سياسي.")  # the body meets itself: no partner
    assert [e for e in evs if e.label == "MEET"] == []
    evs = run("وقال [لافروف](PER:lavrov) عقب اجتماع مع الوزراء، إن الحل سياسي.")  # no group named
    assert [e for e in evs if e.label == "MEET"] == []


def test_a_meeting_whose_genitive_group_and_partner_after_ma_are_named_is_reported() -> None:
    # the ministers in the genitive (after courtesy words) and a partner after «مع»: both sides
    evs = run("ورحب المجلس بالبيان المشترك الصادر عقب اجتماع أصحاب السمو والمعالي وزراء خارجية دول "
              "[الجامعة العربية](ORG:league) والأمين العام للجامعة مع وزير خارجية [الصين](LOC:china) "
              "وانغ يي، في [الرياض](LOC:riyadh) أمس.")
    meet = [e for e in evs if e.label == "MEET"]
    assert meet and {"league", "china"} <= set(meet[0].attrs.participants)
    assert meet[0].attrs.place == "riyadh"  # «، في الرياض» right after the phrase, past the near reach



def test_a_meeting_with_one_named_partner_after_a_time_word_is_reported() -> None:
    # «بعد محادثات مع نظيره الروسي X»: the subject's talks with X, told, not a bare mark of time
    evs = run("وقال [شكري](PER:shoukry) في مؤتمر صحفي بعد محادثات مع نظيره الروسي "
              "[سيرغي لافروف](PER:lavrov) إن الحل سياسي.")
    assert ("MEET", ["shoukry", "lavrov"]) in labelled_parties(evs)
    evs = run("وأعلن [الحريري](PER:hariri) عقب اجتماع مطول مع رئيس البرلمان [نبيه بري](PER:berri) "
              "أن الحكومة ستتشكل قريبا.")
    assert ("MEET", ["hariri", "berri"]) in labelled_parties(evs)


def test_an_agreement_or_a_nameless_partner_after_a_time_word_stays_a_mark() -> None:
    evs = run("وارتفعت صادرات [إيران](LOC:iran) بعد توقيع الاتفاق مع [شركة توتال](ORG:total) العام الماضي.")
    assert [e for e in evs if e.label == "AGREE"] == []  # a deal recalled as a time mark
    evs = run("وقال [شكري](PER:shoukry) بعد محادثات مع المسؤولين، إن الحل سياسي.")  # no partner named
    assert [e for e in evs if e.label == "MEET"] == []
