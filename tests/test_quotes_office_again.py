"""A definite office after a continuation verb goes back to the unnamed one it described
(issue 15, quotes, round 34): «طلب السفير اليمني من مجلس الأمن «…». وطالبت الحكومة اليمنية …
وأضاف السفير أن …» is the unnamed ambassador again, not the government that spoke between; a
holder the office named is still the one carried on."""

from __future__ import annotations

from tests.test_quotes_units import run


def speakers(src: str) -> list[str | None]:
    return [speaker for _, _words, speaker in run(src)]


_OPENING = ("وقال [عبدالله الراشد](PER:rashed) إن التحالف لا يستهدف المدنيين. من ناحيته، قال السفير "
            "اليمني إن الهدنة انهارت. ")


def test_the_office_again_is_the_unnamed_holder_past_a_body() -> None:
    got = speakers(_OPENING + "وأكدت [الحكومة اليمنية](ORG:yemgov) أن الحوثيين خرقوا الهدنة. "
                   "وأضاف السفير أن وحدة المجلس كفيلة بهزيمة الانقلاب.")
    assert got == ["rashed", None, "yemgov", None]


def test_a_named_holder_of_the_office_is_carried_on() -> None:
    got = speakers("من ناحيته، قال السفير اليمني [خالد السالم](PER:salem) إن الهدنة انهارت. "
                   "وأكدت [الحكومة اليمنية](ORG:yemgov) أن الحوثيين خرقوا الهدنة. "
                   "وأضاف السفير أن وحدة المجلس كفيلة بهزيمة الانقلاب.")
    assert got == ["salem", "yemgov", "salem"]
