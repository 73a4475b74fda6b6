"""Short marked items joined by و or أو into a list are names or titles, not quotations
(quote_names._listed, round 35): «وبينها «نور الصباح» و«حارة الياسمين» و«العهد»», «شركات مثل
«سوق الحرف» أو «درب»». Quotations joined so are longer and stay."""

from __future__ import annotations

from marsad.events.quote_names import _listed
from tests.test_quotes_units import run


def test_a_list_of_marked_titles_is_no_quotation() -> None:
    got = run("وقالت الفنانة إنها تتابع مسلسلات كثيرة. وبينها «نور الصباح» و«حارة الياسمين» و«العهد» طبعا.")
    assert [g[1] for g in got] == ["تتابع مسلسلات كثيرة"]
    assert run("وأشاد المدير بشركات ناشئة مثل «سوق الحرف» أو «درب» في مؤتمر أمس.") == []


def test_quotations_joined_by_wa_stay() -> None:
    got = run("وقال المتحدث: «لن نتراجع عن قرارنا» و«سنواصل العمل حتى النهاية».")
    assert [g[1] for g in got] == ["لن نتراجع عن قرارنا", "سنواصل العمل حتى النهاية"]


def test_listed_reads_the_joiner_on_either_side() -> None:
    text = "مثل «سوق الحرف» و«درب» و«نخيل»"
    first, second = text.index("سوق"), text.index("درب")
    assert _listed(text, first, text.index("»"))  # a joiner and a mark after it
    assert _listed(text, second, second + len("درب"))  # and before it
    alone = "وقال: «درب» في المؤتمر"
    assert not _listed(alone, alone.index("درب"), alone.index("درب") + len("درب"))
