"""An agreement's place told by a mention of it that is no event of its own (events/agreement_places.py)."""

from __future__ import annotations

from tests.test_events_units import run

_DEAL = "وقعت [كوريا](LOC:korea) و[تشيلي](LOC:chile) اتفاقا للتجارة الحرة الأسبوع الماضي. "


def _agreements(src: str) -> list[tuple[list[str], str | None]]:
    return [(e.attrs.participants, e.attrs.place) for e in run(src, "2015-07-26") if e.label == "AGREE"]


def test_the_city_a_later_mention_says_the_agreement_was_signed_in() -> None:
    assert _agreements(_DEAL + "ودعا الوزير إلى الالتزام بالاتفاق الموقع في [جنيف](LOC:geneva).") \
        == [(["korea", "chile"], "geneva")]
    assert _agreements(_DEAL + "وبعد أيام من توقيع الاتفاق في [جنيف](LOC:geneva) بدأت الشركات تستعد.") \
        == [(["korea", "chile"], "geneva")]


def test_a_quotation_mark_may_close_the_noun() -> None:
    assert _agreements(_DEAL + "ودعا الوزير إلى «الالتزام بالاتفاق» المبرم ب[جنيف](LOC:geneva).") \
        == [(["korea", "chile"], "geneva")]


def test_a_convention_named_in_construct_is_another_agreement() -> None:
    assert _agreements(_DEAL + "وذلك وفقا لأحكام اتفاقية العلاقات التجارية الموقعة في [جنيف](LOC:geneva) "
                       "1961م.") \
        == [(["korea", "chile"], None)]
    assert _agreements(_DEAL + "وذلك وفقا لاتفاقية [جنيف](LOC:geneva).") == [(["korea", "chile"], None)]


def test_a_state_after_the_noun_is_no_place_told() -> None:
    assert _agreements(_DEAL + "ويتعلق الاتفاق في [اليابان](LOC:japan) بالسيارات.") \
        == [(["korea", "chile"], None)]


def test_two_cities_or_an_agreement_placed_elsewhere_leave_it_alone() -> None:
    assert _agreements(_DEAL + "ونوه بالاتفاق الموقع في [جنيف](LOC:geneva) وبالاتفاق المبرم في "
                       "[لندن](LOC:london).") == [(["korea", "chile"], None)]
    assert _agreements("وقعت [كوريا](LOC:korea) و[تشيلي](LOC:chile) في [سول](LOC:seoul) اتفاقا للتجارة. "
                       "ونوه بالاتفاق الموقع في [جنيف](LOC:geneva).") == [(["korea", "chile"], "seoul")]
