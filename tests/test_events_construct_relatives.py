"""An event noun in construct with a definite word is definite by it (issue 15, round 33): its own
relative clause names its parties («اتهمت المعارضة حزب العدالة والتنمية بالمراوغة في محادثات
الائتلاف الحكومي التي يجريها مع حزب الشعب الجمهوري»), as after «المحادثات التي يجريها»; a relative
pronoun that does not agree with the noun belongs to the word in construct with it («اجتماع الجمعية
العمومية التي أعيد خلالها انتخاب X»: the assembly's clause, no party of a meeting)."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"


def _shape(src: str) -> list[tuple[str, list[str]]]:
    return [(e.label, e.attrs.participants) for e in run(src, _DAY)]


def test_the_relative_clause_of_a_noun_in_construct_names_its_partner() -> None:
    src = ("اتهمت المعارضة [حزب العدالة والتنمية](ORG:akp) بالمراوغة في محادثات الائتلاف الحكومي التي "
           "يجريها مع [حزب الشعب الجمهوري](ORG:chp) أكبر أحزاب المعارضة.")
    assert _shape(src) == [("MEET", ["akp", "chp"])]


def test_a_relative_pronoun_agreeing_with_the_word_in_construct_is_not_the_events() -> None:
    src = ("وخيم القبض على المسؤولين على اجتماع الجمعية العمومية التي أعيد خلالها انتخاب "
           "[بلاتر](PER:blatter) ونائبه [جيفري ويب](PER:webb).")
    assert _shape(src) == []
