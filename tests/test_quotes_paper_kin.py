"""A paper named again by another word for a periodical (issue 15, round 33): «الصحيفة» goes back
to a paper introduced as «مجلة» or «جريدة» when no «صحيفة» was named before it; the very word the
reference uses wins over its kin («الصحيفة» after «صحيفة X … مجلة Y» is X, «المجلة» is Y)."""

from __future__ import annotations

from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def speakers(src: str) -> list[str | None]:
    art = marked(src)
    quotes.func(art)
    return [q.attrs.speaker for q in art.layer("quotes")]


def test_the_paper_goes_back_to_a_magazine_named_before() -> None:
    got = speakers("ونشرت مجلة [فوربس](ORG:forbes) قائمة الأثرياء هذا الأسبوع. "
                   "وقالت الصحيفة إن ثروة المستثمر تضاعفت.")
    assert got == ["forbes"]


def test_the_paper_goes_back_to_a_daily_named_before() -> None:
    got = speakers("ونشرت جريدة [الرياض](ORG:riyadh_daily) صور المشروع أمس. "
                   "وأضافت الصحيفة أن العمل يبدأ الشهر المقبل.")
    assert got == ["riyadh_daily"]


def test_the_very_word_wins_over_its_kin() -> None:
    text = ("نشرت صحيفة [الحياة](ORG:hayat) تقريرا عن السوق. ونشرت مجلة [فوربس](ORG:forbes) "
            "قائمة الأثرياء. وقالت {} إن الأسعار سترتفع.")
    assert speakers(text.format("الصحيفة")) == ["hayat"]
    assert speakers(text.format("المجلة")) == ["forbes"]
