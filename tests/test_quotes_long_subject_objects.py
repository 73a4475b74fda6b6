"""A verb of saying whose named subject starts past an office and a place (round 49): «أكد القنصل
السعودي في مدينة مشهد الإيرانية [عبدالله الحمراني] [مغادرة جميع المصابين …]» — the name is the
seventh word after the verb, and the verbal noun right after it heads what was said."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_a_name_seven_words_past_the_verb_ends_its_subject() -> None:
    got = run("أكد القنصل السعودي في مدينة [مشهد](LOC:mashhad) الإيرانية [عبدالله الحمراني](PER:hamrani)، "
              "مغادرة جميع المصابين بالتسمم الغذائي لمستشفى الكاظم بعد تلقي العلاج اللازم.")
    assert got == [("indirect", "مغادرة جميع المصابين بالتسمم الغذائي لمستشفى الكاظم بعد تلقي العلاج اللازم",
                    "hamrani")]
