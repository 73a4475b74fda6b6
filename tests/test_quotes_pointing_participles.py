"""A participle of pointing out with «إلى» right after it («مشيرا الى», «لافتة إلى») opens its
circumstantial clause with no comma before it too: no adjective qualifies the noun before it with
«إلى». Without the comma only a verbal noun after «إلى» is what was said («إقبالا لافتا إلى حد
كبير» is the adjective «remarkable», no quotation)."""

from __future__ import annotations

from tests.test_quotes_units import run


def test_pointing_out_with_no_comma_before_it() -> None:
    src = ("أكد السفير [سالم العبدالله](PER:salem) مغادرة الوفد المستشفى بعد تلقي العلاج أمس "
           "مشيرا الى عدم وجود إصابات خطيرة بين المسافرين.")
    assert run(src) == [("indirect", "مغادرة الوفد المستشفى بعد تلقي العلاج أمس", "salem"),
                        ("indirect", "عدم وجود إصابات خطيرة بين المسافرين", "salem")]


def test_after_a_clause_of_reported_speech() -> None:
    src = ("وقال السفير [سالم العبدالله](PER:salem) إن الوفد وصل أمس "
           "لافتا إلى استمرار التنسيق مع الجهات المختصة.")
    assert run(src) == [("indirect", "الوفد وصل أمس", "salem"),
                        ("indirect", "استمرار التنسيق مع الجهات المختصة", "salem")]


def test_the_adjective_remarkable_opens_nothing() -> None:
    assert run("وسجلت الشركة إقبالا لافتا إلى حد كبير في المعرض هذا العام.") == []
