"""An indefinite noun and its nisba adjective right before a verb of saying, opening its clause,
are an unnamed subject (issue 15 round 44): «…، بيانات اقتصادية تؤكد أن …» is no one's words,
never those of the one who spoke before."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_an_indefinite_subject_before_the_verb_names_no_one() -> None:
    got = run("وقالت شركة [بيكر هيوز](ORG:bh) إن منصات الحفر زادت بمقدار خمس. وفي الأسواق، بيانات "
              "اقتصادية تؤكد أن المعروض قد وصل إلى أعلى مستوياته.")
    assert got == [("indirect", "منصات الحفر زادت بمقدار خمس", "bh"),
                   ("indirect", "المعروض قد وصل إلى أعلى مستوياته", None)]

