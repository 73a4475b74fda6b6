"""A name told only inside what the speaker says after a meeting's or call's trigger is no party
of it («وأكد في اجتماع مع الجهات العاملة في المنفذ، أن خادم الحرمين ...»); a party named
before the quotation, and every party of a happening told inside it, stay (issue 15, precision;
docs/realtext-annotation.md, Events)."""

from __future__ import annotations

from tests.test_events_units import labelled_parties, run


def test_a_name_inside_the_words_said_at_a_meeting_is_no_party() -> None:
    evs = run("وأكد الوزير [خالد العلي](PER:k) في اجتماع مع الجهات العاملة في الميناء، أن "
              "[سعد الفهد](PER:s) يولي الموانئ اهتماما كبيرا.")
    assert all("s" not in e.attrs.participants for e in evs if e.label == "MEET")


def test_a_name_inside_the_words_said_on_a_call_is_no_party() -> None:
    evs = run("وزاد الوزير [خالد العلي](PER:k) - في اتصال هاتفي - أن الأوضاع مستقرة بعد زيارة "
              "[سعد الفهد](PER:s) للمدينة.")
    assert all("s" not in e.attrs.participants for e in evs if e.label == "CALL")


def test_the_other_side_named_before_the_words_said_stays() -> None:
    evs = run("وقال [خالد العلي](PER:k) في اتصال هاتفي مع نظيره [سعد الفهد](PER:s) إن البلدين "
              "متفقان على دعم [اليمن](LOC:y).")
    assert ("CALL", ["k", "s"]) in labelled_parties(evs)


def test_a_meeting_told_inside_the_words_said_keeps_its_parties() -> None:
    evs = run("وقال [هادي](PER:h) إن الوزير [خالد العلي](PER:k) التقى نظيره [سعد الفهد](PER:s) أمس.")
    assert any(e.label == "MEET" and {"k", "s"} <= set(e.attrs.participants) for e in evs)
