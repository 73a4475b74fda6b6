"""Unnamed members of a named body, told by the construct plural of a group noun (speaker_groups,
issue 15 round 44): «وأكد مراقبو الشبكة الآشورية لحقوق الإنسان أن …» is the observers', null (the
round-40 ruling on unnamed people of a named body), not the network named after them."""

from __future__ import annotations

import pytest

from tests.test_quotes_units import run


@pytest.mark.parametrize("group", ["مراقبو", "مشجعو", "محللو", "ناشطو", "قراء", "موظفو", "متابعو", "منسوبو"])
def test_the_members_of_a_named_body_speak_for_nobody_named(group: str) -> None:
    got = run(f"وقالت [الشبكة](ORG:net) إن القرية محاصرة. وأكد {group} [الشبكة](ORG:net) أن عائلات "
              "بدأت بالنزوح إلى مناطق أكثر أمنا.")
    assert got == [("indirect", "القرية محاصرة", "net"),
                   ("indirect", "عائلات بدأت بالنزوح إلى مناطق أكثر أمنا", None)]


def test_the_body_itself_still_speaks() -> None:
    got = run("وأكدت [الشبكة الآشورية لحقوق الإنسان](ORG:net) أن عائلات بدأت بالنزوح إلى مناطق أكثر أمنا.")
    assert got == [("indirect", "عائلات بدأت بالنزوح إلى مناطق أكثر أمنا", "net")]


def test_papers_nobody_names_are_no_paper_named_before() -> None:
    got = run("وقالت صحيفة [حريت](ORG:hur) إن الطائرة عادت إلى دبي. ونقلت صحف تركية أخرى أن الحاكم "
              "استاء من تصرف المطار وسافر إلى لندن.")
    assert got == [("indirect", "الطائرة عادت إلى دبي", "hur"),
                   ("indirect", "الحاكم استاء من تصرف المطار وسافر إلى لندن", None)]
