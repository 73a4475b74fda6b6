"""A feminine participle of saying right after a noun it qualifies (quote_homographs adjective_head:
«إجراءات», «رقابة», «حراسة», «مصادر»), maybe with one adjective in «ـية» between, is the adjective
«strict» or «confirmed» («إجراءات أمنية مشددة لمنع …», «تحت حراسة مشددة»): it neither cuts the
speaker's quotation short nor opens one; after a comma or a name it is the participle «stressing».
"""

from __future__ import annotations

from tests.test_quotes_units import run


def test_strict_measures_stay_inside_the_ministers_words() -> None:
    src = "وقال الوزير [سالم العبدالله](PER:salem) إن الدولة اتخذت إجراءات أمنية مشددة لمنع التهريب."
    assert run(src) == [("indirect", "الدولة اتخذت إجراءات أمنية مشددة لمنع التهريب", "salem")]


def test_under_strict_guard_opens_no_quotation() -> None:
    assert run("وأقيم الحفل تحت حراسة مشددة وبحضور كبير في دلالة واضحة أن الموسم نجح.") == []


def test_after_a_comma_it_is_the_participle() -> None:
    src = "وقالت الوزيرة [هند السالم](PER:hind) إن الموازنة جاهزة، مشددة على أن الإنفاق سيرتفع."
    assert [s for _, _, s in run(src)] == ["hind", "hind"]
