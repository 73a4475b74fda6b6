"""A welcome on arrival told with «كان» (issue 15, round 48): «Y كانوا باستقبال X» is no meeting
of its own, and Y hosts X's visit told a few sentences before."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "2015-08-01T08:00:00"
_SRC = ("وصل إلى مدينة [عدن](LOC:aden) اليوم (السبت) نائب الرئيس اليمني [خالد بحاح](PER:bahah) "
        "ومعه عدد من الوزراء في زيارة أولى للمدينة. "
        "وأفادت مصادر يمنية أن محافظ عدن [نائف البكري](PER:bakri) وعددا من المسؤولين كانوا باستقبال "
        "[بحاح](PER:bahah)، وانتقلوا معه لزيارة الجرحى.")


def test_the_welcomers_named_before_kana_host_the_visit() -> None:
    visits = [e for e in run(_SRC, _DAY) if e.label == "VISIT" and "bahah" in e.attrs.participants]
    assert visits and visits[0].attrs.roles.get("bakri") == "host"


def test_a_welcome_told_with_kana_is_no_meeting() -> None:
    assert not [e for e in run(_SRC, _DAY) if e.label == "MEET"]


def test_a_reception_without_kana_stays_a_meeting() -> None:
    src = ("استقبل محافظ عدن [نائف البكري](PER:bakri) في مكتبه اليوم نائب الرئيس اليمني "
           "[خالد بحاح](PER:bahah).")
    assert [e for e in run(src, _DAY) if e.label == "MEET"]
