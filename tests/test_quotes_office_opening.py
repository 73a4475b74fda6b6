"""A participle of saying with no verb of saying before it goes on the person named after the
definite office or honorific that follows the sentence's first verb (issue 15, quotes, round 34):
«وعبر الدكتور [X] عن استغرابه من تصريحات الرئيس الإيراني [Y] …، مؤكدا أن …» is X's, not Y's (a name
in the verb's object). A plural participle («مشيرين») is not one person's."""

from __future__ import annotations

from tests.test_quotes_units import run


def speakers(src: str) -> list[str | None]:
    return [speaker for _, _words, speaker in run(src)]


def test_the_participle_goes_on_the_one_named_after_the_office() -> None:
    got = speakers("وعبر الدكتور [خالد السالم](PER:salem) عن استغرابه من تصريحات الرئيس الإيراني "
                   "[حسن روحاني](PER:rouhani) في أكثر من مناسبة، مؤكدا أن هذا التصريح مرفوض.")
    assert got == ["salem"]
    got = speakers("واستنكر الأمين العام [لمجلس التعاون](ORG:gcc) الدكتور [خالد السالم](PER:salem) "
                   "تصريحات الرئيس الإيراني [حسن روحاني](PER:rouhani)، مؤكدا أن هذا التصريح مرفوض.")
    assert got == ["salem"]


def test_a_plural_participle_is_not_the_one_named() -> None:
    got = speakers("ويعكف الرئيس [باراك أوباما](PER:obama) وإدارته على الترويج للاتفاق، مشيرين إلى أن "
                   "المفاوضين تمسكوا بموقف صارم.")
    assert got != ["obama"]
